//! Credentials and the per-client authentication state: HTTP Digest (RFC 7616) API keys and OAuth2
//! service-account client credentials.

use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret, SecretString};
use tokio::time::Instant;

use crate::error::{describe, excerpt, read_limited, Error, ReadError};
use crate::retry::{is_transient, retry_after, Failure, RetryPolicy};
use crate::token_cache::{StoredToken, TokenCache, TokenKey};

/// Environment variable names, as the Atlas CLI spells them.
pub const ENV_PUBLIC_KEY: &str = "MONGODB_ATLAS_PUBLIC_API_KEY";
/// See [`ENV_PUBLIC_KEY`].
pub const ENV_PRIVATE_KEY: &str = "MONGODB_ATLAS_PRIVATE_API_KEY";
/// See [`ENV_PUBLIC_KEY`].
pub const ENV_CLIENT_ID: &str = "MONGODB_ATLAS_CLIENT_ID";
/// See [`ENV_PUBLIC_KEY`].
pub const ENV_CLIENT_SECRET: &str = "MONGODB_ATLAS_CLIENT_SECRET";

pub use crate::token_cache::MAX_TOKEN_LIFETIME;

/// The largest token response the client reads: 64 KiB (a token response is a few KB). A
/// larger one is an [`Error::Auth`], read no further than this.
pub const MAX_TOKEN_RESPONSE_BYTES: usize = 64 * 1024;

/// How the client authenticates. `Debug` never shows a secret.
#[derive(Clone)]
pub struct Credentials {
    pub(crate) kind: Kind,
}

#[derive(Clone)]
pub(crate) enum Kind {
    Digest {
        public_key: String,
        private_key: SecretString,
    },
    ServiceAccount {
        client_id: String,
        client_secret: SecretString,
    },
    AccessToken {
        token: SecretString,
    },
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Digest { public_key, .. } => f
                .debug_struct("Credentials::Digest")
                .field("public_key", public_key)
                .field("private_key", &"<redacted>")
                .finish(),
            Kind::ServiceAccount { client_id, .. } => f
                .debug_struct("Credentials::ServiceAccount")
                .field("client_id", client_id)
                .field("client_secret", &"<redacted>")
                .finish(),
            Kind::AccessToken { .. } => f
                .debug_struct("Credentials::AccessToken")
                .field("token", &"<redacted>")
                .finish(),
        }
    }
}

impl Credentials {
    /// A programmatic API key: HTTP Digest with the public key as user name.
    pub fn digest(public_key: impl Into<String>, private_key: impl Into<String>) -> Self {
        Credentials {
            kind: Kind::Digest {
                public_key: public_key.into(),
                private_key: SecretString::from(private_key.into()),
            },
        }
    }

    /// A service account: OAuth2 client credentials, exchanged for a bearer token.
    pub fn service_account(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        Credentials {
            kind: Kind::ServiceAccount {
                client_id: client_id.into(),
                client_secret: SecretString::from(client_secret.into()),
            },
        }
    }

    /// An access token issued to a user (the Atlas CLI's `atlas auth login`), sent as a bearer.
    /// It is not refreshed: once it expires, the server refuses it (`401`).
    pub fn access_token(token: impl Into<String>) -> Self {
        Credentials {
            kind: Kind::AccessToken {
                token: SecretString::from(token.into()),
            },
        }
    }

