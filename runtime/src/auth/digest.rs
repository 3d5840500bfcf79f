//! HTTP Digest (RFC 7616) for API keys: the strongest challenge chosen, answered, and kept so
//! that a warm client makes one round trip.

use std::future::Future;
use std::sync::Mutex;

use secrecy::{ExposeSecret, SecretString};

use super::{AttemptError, Request};
use crate::error::Error;

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
pub(super) struct Answer {
    header: String,
    pub(super) nonce: String,
}

impl Answer {
    /// The header value, marked sensitive. `None` only if the digest crate produced characters
    /// a header cannot carry (it formats ASCII).
    pub(super) fn header_value(&self) -> Option<reqwest::header::HeaderValue> {
        let mut v = reqwest::header::HeaderValue::from_str(&self.header).ok()?;
        v.set_sensitive(true);
        Some(v)
    }
}

/// Whether a `WWW-Authenticate` value is a Digest challenge (of any algorithm).
pub(super) fn is_digest(value: &str) -> bool {
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
    /// The state of the API key `user` (its public key) and `password` (its private key), with
    /// no challenge yet.
    pub(super) fn new(user: String, password: SecretString) -> Self {
        DigestState {
            user,
            password,
            challenge: Mutex::new(None),
        }
    }

    /// The `Authorization` value for a request, when a challenge is known, with the nonce it
    /// answers.
    pub(super) fn authorization(&self, method: &str, uri: &str, body: &[u8]) -> Option<Answer> {
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
    pub(super) async fn refused<F, Fut>(
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
