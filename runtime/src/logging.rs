//! The wire log: `tracing` events for each exchange with the server, off unless a subscriber
//! enables them (`RUST_LOG=atlas_client_runtime=debug`, or `=trace`).
//!
//! At `debug`, one event per answer (or failure to get one): the method, the URL, the status,
//! the attempt and the time it took. At `trace`, also the request's and the answer's headers,
//! with secrets shown as `[redacted]`, and the bodies, cut at [`MAX_LOGGED_BODY_BYTES`]. A
//! token response's body is never shown: it holds the access token. Nothing is formatted for an
//! event no subscriber wants.

use std::fmt;

use reqwest::header::{HeaderMap, HeaderName};
use tokio::time::Instant;
use tracing::Level;

/// The most bytes of a body a `trace` event shows; the rest is counted, not shown.
pub const MAX_LOGGED_BODY_BYTES: usize = 4 * 1024;

/// What stands for a secret in the log.
const REDACTED: &str = "[redacted]";

/// Headers whose values are secrets, whatever their marking.
const SECRET_HEADERS: [HeaderName; 4] = [
    reqwest::header::AUTHORIZATION,
    reqwest::header::PROXY_AUTHORIZATION,
    reqwest::header::COOKIE,
    reqwest::header::SET_COOKIE,
];

/// Whether a body may be shown in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bodies {
    /// Shown, cut at [`MAX_LOGGED_BODY_BYTES`].
    Shown,
    /// Shown as `[redacted]`.
    Hidden,
}

/// One exchange: a request about to be sent, logged at `trace`, and when its answer (or its
/// failure) comes back, logged at `debug`.
pub(crate) struct Exchange {
    /// When the request was sent; `None` when no `debug` event is wanted.
    started: Option<Instant>,
    attempt: u32,
}

impl Exchange {
    /// Logs `request` (at `trace`) as attempt `attempt`, and starts its clock if its answer is
    /// to be logged.
    pub(crate) fn start(request: &reqwest::Request, attempt: u32, bodies: Bodies) -> Self {
        tracing::trace!(
            method = %request.method(),
            url = %request.url(),
            attempt,
            headers = %Headers(request.headers()),
            body = %Body(request.body().and_then(reqwest::Body::as_bytes), bodies),
            "request"
        );
        Exchange {
            started: tracing::enabled!(Level::DEBUG).then(Instant::now),
            attempt,
        }
    }

    /// Logs what came back for the request sent as `method` to `url`: the answer's status (at
    /// `debug`) and its headers (at `trace`), or the transport error.
    pub(crate) fn answered(
        &self,
        method: &str,
        url: &url::Url,
        sent: &Result<reqwest::Response, reqwest::Error>,
    ) {
        let Some(started) = self.started else {
            return;
        };
        let elapsed_ms = started.elapsed().as_millis() as u64;
        let attempt = self.attempt;
        match sent {
            Ok(resp) => {
                tracing::debug!(
                    method = %method,
                    url = %url,
                    status = resp.status().as_u16(),
                    attempt,
                    elapsed_ms,
                    "answer"
                );
                tracing::trace!(
                    method = %method,
                    url = %url,
                    status = resp.status().as_u16(),
                    attempt,
                    headers = %Headers(resp.headers()),
                    "answer headers"
                );
            }
            Err(e) => tracing::debug!(
                method = %method,
                url = %url,
                attempt,
                elapsed_ms,
                error = %crate::error::describe(e),
                "no answer"
            ),
        }
    }
}

/// Logs (at `trace`) the body of attempt `attempt`'s answer, read whole.
pub(crate) fn answer_body(status: u16, attempt: u32, body: &[u8]) {
    tracing::trace!(
        status,
        attempt,
        body = %Body(Some(body), Bodies::Shown),
        "answer body"
    );
}

/// Headers as `name: value` pairs, a secret's value as `[redacted]`.
struct Headers<'a>(&'a HeaderMap);

impl fmt::Display for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, (name, value)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            let secret = value.is_sensitive() || SECRET_HEADERS.contains(name);
            match value.to_str() {
                _ if secret => write!(f, "{name}: {REDACTED}")?,
                Ok(text) => write!(f, "{name}: {text:?}")?,
                Err(_) => write!(f, "{name}: <{} bytes, not text>", value.len())?,
            }
        }
        f.write_str("}")
    }
}

/// A body, lossily decoded and cut at [`MAX_LOGGED_BODY_BYTES`], or `[redacted]`.
struct Body<'a>(Option<&'a [u8]>, Bodies);

impl fmt::Display for Body<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Body(None, _) => f.write_str("(none)"),
            Body(Some(_), Bodies::Hidden) => f.write_str(REDACTED),
            Body(Some(bytes), Bodies::Shown) => {
                let shown = &bytes[..bytes.len().min(MAX_LOGGED_BODY_BYTES)];
                write!(f, "{:?}", String::from_utf8_lossy(shown))?;
                if bytes.len() > shown.len() {
                    write!(f, "… ({} bytes in all)", bytes.len())?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use reqwest::header::HeaderValue;

    use super::*;

    #[test]
    fn secret_headers_are_redacted_by_name_or_marking() {
        let mut headers = HeaderMap::new();
        headers.insert("authorization", HeaderValue::from_static("Bearer abc"));
        headers.insert("set-cookie", HeaderValue::from_static("session=abc"));
        let mut marked = HeaderValue::from_static("abc");
        marked.set_sensitive(true);
        headers.insert("x-api-secret", marked);
        headers.insert("x-request-id", HeaderValue::from_static("42"));
        let shown = Headers(&headers).to_string();
        assert!(!shown.contains("abc"), "{shown}");
        assert!(shown.contains("authorization: [redacted]"), "{shown}");
        assert!(shown.contains("x-api-secret: [redacted]"), "{shown}");
        assert!(shown.contains(r#"x-request-id: "42""#), "{shown}");
    }

    #[test]
    fn a_body_is_cut_at_the_limit_and_a_hidden_one_is_not_shown() {
        let long = vec![b'a'; MAX_LOGGED_BODY_BYTES + 10];
        let shown = Body(Some(&long), Bodies::Shown).to_string();
        let (cut, rest) = shown.split_once('…').unwrap();
        assert_eq!(cut.matches('a').count(), MAX_LOGGED_BODY_BYTES);
        assert_eq!(rest, format!(" ({} bytes in all)", long.len()));
        assert_eq!(Body(Some(b"{}"), Bodies::Hidden).to_string(), "[redacted]");
        assert_eq!(Body(None, Bodies::Shown).to_string(), "(none)");
    }
}