    /// Reads the Atlas CLI's variables ([`ENV_CLIENT_ID`]/[`ENV_CLIENT_SECRET`], then
    /// [`ENV_PUBLIC_KEY`]/[`ENV_PRIVATE_KEY`]). When both pairs are complete the service account
    /// wins, as in the Atlas CLI. Half a pair is an error naming the missing variable.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// [`Credentials::from_env`] over any variable source.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let get = |n: &str| lookup(n).filter(|v| !v.is_empty());
        let pair = |a: &'static str, b: &'static str| -> Result<Option<(String, String)>, Error> {
            match (get(a), get(b)) {
                (Some(x), Some(y)) => Ok(Some((x, y))),
                (None, None) => Ok(None),
                (Some(_), None) => Err(Error::Config {
                    message: format!("{a} is set but {b} is not"),
                }),
                (None, Some(_)) => Err(Error::Config {
                    message: format!("{b} is set but {a} is not"),
                }),
            }
        };
        let sa = pair(ENV_CLIENT_ID, ENV_CLIENT_SECRET)?;
        let keys = pair(ENV_PUBLIC_KEY, ENV_PRIVATE_KEY)?;
        match (sa, keys) {
            (Some((id, secret)), _) => Ok(Self::service_account(id, secret)),
            (None, Some((public, private))) => Ok(Self::digest(public, private)),
            (None, None) => Err(Error::Config {
                message: format!(
                    "no credentials: set {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}, or {ENV_PUBLIC_KEY} and {ENV_PRIVATE_KEY}"
                ),
            }),
        }
    }

    /// `"digest"`, `"service-account"` or `"access-token"`.
    pub fn kind(&self) -> &'static str {
        match self.kind {
            Kind::Digest { .. } => "digest",
            Kind::ServiceAccount { .. } => "service-account",
            Kind::AccessToken { .. } => "access-token",
        }
    }
}

pub use digest_auth::WwwAuthenticateHeader as DigestChallenge;

/// The strongest digest challenge among `WWW-Authenticate` values, if any parses: the one the
/// client answers. Prefers SHA-512-256, then SHA-256, then MD5.
pub fn strongest_digest_challenge<'a>(
    values: impl IntoIterator<Item = &'a str>,
) -> Option<DigestChallenge> {
    let strength = |c: &digest_auth::WwwAuthenticateHeader| match c.algorithm.algo {
        digest_auth::AlgorithmType::SHA2_512_256 => 3,
        digest_auth::AlgorithmType::SHA2_256 => 2,
        digest_auth::AlgorithmType::MD5 => 1,
    };
    let mut best: Option<digest_auth::WwwAuthenticateHeader> = None;
    for v in values {
        // Header values are ASCII; the parser is not safe on other input.
        if !v.is_ascii() || !is_digest(v) {
            continue;
        }
        if let Ok(c) = digest_auth::parse(v) {
            if best.as_ref().is_none_or(|b| strength(&c) > strength(b)) {
                best = Some(c);
            }
        }
    }
    best
}

/// A digest `Authorization` value and the nonce it answers.
struct Answer {
    header: String,
    nonce: String,
}

impl Answer {
    /// The header value, marked sensitive. `None` only if the digest crate produced characters
    /// a header cannot carry (it formats ASCII).
    fn header_value(&self) -> Option<reqwest::header::HeaderValue> {
        let mut v = reqwest::header::HeaderValue::from_str(&self.header).ok()?;
        v.set_sensitive(true);
        Some(v)
    }
}

/// Whether a `WWW-Authenticate` value is a Digest challenge (of any algorithm).
fn is_digest(value: &str) -> bool {
    value
        .trim_start()
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("digest"))
}

/// The digest state: the server's last challenge, reused so a warm client makes one round trip.
pub(crate) struct DigestState {
    user: String,
    password: SecretString,
    challenge: Mutex<Option<digest_auth::WwwAuthenticateHeader>>,
}

impl DigestState {
    /// The `Authorization` value for a request, when a challenge is known, with the nonce it
    /// answers.
    fn authorization(&self, method: &str, uri: &str, body: &[u8]) -> Option<Answer> {
        let mut guard = self.challenge.lock().unwrap_or_else(|p| p.into_inner());
        let challenge = guard.as_mut()?;
        let ctx = digest_auth::AuthContext::new_with_method(
            self.user.as_str(),
            self.password.expose_secret(),
            uri,
            Some(body),
            digest_auth::HttpMethod::from(method),
        );
        let header = challenge.respond(&ctx).ok()?.to_header_string();
        Some(Answer {
            header,
            nonce: challenge.nonce.clone(),
        })
    }

    /// Stores a challenge: later requests answer it.
    fn store(&self, challenge: DigestChallenge) {
        *self.challenge.lock().unwrap_or_else(|p| p.into_inner()) = Some(challenge);
    }

