//! Typed errors. Retry decisions come first; only the final answer is classified.

use std::fmt;
use std::time::Duration;

pub use crate::api_error::{ApiError, BadRequestDetail, ErrorBody, ErrorCode, FieldViolation};
use crate::response::ResponseMeta;

/// Longest body excerpt kept in an error, in bytes.
pub const EXCERPT_LIMIT: usize = 512;

/// Everything that can go wrong with a call.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The client or its credentials are misconfigured; nothing was sent.
    Config {
        /// What is wrong.
        message: String,
    },
    /// The request breaks the spec's constraints; nothing was sent.
    Validation(crate::validation::ValidationError),
    /// Atlas answered with an error status and a body of the operation's declared error type.
    Api {
        /// HTTP status.
        status: u16,
        /// The error body (`errorCode`, `detail`, `badRequestDetail`, ...); [`ApiError::body`]
        /// returns it as the operation declared it.
        error: Box<ApiError>,
        /// Response metadata.
        meta: Box<ResponseMeta>,
    },
    /// An error status whose body is not of the operation's declared error type (empty, HTML
    /// from a proxy, ...).
    Http {
        /// HTTP status.
        status: u16,
        /// The first bytes of the body, lossily decoded.
        excerpt: String,
        /// Response metadata.
        meta: Box<ResponseMeta>,
    },
    /// A status that is neither a declared success nor an error status: a redirect (never
    /// followed), or a 2xx the operation does not declare (a `201` or `204` for a `200`). An
    /// undeclared 4xx or 5xx is still [`Error::Api`] or [`Error::Http`], which carry Atlas's
    /// error body.
    UndeclaredStatus {
        /// HTTP status.
        status: u16,
        /// The first bytes of the body.
        excerpt: String,
        /// Response metadata.
        meta: Box<ResponseMeta>,
    },
    /// A success response whose body does not decode into the declared type.
    Decode {
        /// HTTP status.
        status: u16,
        /// JSON path of the failure (`results[3].iamRoleId`).
        path: String,
        /// What serde said.
        message: String,
        /// The first bytes of the body.
        excerpt: String,
    },
    /// The request or the connection timed out.
    Timeout {
        /// Operation id.
        operation: &'static str,
        /// Attempts made.
        attempts: u32,
    },
    /// The server could not be reached, or its TLS certificate is not trusted (the message says
    /// so first; such a failure is not retried).
    Connect {
        /// Operation id.
        operation: &'static str,
        /// Attempts made.
        attempts: u32,
        /// The transport's description (never contains credentials).
        message: String,
    },
    /// Another transport failure (reset connection, truncated body, protocol error).
    Transport {
        /// Operation id.
        operation: &'static str,
        /// Attempts made.
        attempts: u32,
        /// The transport's description.
        message: String,
    },
    /// The response body is larger than the client's limit; it was not read past the limit.
    BodyTooLarge {
        /// HTTP status.
        status: u16,
        /// The limit, in bytes.
        limit: usize,
    },
    /// A create whose outcome was unknown (`cause`: a timeout, a dropped connection, a `502`,
    /// `503` or `504`) found, on listing again, several new buckets that match its request: it
    /// cannot tell which one it made. See
    /// `ExportBuckets::create_or_recover` (in `atlas-export-buckets`).
    AmbiguousCreate {
        /// Why the create's outcome was unknown.
        cause: Box<Error>,
        /// The ids of the new buckets that match the request.
        candidates: Vec<String>,
    },
    /// A service-account token could not be obtained, so the call was not made. (A refused API
    /// key is the server's `401`: [`Error::Api`] or [`Error::Http`].)
    Auth {
        /// What failed.
        message: String,
        /// HTTP status, if the server answered.
        status: Option<u16>,
    },
}

impl Error {
    /// The error body, when the server sent one of the operation's declared error type.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }

    /// The Atlas `errorCode` as a `C`: the declared body's typed code (`v2::ErrorCode` for the
    /// v2 operations, `v1::ErrorCode` for the v1.0 ones), or the open [`ErrorCode`] for any
    /// operation. `C` is most often inferred from a comparison:
    ///
    /// ```
    /// # use atlas_client_runtime::error::{Error, ErrorCode};
    /// fn retry_later(e: &Error) -> bool {
    ///     // With a generated crate: `e.error_code() == Some(&v2::ErrorCode::RateLimited)`.
    ///     e.error_code() == Some(&ErrorCode::from("RATE_LIMITED"))
    /// }
    /// ```
    pub fn error_code<C: std::any::Any>(&self) -> Option<&C> {
        self.api_error()?.typed_error_code()
    }

