//! What came back: the decoded body with its metadata, and the readers of the response head.

use std::time::Duration;

use crate::operation::OperationDescriptor;
use crate::retry::retry_after_value;

/// What came back besides the body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResponseMeta {
    /// HTTP status.
    pub status: u16,
    /// Operation id.
    pub operation: &'static str,
    /// API version used.
    pub version: Option<&'static str>,
    /// `RateLimit-Limit`.
    pub rate_limit_limit: Option<u64>,
    /// `RateLimit-Remaining`.
    pub rate_limit_remaining: Option<u64>,
    /// `Deprecation` header, when the server sent one.
    pub deprecation: Option<String>,
    /// `Sunset` header, when the server sent one.
    pub sunset: Option<String>,
    /// The spec's `x-sunset` date for the version used.
    pub version_sunset: Option<&'static str>,
    /// Whether the version used is past its `x-sunset` date.
    pub past_sunset: bool,
    /// The request id, when Atlas sends one (`X-Request-Id`).
    pub request_id: Option<String>,
    /// `Retry-After`, when sent.
    pub retry_after: Option<Duration>,
    /// Attempts made (1 without retries).
    pub attempts: u32,
    /// `Content-Type`, when sent.
    pub content_type: Option<String>,
    /// The declared status whose type read the body, when Atlas answered a 2xx status the
    /// operation does not declare (`201` where the spec says `200`); `status` is what was sent.
    pub read_as: Option<u16>,
    /// Members of the body that its type does not declare, as JSON paths (`results.0.newField`):
    /// what Atlas sends beyond the spec. They are not in the typed body; a debug-level
    /// `tracing` event names them too.
    pub unknown_fields: Vec<String>,
}

impl ResponseMeta {
    /// The metadata of an answer known only by its status and media type (no headers).
    pub(crate) fn bare(
        d: &'static OperationDescriptor,
        status: u16,
        content_type: Option<&str>,
    ) -> ResponseMeta {
        ResponseMeta {
            status,
            operation: d.operation_id,
            version: d.version,
            rate_limit_limit: None,
            rate_limit_remaining: None,
            deprecation: None,
            sunset: None,
            version_sunset: d.sunset,
            past_sunset: d.sunset.is_some_and(past),
            request_id: None,
            retry_after: None,
            attempts: 1,
            content_type: content_type.map(str::to_owned),
            read_as: None,
            unknown_fields: Vec::new(),
        }
    }
}

/// A typed body with its metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Response<T> {
    /// The decoded body.
    pub body: T,
    /// Status and headers.
    pub meta: ResponseMeta,
}

impl<T> Response<T> {
    /// The body alone.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// Metadata from the response head (read before the body, so the head is not copied).
pub(crate) fn response_meta(
    d: &'static OperationDescriptor,
    status: u16,
    h: &reqwest::header::HeaderMap,
    attempts: u32,
) -> ResponseMeta {
    let mut meta = ResponseMeta::bare(d, status, None);
    meta.attempts = attempts;
    // One pass over the names present (each once); a header's first value counts.
    for name in h.keys() {
        let first = || h.get(name);
        match name.as_str() {
            "ratelimit-limit" => meta.rate_limit_limit = first().and_then(header_u64),
            "ratelimit-remaining" => meta.rate_limit_remaining = first().and_then(header_u64),
            "deprecation" => meta.deprecation = first().and_then(header_string),
            "sunset" => meta.sunset = first().and_then(header_string),
            "x-request-id" => meta.request_id = first().and_then(header_string),
            "retry-after" => meta.retry_after = first().and_then(retry_after_value),
            "content-type" => meta.content_type = first().and_then(header_string),
            _ => {}
        }
    }
    meta
}

fn header_u64(v: &reqwest::header::HeaderValue) -> Option<u64> {
    v.to_str().ok()?.trim().parse().ok()
}

fn header_string(v: &reqwest::header::HeaderValue) -> Option<String> {
    v.to_str().ok().map(str::to_owned)
}

fn past(date: &str) -> bool {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match time::Date::parse(date, format) {
        Ok(d) => time::OffsetDateTime::now_utc().date() >= d,
        Err(_) => false,
    }
}