    /// The algorithm of the cached challenge, for tests and diagnostics.
    pub(crate) fn algorithm(&self) -> Option<String> {
        let guard = self.challenge.lock().unwrap_or_else(|p| p.into_inner());
        guard.as_ref().map(|c| c.algorithm.to_string())
    }
}

/// A cached bearer token, kept as the `Authorization` value itself (marked sensitive), so a call
/// clones a reference-counted value instead of formatting the header again.
#[derive(Clone)]
struct Token {
    bearer: reqwest::header::HeaderValue,
    expires_at: Instant,
    generation: u64,
}

/// Service-account state: the token cache, filled by one caller at a time (single flight).
pub(crate) struct OAuthState {
    client_id: String,
    client_secret: SecretString,
    /// Tokens kept beyond this client, with the base URL that keys them.
    shared: Option<(Arc<dyn TokenCache>, String)>,
    /// The cached token, read without waiting in the common case.
    current: std::sync::RwLock<Option<Token>>,
    /// Held to fetch a token (single flight: other callers wait, then find it cached) or to
    /// drop a refused one.
    fetching: tokio::sync::Mutex<()>,
    generation: AtomicU64,
    fetches: AtomicU64,
}

#[derive(serde::Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

impl OAuthState {
    /// A valid token: the cached one, or one fetched while other callers wait.
    async fn token(&self, endpoint: &TokenEndpoint<'_>) -> Result<Token, Error> {
        if let Some(t) = self.current() {
            return Ok(t);
        }
        let _fetching = self.fetching.lock().await;
        // Another caller may have fetched one while this one waited.
        if let Some(t) = self.current() {
            return Ok(t);
        }
        let token = match self.load_shared() {
            Some(t) => t,
            None => {
                // Boxed: a fetch is rare, and its state is large.
                let (token, access_token, use_for) = Box::pin(self.fetch(endpoint)).await?;
                self.store_shared(access_token, use_for);
                token
            }
        };
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(token.clone());
        Ok(token)
    }

    /// The first send's `Authorization` value, with a token fetched if none is cached.
    pub(crate) async fn fetch_first(
        &self,
        tokens: &TokenEndpoint<'_>,
    ) -> Result<First, AttemptError> {
        let Token {
            bearer, generation, ..
        } = self.token(tokens).await.map_err(AttemptError::Fatal)?;
        Ok(First::bearer(bearer, generation))
    }

    /// The request again after the token of `generation` was refused: with a new token.
    async fn send_refreshed<F, Fut>(
        &self,
        tokens: &TokenEndpoint<'_>,
        generation: u64,
        send: &F,
    ) -> Result<reqwest::Response, AttemptError>
    where
        F: Fn(Option<reqwest::header::HeaderValue>) -> Fut,
        Fut: Future<Output = Result<reqwest::Response, reqwest::Error>>,
    {
        tracing::debug!("bearer token refused; refreshing it once");
        self.invalidate(generation).await;
        let token = self.token(tokens).await.map_err(AttemptError::Fatal)?;
        Ok(send(Some(token.bearer)).await?)
    }

    fn key<'a>(&'a self, base_url: &'a str) -> TokenKey<'a> {
        TokenKey {
            client_id: &self.client_id,
            base_url,
        }
    }

    /// A token from the shared cache that is still usable.
    fn load_shared(&self) -> Option<Token> {
        let (cache, base) = self.shared.as_ref()?;
        let stored = cache.load(&self.key(base))?;
        let left = stored.use_until.duration_since(SystemTime::now()).ok()?;
        if left > MAX_TOKEN_LIFETIME {
            tracing::warn!(
                left_s = left.as_secs(),
                max_s = MAX_TOKEN_LIFETIME.as_secs(),
                "ignoring the cached token: it claims to be usable for longer than any token is; fetching a new one"
            );
            return None;
        }
        let mut bearer = reqwest::header::HeaderValue::from_str(&format!(
            "Bearer {}",
            stored.access_token.expose_secret()
        ))
        .ok()?;
        bearer.set_sensitive(true);
        tracing::debug!("bearer token taken from the token cache");
        Some(Token {
            bearer,
            expires_at: deadline(Instant::now(), left),
            generation: self.generation.fetch_add(1, Ordering::Relaxed) + 1,
        })
    }

