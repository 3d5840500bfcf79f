//! The credentials the mock hands out and accepts: an API key answered by HTTP Digest (a real
//! challenge, a verified response), a service account exchanged for bearer tokens at the token
//! endpoint, and an access token.

use std::collections::hash_map::RandomState;
use std::collections::VecDeque;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use base64::Engine;
use serde_json::json;

use super::server::{atlas_error, reply, Reply};
use crate::auth::Credentials;

/// The realm of the digest challenge, as Atlas names it.
const REALM: &str = "MMS Public API";
/// The most nonces, and the most issued tokens, kept (the oldest are forgotten first).
const MAX_REMEMBERED: usize = 1024;
/// The lifetime the token endpoint gives a token, in seconds.
const TOKEN_LIFETIME_S: u64 = 3600;
/// The one body a token request may have.
const GRANT: &[u8] = b"grant_type=client_credentials";

/// A random 32-digit hexadecimal string (not for secrets that leave a test).
fn random_hex() -> String {
    let random = || RandomState::new().build_hasher().finish();
    format!("{:016x}{:016x}", random(), random())
}

/// At most [`MAX_REMEMBERED`] strings, the oldest forgotten first.
#[derive(Default)]
struct Remembered(Mutex<VecDeque<String>>);

impl Remembered {
    fn insert(&self, value: String) {
        let mut values = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if values.len() == MAX_REMEMBERED {
            values.pop_front();
        }
        values.push_back(value);
    }

    fn contains(&self, value: &str) -> bool {
        let values = self.0.lock().unwrap_or_else(|p| p.into_inner());
        values.iter().any(|v| v == value)
    }
}

/// One mock's credentials, and the nonces and tokens it issued.
pub(crate) struct Keys {
    public_key: String,
    private_key: String,
    client_id: String,
    client_secret: String,
    access_token: String,
    nonces: Remembered,
    tokens: Remembered,
    tokens_issued: AtomicU64,
}

impl Keys {
    /// Credentials of its own, random where they are secret.
    pub(crate) fn new() -> Self {
        Keys {
            public_key: "mock-public-key".to_owned(),
            private_key: random_hex(),
            client_id: "mdb_sa_id_mock".to_owned(),
            client_secret: format!("mdb_sa_sk_{}", random_hex()),
            access_token: format!("mock-access-token-{}", random_hex()),
            nonces: Remembered::default(),
            tokens: Remembered::default(),
            tokens_issued: AtomicU64::new(0),
        }
    }

    pub(crate) fn digest(&self) -> Credentials {
        Credentials::digest(&self.public_key, &self.private_key)
    }

    pub(crate) fn service_account(&self) -> Credentials {
        Credentials::service_account(&self.client_id, &self.client_secret)
    }

    pub(crate) fn access_token(&self) -> Credentials {
        Credentials::access_token(&self.access_token)
    }

    pub(crate) fn tokens_issued(&self) -> u64 {
        self.tokens_issued.load(Ordering::Relaxed)
    }

    /// `None` when the request carries credentials this mock handed out (a digest response to a
    /// nonce it issued, or a token); otherwise the `401` to answer, with a digest challenge.
    pub(crate) fn refusal(&self, parts: &hyper::http::request::Parts) -> Option<Reply> {
        let authorization = parts
            .headers
            .get(hyper::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let accepted = match authorization {
            Some(value) => match value.strip_prefix("Bearer ") {
                Some(token) => token == self.access_token || self.tokens.contains(token),
                None => self.digest_is_valid(value, parts),
            },
            None => false,
        };
        (!accepted).then(|| self.challenge())
    }

    /// Whether `value` is a digest response, with this mock's API key, to a nonce it issued,
    /// for this request's method and URI.
    fn digest_is_valid(&self, value: &str, parts: &hyper::http::request::Parts) -> bool {
        if !value.is_ascii() {
            return false;
        }
        let Ok(header) = digest_auth::AuthorizationHeader::parse(value) else {
            return false;
        };
        let uri = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        if header.username != self.public_key
            || header.realm != REALM
            || header.uri != uri
            || !self.nonces.contains(&header.nonce)
        {
            return false;
        }
        let mut expected = header.clone();
        let ctx = digest_auth::AuthContext::new_with_method(
            self.public_key.as_str(),
            self.private_key.as_str(),
            uri,
            None::<&[u8]>,
            digest_auth::HttpMethod::from(parts.method.as_str()),
        );
        expected.digest(&ctx);
        expected.response == header.response
    }

    /// A `401` in Atlas's error shape, with a new digest challenge (`qop="auth"`, MD5, as Atlas
    /// sends).
    fn challenge(&self) -> Reply {
        let nonce = random_hex();
        self.nonces.insert(nonce.clone());
        let challenge = format!(
            r#"Digest realm="{REALM}", domain="", nonce="{nonce}", algorithm=MD5, qop="auth", stale=false"#
        );
        let mut refused = atlas_error(
            401,
            "NOT_AUTHORIZED",
            "The request carries no credentials this mock handed out.",
        );
        if let Ok(value) = hyper::header::HeaderValue::from_str(&challenge) {
            refused
                .headers_mut()
                .insert(hyper::header::WWW_AUTHENTICATE, value);
        }
        refused
    }

    /// The token endpoint's answer: a new bearer token for the service account's Basic
    /// credentials and a client-credentials grant, an OAuth error otherwise.
    pub(crate) fn token(&self, parts: &hyper::http::request::Parts, body: &[u8]) -> Reply {
        if !self.is_service_account(parts) {
            return reply(
                401,
                Some("application/json"),
                json!({"error": "invalid_client", "error_description": "Invalid client credentials."})
                    .to_string(),
            );
        }
        if body != GRANT {
            return reply(
                400,
                Some("application/json"),
                json!({"error": "unsupported_grant_type"}).to_string(),
            );
        }
        let token = format!("mock-token-{}", random_hex());
        self.tokens.insert(token.clone());
        self.tokens_issued.fetch_add(1, Ordering::Relaxed);
        reply(
            200,
            Some("application/json"),
            json!({"access_token": token, "expires_in": TOKEN_LIFETIME_S, "token_type": "Bearer"})
                .to_string(),
        )
    }

    /// Whether the request's Basic credentials are the service account's.
    fn is_service_account(&self, parts: &hyper::http::request::Parts) -> bool {
        let basic = parts
            .headers
            .get(hyper::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Basic "))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok());
        let expected = format!("{}:{}", self.client_id, self.client_secret);
        basic.as_deref() == Some(expected.as_bytes())
    }
}
