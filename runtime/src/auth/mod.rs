//! Credentials and the per-client authentication state: HTTP Digest (RFC 7616) API keys and OAuth2
//! service-account client credentials.
//!
//! `digest.rs` answers digest challenges; `oauth.rs` fetches, caches and replaces a service
//! account's bearer token.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use secrecy::{ExposeSecret, SecretString};

use crate::error::Error;
use crate::retry::{RetryHook, RetryPolicy};
use crate::token_cache::TokenCache;

/// Environment variable names, as the Atlas CLI spells them.
pub const ENV_PUBLIC_KEY: &str = "MONGODB_ATLAS_PUBLIC_API_KEY";
/// See [`ENV_PUBLIC_KEY`].
pub const ENV_PRIVATE_KEY: &str = "MONGODB_ATLAS_PRIVATE_API_KEY";
/// See [`ENV_PUBLIC_KEY`].
pub const ENV_CLIENT_ID: &str = "MONGODB_ATLAS_CLIENT_ID";
/// See [`ENV_PUBLIC_KEY`].
pub const ENV_CLIENT_SECRET: &str = "MONGODB_ATLAS_CLIENT_SECRET";
/// A user's access token (from `atlas auth login`), read by [`Credentials::from_env`] when
/// neither pair of keys is set, and sent as the bearer as it is: no token is requested.
pub const ENV_ACCESS_TOKEN: &str = "MONGODB_ATLAS_ACCESS_TOKEN";

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
    /// [`ENV_PUBLIC_KEY`]/[`ENV_PRIVATE_KEY`], then [`ENV_ACCESS_TOKEN`]). When both pairs are
    /// complete the service account wins, as in the Atlas CLI; the access token is used only when
    /// neither pair is set. Half a pair is an error naming the missing variable.
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
            (None, None) => match get(ENV_ACCESS_TOKEN) {
                Some(token) => Ok(Self::access_token(token)),
                None => Err(Error::Config {
                    message: format!(
                        "no credentials: set {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}, or {ENV_PUBLIC_KEY} and {ENV_PRIVATE_KEY}, or {ENV_ACCESS_TOKEN}"
                    ),
                }),
            },
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

mod digest;
mod oauth;

pub use digest::{strongest_digest_challenge, DigestChallenge};
use digest::{Answer, DigestState};
pub(crate) use oauth::OAuthState;
use oauth::Token;

/// Where and how a service account's token is fetched.
pub(crate) struct TokenEndpoint<'a> {
    pub(crate) http: &'a reqwest::Client,
    pub(crate) url: &'a url::Url,
    pub(crate) policy: &'a RetryPolicy,
    /// The most attempts the token request makes (the call's own limit).
    pub(crate) max_attempts: u32,
    /// Told of each retry.
    pub(crate) hook: Option<&'a RetryHook>,
    /// The call the token is fetched for.
    pub(crate) operation: &'static str,
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
            }) => AuthState::Digest(DigestState::new(public_key, private_key)),
            Some(Kind::ServiceAccount {
                client_id,
                client_secret,
            }) => AuthState::OAuth(OAuthState::new(
                client_id,
                client_secret,
                cache.map(|c| (c, base_url.to_owned())),
            )),
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