    /// The Atlas `errorCode` as sent, for any operation.
    pub fn error_code_str(&self) -> Option<&str> {
        self.api_error().map(|e| e.error_code.as_str())
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. }
            | Error::Http { status, .. }
            | Error::UndeclaredStatus { status, .. }
            | Error::Decode { status, .. }
            | Error::BodyTooLarge { status, .. } => Some(*status),
            Error::Auth { status, .. } => *status,
            Error::AmbiguousCreate { cause, .. } => cause.status(),
            _ => None,
        }
    }

    /// Whether the resource does not exist (`404`, or `RESOURCE_NOT_FOUND`).
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
            || self.error_code_str() == Some(ErrorCode::RESOURCE_NOT_FOUND.as_str())
    }

    /// Whether the request broke the spec (caught locally, or `VALIDATION_ERROR` from Atlas).
    pub fn is_validation(&self) -> bool {
        matches!(self, Error::Validation(_))
            || self.error_code_str() == Some(ErrorCode::VALIDATION_ERROR.as_str())
    }

    /// How long the server asked to wait, for a final `429`/`503`.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api { meta, .. } | Error::Http { meta, .. } => meta.retry_after,
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config { message } => write!(f, "configuration error: {message}"),
            Error::Validation(v) => write!(f, "{v}; nothing was sent"),
            Error::Api { status, error, .. } => {
                write!(f, "Atlas returned {status} {}", error.error_code)?;
                if let Some(d) = &error.detail {
                    write!(f, ": {d}")?;
                }
                if let Some(fields) = error
                    .bad_request_detail
                    .as_ref()
                    .and_then(|b| b.fields.as_ref())
                {
                    for v in fields {
                        write!(f, "; {}: {}", v.field, v.description)?;
                    }
                }
                Ok(())
            }
            Error::Http {
                status, excerpt, ..
            } => write!(f, "HTTP {status} without an Atlas error body: {excerpt:?}"),
            Error::UndeclaredStatus {
                status, excerpt, ..
            } => {
                write!(
                    f,
                    "HTTP {status} is not a status this operation declares: {excerpt:?}"
                )
            }
            Error::Decode {
                status,
                path,
                message,
                ..
            } => {
                write!(
                    f,
                    "the {status} response does not decode at `{path}`: {message}"
                )
            }
            Error::Timeout {
                operation,
                attempts,
            } => write!(f, "{operation} timed out after {attempts} attempt(s)"),
            Error::Connect {
                operation,
                attempts,
                message,
            } => {
                write!(
                    f,
                    "{operation}: cannot connect after {attempts} attempt(s): {message}"
                )
            }
            Error::Transport {
                operation,
                attempts,
                message,
            } => write!(
                f,
                "{operation}: transport error after {attempts} attempt(s): {message}"
            ),
            Error::BodyTooLarge { status, limit } => {
                write!(
                    f,
                    "the {status} response body is larger than the {limit}-byte limit"
                )
            }
            Error::Auth {
                message,
                status: Some(s),
            } => write!(f, "authentication failed ({s}): {message}"),
            Error::Auth {
                message,
                status: None,
            } => write!(f, "authentication failed: {message}"),
            Error::AmbiguousCreate { cause, candidates } => write!(
                f,
                "the create's outcome is unknown ({cause}), and {} new export buckets match its request: {}; check them before creating again",
                candidates.len(),
                candidates.join(", ")
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(v) => Some(v),
            Error::AmbiguousCreate { cause, .. } => Some(cause.as_ref()),
            _ => None,
        }
    }
}

impl From<crate::validation::ValidationError> for Error {
    fn from(v: crate::validation::ValidationError) -> Self {
        Error::Validation(v)
    }
}

/// The first [`EXCERPT_LIMIT`] bytes of a body, lossily decoded, cut at a character boundary.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(EXCERPT_LIMIT)];
    let mut s = String::from_utf8_lossy(cut).into_owned();
    if body.len() > EXCERPT_LIMIT {
        s.push('…');
    }
    s
}

/// A transport error's description, without URL credentials (there are none) and with its causes;
/// a TLS failure is named first.
pub(crate) fn describe(e: &reqwest::Error) -> String {
    let mut s = match crate::retry::tls_failure(e) {
        Some(rustls::Error::InvalidCertificate(_)) => {
            "the server's TLS certificate is untrusted: ".to_owned()
        }
        Some(_) => "the TLS handshake failed: ".to_owned(),
        None => String::new(),
    };
    s.push_str(&e.to_string());
    let mut src = std::error::Error::source(e);
    while let Some(cause) = src {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        src = cause.source();
    }
    s
}

/// Why a body was not read whole ([`read_limited`]).
pub(crate) enum ReadError {
    /// The body is larger than the limit (declared so, or found so while reading).
    TooLarge,
    /// The transport failed while reading.
    Transport(reqwest::Error),
}

/// Reads a body up to `limit` bytes; stops reading at the limit. A body with a declared length
/// within the limit is taken whole, without a copy. The one bounded read of a body: a call's
/// answer and a token response alike.
///
/// Not an `async fn`: that would keep `resp` in its state beside the read that took it, and
/// every call's state embeds this one.
pub(crate) fn read_limited(
    resp: reqwest::Response,
    limit: usize,
) -> impl std::future::Future<Output = Result<bytes::Bytes, ReadError>> {
    use futures_util::future::{ready, Either, TryFutureExt};
    match resp.content_length() {
        Some(n) if n > limit as u64 => Either::Left(ready(Err(ReadError::TooLarge))),
        Some(_) => Either::Right(Either::Left(resp.bytes().map_err(ReadError::Transport))),
        None => Either::Right(Either::Right(read_chunks(resp, limit))),
    }
}

/// A body of no declared length, chunk by chunk, up to `limit` bytes.
async fn read_chunks(mut resp: reqwest::Response, limit: usize) -> Result<bytes::Bytes, ReadError> {
    let mut out = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(ReadError::Transport)? {
        if out.len() + chunk.len() > limit {
            return Err(ReadError::TooLarge);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(bytes::Bytes::from(out))
}

#[cfg(test)]
mod auto_traits {
    /// `Error` crosses threads and `catch_unwind` boundaries as it always has.
    #[test]
    fn error_is_send_sync_and_unwind_safe() {
        fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
        check::<super::Error>();
        check::<crate::error::ApiError>();
    }
}