    fn store_shared(&self, access_token: SecretString, use_for: Duration) {
        let Some((cache, base)) = &self.shared else {
            return;
        };
        // `use_for` is at most `MAX_TOKEN_LIFETIME`: the time is always representable.
        if let Some(use_until) = SystemTime::now().checked_add(use_for) {
            cache.store(&self.key(base), &StoredToken::new(access_token, use_until));
        }
    }

    /// The cached token, if it is still valid.
    fn current(&self) -> Option<Token> {
        let guard = self.current.read().unwrap_or_else(|p| p.into_inner());
        guard
            .as_ref()
            .filter(|t| t.expires_at > Instant::now())
            .cloned()
    }

    /// Drops the cached token if it is the one that was refused.
    async fn invalidate(&self, generation: u64) {
        let _fetching = self.fetching.lock().await;
        let mut current = self.current.write().unwrap_or_else(|p| p.into_inner());
        if current.as_ref().is_some_and(|t| t.generation == generation) {
            *current = None;
            if let Some((cache, base)) = &self.shared {
                cache.remove(&self.key(base));
            }
        }
    }

    /// How many tokens were fetched so far.
    pub(crate) fn fetch_count(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    /// A new token, with the access token itself and how long it may be used.
    async fn fetch(
        &self,
        endpoint: &TokenEndpoint<'_>,
    ) -> Result<(Token, SecretString, Duration), Error> {
        let TokenEndpoint {
            http,
            url: token_url,
            policy,
            user_agent,
            timeout,
        } = *endpoint;
        // A client-credentials grant changes nothing on the server: asking again is harmless.
        const IDEMPOTENT: bool = true;
        let mut attempt = 0u32;
        let mut backoff = policy.backoff();
        loop {
            attempt += 1;
            let more = attempt < policy.max_attempts;
            self.fetches.fetch_add(1, Ordering::Relaxed);
            let mut request = http
                .post(token_url.clone())
                .basic_auth(&self.client_id, Some(self.client_secret.expose_secret()))
                .header(reqwest::header::ACCEPT, "application/json")
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/x-www-form-urlencoded",
                )
                .header(reqwest::header::USER_AGENT, user_agent.clone())
                .body("grant_type=client_credentials");
            if let Some(t) = timeout {
                request = request.timeout(t);
            }
            let sent = request.send().await;
            let resp = match sent {
                Ok(r) => r,
                Err(e) => {
                    if more && is_transient(Failure::Send(&e), IDEMPOTENT) {
                        wait(policy.delay(None, &mut backoff), None).await;
                        continue;
                    }
                    return Err(Error::Auth {
                        message: format!(
                            "token request to {token_url} failed after {attempt} attempt(s): {}",
                            describe(&e)
                        ),
                        status: None,
                    });
                }
            };
            let status = resp.status().as_u16();
            let transient = is_transient(Failure::Status(status), IDEMPOTENT);
            if more && transient {
                let delay = policy.delay(retry_after(resp.headers()), &mut backoff);
                drop(resp);
                wait(delay, Some(status)).await;
                continue;
            }
            if (300..400).contains(&status) {
                return Err(Error::Auth {
                    message: redirected(status, token_url, resp.headers()),
                    status: Some(status),
                });
            }
            let body = match read_limited(resp, MAX_TOKEN_RESPONSE_BYTES).await {
                Ok(body) => body,
                Err(ReadError::TooLarge) => {
                    return Err(Error::Auth {
                        message: format!(
                            "the token response is larger than the {MAX_TOKEN_RESPONSE_BYTES}-byte limit; it was not read further"
                        ),
                        status: Some(status),
                    });
                }
                Err(ReadError::Transport(e)) => {
                    if more && is_transient(Failure::Read, IDEMPOTENT) {
                        wait(policy.delay(None, &mut backoff), Some(status)).await;
                        continue;
                    }
                    return Err(Error::Auth {
                        message: format!(
                            "the token response cannot be read after {attempt} attempt(s): {}",
                            describe(&e)
                        ),
                        status: Some(status),
                    });
                }
            };
            if transient {
                return Err(Error::Auth {
                    message: format!(
                        "token endpoint answered {status} after {attempt} attempt(s): {}",
                        excerpt(&body)
                    ),
                    status: Some(status),
                });
            }
            if !(200..300).contains(&status) {
                let what = if matches!(status, 400 | 401 | 403) {
                    "token endpoint refused the client credentials"
                } else {
                    "token endpoint answered with an error"
                };
                return Err(Error::Auth {
                    message: format!("{what}: {}", excerpt(&body)),
                    status: Some(status),
                });
            }
            let parsed: TokenResponse = serde_json::from_slice(&body).map_err(|e| Error::Auth {
                message: format!("token response does not decode: {e}"),
                status: Some(status),
            })?;
            let bearer = SecretString::from(format!("Bearer {}", parsed.access_token));
            let Ok(mut bearer) = reqwest::header::HeaderValue::from_str(bearer.expose_secret())
            else {
                return Err(Error::Auth {
                    message: "the token endpoint sent an access token that cannot be sent back in a header".to_owned(),
                    status: Some(status),
                });
            };
            bearer.set_sensitive(true);
            let use_for = use_for(parsed.expires_in);
            let generation = self.generation.fetch_add(1, Ordering::Relaxed) + 1;
            let token = Token {
                bearer,
                expires_at: deadline(Instant::now(), use_for),
                generation,
            };
            return Ok((token, SecretString::from(parsed.access_token), use_for));
        }
    }
}

