//! [`ClientBuilder`]: the client's settings, checked once when the client is built.

use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use url::{Position, Url};

use super::{Client, Inner};
use crate::auth::{AuthState, Credentials};
use crate::error::Error;
use crate::retry::{RetryEvent, RetryHook, RetryPolicy};
use crate::token_cache::TokenCache;

/// The default base URL: Atlas (commercial).
pub const DEFAULT_BASE_URL: &str = "https://cloud.mongodb.com";
/// The base URL of Atlas for Government (the Atlas CLI's `service = "cloudgov"` profiles):
/// `Client::builder().base_url(ATLAS_GOV_BASE_URL)`.
pub const ATLAS_GOV_BASE_URL: &str = "https://cloud.mongodbgov.com";
/// The default `User-Agent`.
pub const USER_AGENT: &str = concat!("atlas-client-runtime/", env!("CARGO_PKG_VERSION"));

/// Builds a [`Client`]; every setting has a default.
///
/// `C` is what [`build`](ClientBuilder::build) gives: the runtime's [`Client`], or a client type
/// made from one (a generated crate's, which carries its typed operations):
/// [`builds`](ClientBuilder::builds) turns a builder of one into a builder of the other.
pub struct ClientBuilder<C = Client> {
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
    client: PhantomData<fn() -> C>,
}

/// The default cap on a response body (16 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

impl<C> fmt::Debug for ClientBuilder<C> {
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

impl<C> Default for ClientBuilder<C> {
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
            client: PhantomData,
        }
    }
}

impl<C> ClientBuilder<C> {
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

    /// Per-attempt request timeout (default 60 s). One call may set its own
    /// ([`Call::attempt_timeout`](super::Call::attempt_timeout)).
    #[must_use]
    pub fn request_timeout(mut self, d: Duration) -> Self {
        self.request_timeout = d;
        self
    }

    /// The `User-Agent` (default [`USER_AGENT`], `atlas-client-runtime/<version>`). Each call
    /// sends it followed by its operation's crate ([`Operation::PRODUCT`](crate::operation::Operation::PRODUCT)),
    /// as in `atlas-client-runtime/0.1.0 atlas-admin-api/0.1.0`.
    #[must_use]
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = ua.into();
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]). One call may set its own number of
    /// retries ([`Call::retries`](super::Call::retries)).
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

    /// Called before each retry, with the attempt, status and wait (for metrics or logs): a
    /// call's retries and those of the token request a call makes first alike
    /// ([`RetryEvent::kind`]).
    #[must_use]
    pub fn on_retry(mut self, hook: impl Fn(&RetryEvent) + Send + Sync + 'static) -> Self {
        self.on_retry = Some(Arc::new(hook));
        self
    }

    /// The same settings, in a builder whose [`build`](ClientBuilder::build) gives a `D`.
    pub fn builds<D: From<Client>>(self) -> ClientBuilder<D> {
        ClientBuilder {
            base_url: self.base_url,
            credentials: self.credentials,
            connect_timeout: self.connect_timeout,
            request_timeout: self.request_timeout,
            user_agent: self.user_agent,
            retry: self.retry,
            http: self.http,
            allow_insecure_http: self.allow_insecure_http,
            on_retry: self.on_retry,
            max_response_bytes: self.max_response_bytes,
            token_cache: self.token_cache,
            client: PhantomData,
        }
    }
}

impl<C: From<Client>> ClientBuilder<C> {
    /// Builds the client (a `C`, made from the runtime's [`Client`]).
    ///
    /// The base URL must be an `https://` URL (or `http://` on a loopback host, or with
    /// [`allow_insecure_http`](ClientBuilder::allow_insecure_http)) that may have a path but no
    /// user name or password (credentials go in [`credentials`](ClientBuilder::credentials)), no
    /// query and no fragment; otherwise [`Error::Config`] says what it has, never repeating a
    /// user name or password.
    ///
    /// Without [`http_client`](ClientBuilder::http_client), the client's own HTTP client (and its
    /// TLS roots, and the proxy from `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY`) is built at the
    /// first request, not here: building a client is cheap, and one used only for
    /// [`Client::dry_run`] reads no certificates. Should that HTTP client fail to build, the first
    /// call fails with [`Error::Config`].
    pub fn build(self) -> Result<C, Error> {
        self.build_client().map(C::from)
    }
}

impl<C> ClientBuilder<C> {
    /// The runtime's client, with these settings checked.
    fn build_client(self) -> Result<Client, Error> {
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
        let http = self.http.map_or_else(OnceLock::new, OnceLock::from);
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
pub(super) fn own_http_builder(connect_timeout: Duration) -> reqwest::ClientBuilder {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
