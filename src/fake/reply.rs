//! The fake's answers, shared by the export-bucket routes (`server.rs`) and the backup ones
//! (`backups.rs`): JSON bodies, Atlas's error shapes, strict request decoding, and pages.

use std::collections::HashMap;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

use crate::validation::Validate;

pub(super) type Reply = Response<Full<Bytes>>;

pub(super) fn reply(status: u16, media: &str, body: &Value) -> Reply {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut r = Response::new(Full::new(Bytes::from(bytes)));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Ok(v) = media.parse() {
        r.headers_mut().insert(hyper::header::CONTENT_TYPE, v);
    }
    r
}

pub(super) fn api_error(status: u16, code: &str, detail: &str) -> Reply {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error");
    reply(
        status,
        "application/json",
        &json!({"error": status, "errorCode": code, "detail": detail, "reason": reason, "parameters": []}),
    )
}

pub(super) fn validation_error(fields: Vec<(String, String)>) -> Reply {
    let detail = match fields.as_slice() {
        [(f, _)] => format!("Invalid attribute {f} specified."),
        _ => format!("{} invalid attributes specified.", fields.len()),
    };
    let fields: Vec<Value> = fields
        .into_iter()
        .map(|(field, description)| json!({"field": field, "description": description}))
        .collect();
    reply(
        400,
        "application/json",
        &json!({
            "error": 400, "errorCode": "VALIDATION_ERROR", "detail": detail,
            "reason": "Bad Request", "parameters": [], "badRequestDetail": {"fields": fields}
        }),
    )
}

pub(super) fn with_header(mut r: Reply, name: &'static str, value: String) -> Reply {
    if let Ok(v) = value.parse() {
        r.headers_mut().insert(name, v);
    }
    r
}

pub(super) fn not_found(bucket: Option<&str>, group: &str) -> Reply {
    api_error(
        404,
        "RESOURCE_NOT_FOUND",
        &format!(
            "Cannot find export bucket {} in project {group}.",
            bucket.unwrap_or("")
        ),
    )
}

pub(super) static HEX24: crate::validation::Pattern =
    crate::validation::Pattern::new("^([a-f0-9]{24})$");

/// Decodes a request body strictly (`crate::strict`): a `null` for a declared field, a missing
/// `cloudProvider` and an array for an object are refused, as the spec requires; then validates it.
pub(super) fn decode<T: serde::de::DeserializeOwned + Validate>(
    body: &[u8],
) -> Result<T, Vec<(String, String)>> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    let decoded: Result<T, _> = crate::strict::scope(|| {
        serde_path_to_error::deserialize(crate::strict::Strict::<_, true>(&mut *de))
    });
    let value = decoded.map_err(|e| {
        let path = e.path().to_string();
        vec![(
            if path == "." { "body".to_owned() } else { path },
            e.inner().to_string(),
        )]
    })?;
    de.end()
        .map_err(|e| vec![("body".to_owned(), e.to_string())])?;
    let mut v = Vec::new();
    value.collect_violations("", &mut v);
    if v.is_empty() {
        Ok(value)
    } else {
        Err(v
            .into_iter()
            .map(|v| {
                (
                    v.path.trim_start_matches('/').to_owned(),
                    v.kind.to_string(),
                )
            })
            .collect())
    }
}

/// The page of `all` that `pageNum` and `itemsPerPage` ask for, with its `self` link, and
/// `totalCount` unless `includeCount=false`.
pub(super) fn paged<T: serde::Serialize>(
    path: &str,
    query: &HashMap<String, String>,
    all: &[T],
) -> Value {
    // Checked by `check_params`; the link names the page as asked for, leading zeros dropped.
    let (page, page_text) = match query.get("pageNum").filter(|v| page_number(v).is_some()) {
        Some(v) => (
            page_number(v).map_or(1, |p| usize::try_from(p).unwrap_or(usize::MAX)),
            v.trim_start_matches('0'),
        ),
        None => (1, "1"),
    };
    let per: usize = query
        .get("itemsPerPage")
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let count = query.get("includeCount").is_none_or(|v| v != "false");
    let start = (page - 1).saturating_mul(per).min(all.len());
    let end = start.saturating_add(per).min(all.len());
    let results: Vec<Value> = all[start..end]
        .iter()
        .map(|b| serde_json::to_value(b).unwrap_or_default())
        .collect();
    let mut body = json!({
        "links": [{"href": format!("https://cloud.mongodb.com{path}?pageNum={page_text}&itemsPerPage={per}"), "rel": "self"}],
        "results": results,
    });
    if count {
        body["totalCount"] = json!(all.len());
    }
    body
}

/// A `pageNum`: a decimal integer of at least 1. The spec sets no maximum, so a number beyond
/// `u64` is a page like any other past the end (saturated here; the page is empty).
pub(super) fn page_number(value: &str) -> Option<u64> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = value.trim_start_matches('0');
    if digits.is_empty() {
        return None;
    }
    Some(digits.parse().unwrap_or(u64::MAX))
}