/// How long a token given `expires_in` seconds (one hour if the endpoint does not say) is used:
/// its lifetime, at most [`MAX_TOKEN_LIFETIME`], less a tenth of it or a minute, whichever is
/// shorter, so that it is not sent as it expires.
fn use_for(expires_in: Option<u64>) -> Duration {
    let given = expires_in.map_or(Duration::from_secs(3600), Duration::from_secs);
    if given > MAX_TOKEN_LIFETIME {
        tracing::warn!(
            expires_in_s = given.as_secs(),
            max_s = MAX_TOKEN_LIFETIME.as_secs(),
            "the token endpoint gave the token a lifetime beyond the maximum; it is used for the maximum"
        );
    }
    let lifetime = given.min(MAX_TOKEN_LIFETIME);
    let buffer = (lifetime / 10).min(Duration::from_secs(60));
    lifetime.saturating_sub(buffer)
}

/// `from + d`, or `from` itself (a token used for the call at hand only) should that not be a
/// time the clock can hold.
fn deadline(from: Instant, d: Duration) -> Instant {
    from.checked_add(d).unwrap_or(from)
}

/// The message for a redirect from the token endpoint: its status, and the host it points to
/// (only the host: a `Location` may carry a user name, a password or a query).
fn redirected(status: u16, token_url: &url::Url, headers: &reqwest::header::HeaderMap) -> String {
    let host = headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| token_url.join(v).ok())
        .and_then(|u| u.host_str().map(str::to_owned));
    let to = host.map_or_else(String::new, |h| format!(" to host {h}"));
    format!(
        "the token endpoint {token_url} answered {status}, a redirect{to}, which is not followed; check the base URL"
    )
}

/// The wait before another token attempt.
async fn wait(delay: Duration, status: Option<u16>) {
    tracing::warn!(
        status,
        wait_ms = delay.as_millis() as u64,
        "token request failed; trying again"
    );
    tokio::time::sleep(delay).await;
}

/// Where and how a service account's token is fetched.
pub(crate) struct TokenEndpoint<'a> {
    pub(crate) http: &'a reqwest::Client,
    pub(crate) url: &'a url::Url,
    pub(crate) policy: &'a RetryPolicy,
    pub(crate) user_agent: &'a reqwest::header::HeaderValue,
    /// The whole request's deadline, set on the request: with a caller-supplied HTTP client
    /// (the client's own has it built in, so `None` there).
    pub(crate) timeout: Option<std::time::Duration>,
}

