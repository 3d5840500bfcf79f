//! OAuth2 client credentials for service accounts: the bearer token fetched (one caller at a
//! time), cached, shared through the token cache, and replaced once when refused.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret, SecretString};
use tokio::time::Instant;

use super::{AttemptError, First, TokenEndpoint, MAX_TOKEN_LIFETIME, MAX_TOKEN_RESPONSE_BYTES};
use crate::error::{describe, excerpt, read_limited, Error, ReadError};
use crate::logging::{Bodies, Exchange};
use crate::retry::{is_transient, retry_after, Failure, Retrier, RetryKind, Stop, Try, Wait};
use crate::token_cache::{StoredToken, TokenCache, TokenKey};

/// A cached bearer token, kept as the `Authorization` value itself (marked sensitive), so a call
/// clones a reference-counted value instead of formatting the header again.
#[derive(Clone)]
pub(super) struct Token {
    pub(super) bearer: reqwest::header::HeaderValue,
    expires_at: Instant,
    pub(super) generation: u64,
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
    /// The state of the service account `client_id`, keeping its tokens in `shared` too (a
    /// cache and the base URL that keys them), if given.
    pub(super) fn new(
        client_id: String,
        client_secret: SecretString,
        shared: Option<(Arc<dyn TokenCache>, String)>,
    ) -> Self {
        OAuthState {
            client_id,
            client_secret,
            shared,
            current: std::sync::RwLock::new(None),
            fetching: tokio::sync::Mutex::new(()),
            generation: AtomicU64::new(0),
            fetches: AtomicU64::new(0),
        }
    }

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
    pub(super) async fn send_refreshed<F, Fut>(
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
    pub(super) fn current(&self) -> Option<Token> {
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

    /// A new token, with the access token itself and how long it may be used. A
    /// client-credentials grant changes nothing on the server: the request is retried as an
    /// idempotent one, and its retries are told to the client's retry hook.
    async fn fetch(
        &self,
        endpoint: &TokenEndpoint<'_>,
    ) -> Result<(Token, SecretString, Duration), Error> {
        let retrier = Retrier::new(endpoint.policy, endpoint.operation, RetryKind::TokenRequest)
            .max_attempts(endpoint.max_attempts)
            .hook(endpoint.hook);
        let (status, body) = retrier.run(move |t| self.fetch_once(endpoint, t)).await?;
        self.token_from(status, &body)
    }

    /// One token request: the status and body of a success, or why there is none.
    async fn fetch_once(
        &self,
        endpoint: &TokenEndpoint<'_>,
        t: Try,
    ) -> Result<(u16, bytes::Bytes), Stop> {
        let TokenEndpoint {
            http,
            url: token_url,
            user_agent,
            timeout,
            ..
        } = *endpoint;
        let attempt = t.number;
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
        // The token response holds the access token: its body is never logged.
        let sent = match request.build() {
            Ok(request) => {
                let exchange = Exchange::start(&request, attempt, Bodies::Hidden);
                let sent = http.execute(request).await;
                exchange.answered("POST", token_url, &sent);
                sent
            }
            Err(e) => Err(e),
        };
        let resp = match sent {
            Ok(r) => r,
            Err(e) if t.retries(Failure::Send(&e)) => return Err(Stop::Retry(Wait::default())),
            Err(e) => {
                return Err(Stop::Fail(Error::Auth {
                    message: format!(
                        "token request to {token_url} failed after {attempt} attempt(s): {}",
                        describe(&e)
                    ),
                    status: None,
                }))
            }
        };
        let status = resp.status().as_u16();
        if t.retries(Failure::Status(status)) {
            return Err(Stop::Retry(Wait {
                status: Some(status),
                retry_after: retry_after(resp.headers()),
            }));
        }
        if (300..400).contains(&status) {
            return Err(Stop::Fail(Error::Auth {
                message: redirected(status, token_url, resp.headers()),
                status: Some(status),
            }));
        }
        let body = match read_limited(resp, MAX_TOKEN_RESPONSE_BYTES).await {
            Ok(body) => body,
            Err(ReadError::TooLarge) => {
                return Err(Stop::Fail(Error::Auth {
                    message: format!(
                        "the token response is larger than the {MAX_TOKEN_RESPONSE_BYTES}-byte limit; it was not read further"
                    ),
                    status: Some(status),
                }));
            }
            Err(ReadError::Transport(_)) if t.retries(Failure::Read) => {
                return Err(Stop::Retry(Wait {
                    status: Some(status),
                    retry_after: None,
                }));
            }
            Err(ReadError::Transport(e)) => {
                return Err(Stop::Fail(Error::Auth {
                    message: format!(
                        "the token response cannot be read after {attempt} attempt(s): {}",
                        describe(&e)
                    ),
                    status: Some(status),
                }));
            }
        };
        if is_transient(Failure::Status(status), true) {
            return Err(Stop::Fail(Error::Auth {
                message: format!(
                    "token endpoint answered {status} after {attempt} attempt(s): {}",
                    excerpt(&body)
                ),
                status: Some(status),
            }));
        }
        if !(200..300).contains(&status) {
            let what = if matches!(status, 400 | 401 | 403) {
                "token endpoint refused the client credentials"
            } else {
                "token endpoint answered with an error"
            };
            return Err(Stop::Fail(Error::Auth {
                message: format!("{what}: {}", excerpt(&body)),
                status: Some(status),
            }));
        }
        Ok((status, body))
    }

    /// The token a successful token response (`status`, `body`) holds.
    fn token_from(
        &self,
        status: u16,
        body: &[u8],
    ) -> Result<(Token, SecretString, Duration), Error> {
        let parsed: TokenResponse = serde_json::from_slice(body).map_err(|e| Error::Auth {
            message: format!("token response does not decode: {e}"),
            status: Some(status),
        })?;
        let bearer = SecretString::from(format!("Bearer {}", parsed.access_token));
        let Ok(mut bearer) = reqwest::header::HeaderValue::from_str(bearer.expose_secret()) else {
            return Err(Error::Auth {
                message:
                    "the token endpoint sent an access token that cannot be sent back in a header"
                        .to_owned(),
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
        Ok((token, SecretString::from(parsed.access_token), use_for))
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
