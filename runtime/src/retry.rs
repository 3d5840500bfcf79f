//! Retry policy: bounded attempts, exponential backoff with jitter, `Retry-After` honoured up to a cap.

use std::time::{Duration, SystemTime};

use backon::{BackoffBuilder, ExponentialBuilder};

mod driver;

pub(crate) use driver::{Retrier, RetryHook, Stop, Try, Wait};

/// When and how long to wait before trying again.
///
/// Retries apply to `429`, `502`, `503`, `504` and connection failures on idempotent operations
/// (GET, PATCH, DELETE). A POST is retried only when it provably was not processed: a `429`, or a
/// connection refused before anything was sent. A service account's token request follows the
/// same policy, as an idempotent request. A server certificate that is not trusted, or any other
/// TLS failure, is never retried: it fails the same way every time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Total attempts, the first included (1 disables retries).
    pub max_attempts: u32,
    /// First backoff delay.
    pub base_delay: Duration,
    /// Longest wait, for backoff and for `Retry-After` alike.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The default: 3 attempts, 500 ms first delay, 30 s cap.
    pub fn new() -> Self {
        Self::default()
    }

    /// No retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Sets the total number of attempts (at least 1).
    #[must_use]
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Sets the first backoff delay.
    #[must_use]
    pub fn with_base_delay(mut self, d: Duration) -> Self {
        self.base_delay = d;
        self
    }

    /// Sets the cap on any single wait.
    #[must_use]
    pub fn with_max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }

    pub(crate) fn backoff(&self) -> impl Iterator<Item = Duration> {
        ExponentialBuilder::default()
            .with_min_delay(self.base_delay)
            .with_max_delay(self.max_delay)
            .with_factor(2.0)
            .with_jitter()
            .without_max_times()
            .build()
    }

    /// The wait before the next attempt: `Retry-After` when the server sent one, else backoff.
    pub(crate) fn delay(
        &self,
        retry_after: Option<Duration>,
        backoff: &mut impl Iterator<Item = Duration>,
    ) -> Duration {
        match retry_after {
            Some(d) => d.min(self.max_delay),
            None => backoff.next().unwrap_or(self.max_delay).min(self.max_delay),
        }
    }
}

/// How an attempt ended, as far as trying again goes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Failure<'a> {
    /// The server answered with this status.
    Status(u16),
    /// The request could not be sent, or no answer came back.
    Send(&'a reqwest::Error),
    /// The server answered, but its body could not be read.
    Read,
    /// No answer came back within the request timeout (a streamed call's own deadline).
    Elapsed,
}

/// Whether an attempt that ended so is transient, so that another attempt may succeed: the one
/// decision for every request the client sends. `idempotent`: whether the request may be
/// processed twice without harm; one that may not is tried again only when it provably was not
/// processed (a `429`, or a connection that was never made).
pub(crate) fn is_transient(failure: Failure<'_>, idempotent: bool) -> bool {
    match failure {
        Failure::Status(status) => {
            matches!(status, 429 | 502 | 503 | 504) && (idempotent || status == 429)
        }
        Failure::Send(e) if tls_failure(e).is_some() => false,
        // A connection refused or a failed handshake sent nothing.
        Failure::Send(e) => {
            e.is_connect() || (idempotent && (e.is_timeout() || e.is_request() || e.is_body()))
        }
        // The request reached the server.
        Failure::Read | Failure::Elapsed => idempotent,
    }
}

/// The TLS failure behind a transport error, if one is: a server certificate that is not
/// trusted, say. Found among the error's causes, where I/O errors may wrap it, one in another.
pub(crate) fn tls_failure(e: &reqwest::Error) -> Option<&rustls::Error> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        // An I/O error's `source` is its inner error's source, not the inner error: each layer
        // is opened here.
        let mut layer = Some(c);
        while let Some(l) = layer {
            if let Some(tls) = l.downcast_ref::<rustls::Error>() {
                return Some(tls);
            }
            layer = l
                .downcast_ref::<std::io::Error>()
                .and_then(std::io::Error::get_ref)
                .map(|inner| inner as &(dyn std::error::Error + 'static));
        }
        cause = c.source();
    }
    None
}

/// Parses `Retry-After`: delta seconds or an HTTP-date.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    retry_after_value(headers.get(reqwest::header::RETRY_AFTER)?)
}

/// Parses one `Retry-After` value: delta seconds or an HTTP-date.
pub(crate) fn retry_after_value(value: &reqwest::header::HeaderValue) -> Option<Duration> {
    retry_after_at(value, SystemTime::now())
}

/// [`retry_after_value`] on a given clock: an HTTP-date is the wait from `now` until then, and a
/// date already past is no wait.
fn retry_after_at(value: &reqwest::header::HeaderValue, now: SystemTime) -> Option<Duration> {
    let v = value.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn retry_after_is_read_on_a_fixed_clock_and_capped_by_the_policy() {
        // Wed, 25 Nov 2026 21:00:00 GMT, as a fixed "now".
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_640_400);
        let at = |v: &str| retry_after_at(&HeaderValue::from_str(v).unwrap(), now);
        assert_eq!(at("7"), Some(Duration::from_secs(7)));
        assert_eq!(at(" 0 "), Some(Duration::ZERO));
        assert_eq!(
            at("Wed, 25 Nov 2026 21:00:42 GMT"),
            Some(Duration::from_secs(42))
        );
        assert_eq!(at("Wed, 25 Nov 2026 20:59:00 GMT"), Some(Duration::ZERO));
        assert_eq!(at("Thursday"), None);
        assert_eq!(at("-3"), None);

        // The policy caps a server's wait, and falls back to its backoff without one.
        let policy = RetryPolicy::new().with_max_delay(Duration::from_secs(30));
        let mut backoff = policy.backoff();
        let long = at("Wed, 25 Nov 2026 22:00:00 GMT");
        assert_eq!(long, Some(Duration::from_secs(3600)));
        assert_eq!(policy.delay(long, &mut backoff), Duration::from_secs(30));
        assert_eq!(policy.delay(at("2"), &mut backoff), Duration::from_secs(2));
        let fallback = policy.delay(None, &mut backoff);
        assert!(fallback > Duration::ZERO && fallback <= Duration::from_secs(30));
    }
}

/// Why an attempt is retried, for [`crate::client::ClientBuilder::on_retry`]: a call's attempt,
/// or an attempt of the token request a call makes first ([`RetryEvent::kind`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryEvent {
    /// Operation id.
    pub operation: &'static str,
    /// The attempt that failed (1-based).
    pub attempt: u32,
    /// The status, or `None` for a transport failure.
    pub status: Option<u16>,
    /// How long the client waits before the next attempt.
    pub delay: Duration,
    /// What is retried: the call itself, or the token request made for it.
    pub kind: RetryKind,
}

/// What a [`RetryEvent`] retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryKind {
    /// The call's own request.
    Call,
    /// The service-account token request made for the call (to `/api/oauth/token`).
    TokenRequest,
}

impl RetryKind {
    /// `"call"` or `"token-request"`.
    pub fn as_str(self) -> &'static str {
        match self {
            RetryKind::Call => "call",
            RetryKind::TokenRequest => "token-request",
        }
    }
}