/// What a digest answer signs: the method, the path and query, and the body.
pub(crate) struct Request<'a> {
    pub(crate) method: &'a str,
    pub(crate) uri: &'a str,
    pub(crate) body: &'a [u8],
}

/// How one authenticated attempt ends when no response comes back to classify.
pub(crate) enum AttemptError {
    /// The transport failed: the retry policy decides what follows.
    Transport(reqwest::Error),
    /// The call ends here, with this error.
    Fatal(Error),
}

/// What an attempt's first send carries, and what a `401` to it leads to.
pub(crate) struct First {
    /// The `Authorization` value, if any.
    pub(crate) header: Option<reqwest::header::HeaderValue>,
    pub(crate) on_refusal: OnRefusal,
}

/// What answering a `401` needs to know of the first send.
pub(crate) enum OnRefusal {
    /// Nothing is answered: the `401` stands.
    Stands,
    /// The nonce the first send answered, if it answered one.
    Digest { used: Option<String> },
    /// The generation of the token the first send carried.
    Token { generation: u64 },
}

impl First {
    fn plain(header: Option<reqwest::header::HeaderValue>) -> Self {
        First {
            header,
            on_refusal: OnRefusal::Stands,
        }
    }

    fn bearer(bearer: reqwest::header::HeaderValue, generation: u64) -> Self {
        First {
            header: Some(bearer),
            on_refusal: OnRefusal::Token { generation },
        }
    }
}

impl From<reqwest::Error> for AttemptError {
    fn from(e: reqwest::Error) -> Self {
        AttemptError::Transport(e)
    }
}

/// The `WWW-Authenticate` values of a response.
fn challenges(resp: &reqwest::Response) -> Vec<String> {
    resp.headers()
        .get_all(reqwest::header::WWW_AUTHENTICATE)
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect()
}

/// The digest challenge a client answers among `WWW-Authenticate` values.
fn strongest(values: &[String]) -> Option<DigestChallenge> {
    strongest_digest_challenge(values.iter().map(String::as_str))
}

impl DigestState {
    /// After a `401` to a request sent with the cached challenge's answer (`used`: the nonce
    /// it answered). A challenge new to this request (the first one, a stale nonce, or a nonce
    /// the server rotated) is answered once more; a refusal of the nonce just answered means
    /// wrong credentials.
    async fn refused<F, Fut>(
        &self,
        request: &Request<'_>,
        used: Option<String>,
        resp: reqwest::Response,
        send: &F,
    ) -> Result<reqwest::Response, AttemptError>
    where
        F: Fn(Option<reqwest::header::HeaderValue>) -> Fut,
        Fut: Future<Output = Result<reqwest::Response, reqwest::Error>>,
    {
        let Request { method, uri, body } = *request;
        let values = challenges(&resp);
        let stale = values.iter().any(|v| {
            v.to_ascii_lowercase()
                .replace(' ', "")
                .contains("stale=true")
        });
        let Some(newest) = strongest(&values) else {
            let digest_offered = values.iter().any(|v| is_digest(v));
            if digest_offered && used.is_none() {
                return Err(AttemptError::Fatal(Error::Auth {
                    message: format!("the server's digest challenge is not supported (MD5, SHA-256 and SHA-512-256 are): {}", values.join(" | ")),
                    status: Some(401),
                }));
            }
            return Ok(resp);
        };
        let fresh = used.as_deref() != Some(newest.nonce.as_str());
        self.store(newest);
        if !(fresh || stale) {
            return Ok(resp);
        }
        tracing::debug!("digest challenge received; answering it");
        let answer = self.authorization(method, uri, body);
        let auth = answer.as_ref().and_then(Answer::header_value);
        let resp = send(auth).await?;
        if resp.status().as_u16() == 401 {
            // Not answered again, but kept: the next call answers the newest nonce.
            if let Some(c) = strongest(&challenges(&resp)) {
                self.store(c);
            }
        }
        Ok(resp)
    }
}

/// A client's authentication state.
pub(crate) enum AuthState {
    None,
    Digest(DigestState),
    OAuth(OAuthState),
    /// A user's access token, as its `Authorization` value.
    Bearer(reqwest::header::HeaderValue),
}

impl AuthState {
    /// The state for `creds`; a service account keeps its tokens in `cache` too, keyed by
    /// `base_url`.
    pub(crate) fn new(
        creds: Option<Credentials>,
        cache: Option<Arc<dyn TokenCache>>,
        base_url: &str,
    ) -> Result<Self, Error> {
        Ok(match creds.map(|c| c.kind) {
            None => AuthState::None,
            Some(Kind::AccessToken { token }) => {
                let value = format!("Bearer {}", token.expose_secret());
                let Ok(mut value) = reqwest::header::HeaderValue::from_str(&value) else {
                    return Err(Error::Config {
                        message: "the access token cannot be sent in a header".to_owned(),
                    });
                };
                value.set_sensitive(true);
                AuthState::Bearer(value)
            }
            Some(Kind::Digest {
                public_key,
                private_key,
            }) => AuthState::Digest(DigestState {
                user: public_key,
                password: private_key,
                challenge: Mutex::new(None),
            }),
            Some(Kind::ServiceAccount {
                client_id,
                client_secret,
            }) => AuthState::OAuth(OAuthState {
                client_id,
                client_secret,
                shared: cache.map(|c| (c, base_url.to_owned())),
                current: std::sync::RwLock::new(None),
                fetching: tokio::sync::Mutex::new(()),
                generation: AtomicU64::new(0),
                fetches: AtomicU64::new(0),
            }),
        })
    }

    /// The first send's `Authorization` value, when it is known without waiting; otherwise the
    /// service account whose token must be fetched first ([`OAuthState::fetch_first`]).
    ///
    /// An attempt is [`first`](AuthState::first), one send, and only on a `401`
    /// [`refused`](AuthState::refused). The caller sends in its own state instead of a future
    /// of this type's: every caller embeds its send's future and moves it, so on the common
    /// path (no challenge, a cached token accepted) the state stays that of the send alone.
    pub(crate) fn first(&self, request: &Request<'_>) -> Result<First, &OAuthState> {
        Ok(match self {
            AuthState::None => First::plain(None),
            AuthState::Bearer(value) => First::plain(Some(value.clone())),
            AuthState::Digest(st) => {
                let Request { method, uri, body } = *request;
                let answer = st.authorization(method, uri, body);
                First {
                    header: answer.as_ref().and_then(Answer::header_value),
                    on_refusal: OnRefusal::Digest {
                        used: answer.map(|a| a.nonce),
                    },
                }
            }
            AuthState::OAuth(st) => {
                let Some(Token {
                    bearer, generation, ..
                }) = st.current()
                else {
                    return Err(st);
                };
                First::bearer(bearer, generation)
            }
        })
    }

    /// After the first send (`send` sends the request with an `Authorization` value) answered
    /// `401`: a digest challenge is answered, or a refused token replaced, and the request
    /// sent once more; otherwise the `401` stands.
    pub(crate) async fn refused<F, Fut>(
        &self,
        tokens: &TokenEndpoint<'_>,
        request: &Request<'_>,
        on_refusal: OnRefusal,
        resp: reqwest::Response,
        send: &F,
    ) -> Result<reqwest::Response, AttemptError>
    where
        F: Fn(Option<reqwest::header::HeaderValue>) -> Fut,
        Fut: Future<Output = Result<reqwest::Response, reqwest::Error>>,
    {
        match (self, on_refusal) {
            (AuthState::Digest(st), OnRefusal::Digest { used }) => {
                st.refused(request, used, resp, send).await
            }
            (AuthState::OAuth(st), OnRefusal::Token { generation }) => {
                st.send_refreshed(tokens, generation, send).await
            }
            _ => Ok(resp),
        }
    }

    pub(crate) fn describe(&self) -> &'static str {
        match self {
            AuthState::None => "none",
            AuthState::Digest(_) => "digest",
            AuthState::OAuth(_) => "service-account",
            AuthState::Bearer(_) => "access-token",
        }
    }
}
