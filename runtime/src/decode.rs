//! Reading an answer: status, media type and body into an operation's typed response or a typed
//! [`Error`]. [`crate::Client::execute`] reads every answer here, and [`decode_response`] is the
//! same reading for a status, media type and body a caller holds (a recorded answer, say).
//!
//! What Atlas sends is read, not only what the spec says:
//!
//! - a 2xx status the operation does not declare (Atlas answers `createGroup` with `201` where
//!   the spec says `200`) is read with the operation's success type, and the real status stays in
//!   [`ResponseMeta::status`] ([`ResponseMeta::read_as`] names the declared status used);
//! - members of the body that the response type does not declare are named in
//!   [`ResponseMeta::unknown_fields`] (JSON paths such as `results.0.newField`) and in a
//!   debug-level `tracing` event, instead of vanishing silently;
//! - a JSON array is never read as an object (serde's derived decoders would fill a struct's
//!   fields from an array's items in order).

use serde::de::value::StrDeserializer;
use serde::de::{Deserialize, DeserializeOwned};
use serde_json::Value;

use crate::binary::BodyDeserializer;
use crate::error::{excerpt, ApiError, Error, ErrorBody};
use crate::operation::{Operation, OperationDescriptor, ResponseDescriptor};
use crate::response::{Response, ResponseMeta};

/// Reads an answer of operation `O` exactly as [`crate::Client::execute`] does: the status rules
/// (a 2xx the operation does not declare is read with its success type), an empty or declared
/// empty body, a body that is not JSON (as [`crate::Binary`]), and an error status, whose body
/// reads into [`Error::Api`] when it is the operation's declared error body (else [`Error::Http`]).
///
/// For tests against recorded answers; [`read_response`] also gives the [`ResponseMeta`] this
/// reading fills. One difference from `execute`, which knows the declared error body's type:
/// here [`crate::error::ApiError::body`] holds the error body as a `serde_json::Value`.
///
/// ```
/// use atlas_client_runtime::decode_response;
/// # use std::borrow::Cow;
/// # use atlas_client_runtime::operation::{Method, NoBody, Operation, OperationDescriptor, Params, ResponseDescriptor};
/// # use atlas_client_runtime::validation::{Validate, Violation};
/// # struct NoParams;
/// # impl Validate for NoParams { fn collect_violations(&self, _: &str, _: &mut Vec<Violation>) {} }
/// # impl Params for NoParams {
/// #     fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> { Vec::new() }
/// #     fn query_values(&self) -> Vec<(&'static str, String)> { Vec::new() }
/// # }
/// # struct CreateThing;
/// # impl Operation for CreateThing {
/// #     type Params = NoParams;
/// #     type Request = NoBody;
/// #     type Response = serde_json::Value;
/// #     type Error = serde_json::Value;
/// #     const DESCRIPTOR: &'static OperationDescriptor = &OperationDescriptor {
/// #         operation_id: "createThing", operation_id_override: None, method: Method::Post,
/// #         path: "/things", version: None, accept: "application/json", content_type: None,
/// #         request_body_required: false, success_status: 200, sunset: None,
/// #         required_roles: &[], parameters: &[],
/// #         responses: &[ResponseDescriptor {
/// #             status: "200", description: "", media_type: Some("application/json"),
/// #             body: Some("Value"), headers: &[],
/// #         }],
/// #     };
/// # }
/// // `createThing` declares 200; Atlas answered 201, and the body still reads.
/// let body = decode_response::<CreateThing>(201, Some("application/json"), br#"{"id":"a1"}"#)?;
/// assert_eq!(body["id"], "a1");
/// // An error answer in the operation's error shape is `Error::Api`.
/// let err = decode_response::<CreateThing>(
///     409,
///     Some("application/json"),
///     br#"{"error":409,"errorCode":"DUPLICATE","detail":"exists"}"#,
/// )
/// .unwrap_err();
/// assert_eq!(err.api_error().map(|e| e.error_code.as_str()), Some("DUPLICATE"));
/// # Ok::<(), atlas_client_runtime::Error>(())
/// ```
pub fn decode_response<O: Operation>(
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<O::Response, Error> {
    read_response::<O>(status, content_type, body).map(|r| r.body)
}

/// [`decode_response`], with the [`ResponseMeta`] the reading fills (the status it was read as,
/// the members the type does not declare).
pub fn read_response<O: Operation>(
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<Response<O::Response>, Error> {
    let meta = ResponseMeta::bare(O::DESCRIPTOR, status, content_type);
    read::<O>(O::DESCRIPTOR, meta, body, open_error::<O::Error>)
}

/// The error body as the operation declares it, in the open [`ApiError`] (what `execute` uses).
pub(crate) fn declared_error<E: ErrorBody + DeserializeOwned>(body: &[u8]) -> Option<ApiError> {
    serde_json::from_slice::<E>(body)
        .ok()
        .map(ApiError::from_body)
}

/// The error body, when it reads as the operation's declared error type, in the open
/// [`ApiError`] with its JSON as the body.
fn open_error<E: DeserializeOwned>(body: &[u8]) -> Option<ApiError> {
    serde_json::from_slice::<E>(body).ok()?;
    serde_json::from_slice::<Value>(body)
        .ok()
        .map(ApiError::from_body)
}

/// The declared response that reads a 2xx answer: the status's own (or its `2XX` range's), else
/// the operation's success response.
pub(crate) fn success_response(
    d: &'static OperationDescriptor,
    meta: &mut ResponseMeta,
) -> Option<&'static ResponseDescriptor> {
    let status = meta.status;
    if let Some(r) = d.response(status).filter(|r| r.status != "default") {
        return Some(r);
    }
    let r = d
        .response(d.success_status)
        .filter(|r| r.status != "default")?;
    meta.read_as = Some(d.success_status);
    tracing::debug!(
        operation = d.operation_id,
        status,
        read_as = d.success_status,
        "the answer's status is not declared; read as the declared success status"
    );
    Some(r)
}

/// The one reading of an answer (see the module docs); `error` reads an error body.
pub(crate) fn read<O: Operation>(
    d: &'static OperationDescriptor,
    mut meta: ResponseMeta,
    body: &[u8],
    error: fn(&[u8]) -> Option<ApiError>,
) -> Result<Response<O::Response>, Error> {
    let status = meta.status;
    match status {
        200..=299 => {
            let declared = success_response(d, &mut meta);
            // An operation that declares no success at all (a published spec's slip) answers
            // no body; one that declares others does not answer this status.
            if declared.is_none() && d.responses.iter().any(|r| r.status.starts_with('2')) {
                return Err(Error::UndeclaredStatus {
                    status,
                    excerpt: excerpt(body),
                    meta: Box::new(meta),
                });
            }
            let declared_empty = declared.is_none_or(|r| r.body.is_none());
            let declared_media = declared.and_then(|r| r.media_type);
            if !declared_empty && declared_media.is_some_and(|m| !is_json(m)) {
                // Not JSON: the response type takes the bytes as they came.
                let media_type = meta.content_type.as_deref().or(declared_media);
                let raw = BodyDeserializer {
                    media_type,
                    bytes: body,
                };
                return match O::Response::deserialize(raw) {
                    Ok(body) => Ok(Response { body, meta }),
                    Err(e) => Err(Error::Decode {
                        status,
                        path: String::new(),
                        message: e.to_string(),
                        excerpt: excerpt(body),
                    }),
                };
            }
            let text: &[u8] = if declared_empty || body.is_empty() {
                b"null"
            } else {
                body
            };
            let (value, unknown) = decode::<O::Response>(text, status, body)?;
            if !unknown.is_empty() {
                tracing::debug!(
                    operation = d.operation_id,
                    status,
                    fields = ?unknown,
                    "the answer has members its type does not declare; they are not kept"
                );
            }
            meta.unknown_fields = unknown;
            Ok(Response { body: value, meta })
        }
        400..=599 => match error(body) {
            Some(error) => Err(Error::Api {
                status,
                error: Box::new(error),
                meta: Box::new(meta),
            }),
            None => Err(Error::Http {
                status,
                excerpt: excerpt(body),
                meta: Box::new(meta),
            }),
        },
        _ => Err(Error::UndeclaredStatus {
            status,
            excerpt: excerpt(body),
            meta: Box::new(meta),
        }),
    }
}

/// Whether a media type is JSON (`application/json`, `application/vnd.atlas.2023-01-01+json`,
/// `application/problem+json`): the bodies the client parses.
pub(crate) fn is_json(media_type: &str) -> bool {
    // Without allocating: it runs on every answer.
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .as_bytes();
    let suffix = b"+json";
    essence.eq_ignore_ascii_case(b"application/json")
        || essence.eq_ignore_ascii_case(b"text/json")
        || (essence.len() >= suffix.len()
            && essence[essence.len() - suffix.len()..].eq_ignore_ascii_case(suffix))
}

/// Decodes JSON `text` as a `T`, refusing an array where `T` reads an object, and names the
/// members `T` does not declare.
fn decode<T: DeserializeOwned>(
    text: &[u8],
    status: u16,
    raw: &[u8],
) -> Result<(T, Vec<String>), Error> {
    let mut unknown = Vec::new();
    let de = &mut serde_json::Deserializer::from_slice(text);
    let read = serde_ignored::deserialize(crate::strict::Strict::<_, false>(&mut *de), |path| {
        unknown.push(path.to_string());
    })
    .and_then(|v| de.end().map(|()| v));
    let first = match read {
        Ok(v) => return Ok((v, unknown)),
        Err(e) => e,
    };
    // A body that is no JSON at all under a JSON media type (Atlas sends a PEM file as
    // `application/vnd.atlas.2023-01-01+json`): a text type takes it as it came.
    if first.is_syntax() || first.is_eof() {
        if let Some(Ok(v)) = std::str::from_utf8(text)
            .ok()
            .map(|t| T::deserialize(StrDeserializer::<serde_json::Error>::new(t)))
        {
            tracing::debug!(status, "the answer is not JSON; read as text");
            return Ok((v, Vec::new()));
        }
    }
    // Again, path-tracked, only to explain the failure (which, when it is past the value, the
    // first reading names alone).
    let de = &mut serde_json::Deserializer::from_slice(text);
    let (path, message) =
        match serde_path_to_error::deserialize::<_, T>(crate::strict::Strict::<_, false>(de)) {
            Err(e) => (e.path().to_string(), e.inner().to_string()),
            Ok(_) => (String::new(), first.to_string()),
        };
    Err(Error::Decode {
        status,
        path,
        message,
        excerpt: excerpt(raw),
    })
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::operation::{Method, NoBody, Params};
    use crate::validation::{Validate, Violation};

    struct NoParams;
    impl Validate for NoParams {
        fn collect_violations(&self, _: &str, _: &mut Vec<Violation>) {}
    }
    impl Params for NoParams {
        fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> {
            Vec::new()
        }
        fn query_values(&self) -> Vec<(&'static str, String)> {
            Vec::new()
        }
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Item {
        id: String,
        size: Option<u32>,
    }

    macro_rules! op {
        ($name:ident, $response:ty, $media:expr) => {
            struct $name;
            impl Operation for $name {
                type Params = NoParams;
                type Request = NoBody;
                type Response = $response;
                type Error = Value;
                const DESCRIPTOR: &'static OperationDescriptor = &OperationDescriptor {
                    operation_id: "createItem",
                    operation_id_override: None,
                    method: Method::Post,
                    path: "/items",
                    version: Some("2024-05-30"),
                    accept: $media,
                    content_type: None,
                    request_body_required: false,
                    success_status: 200,
                    sunset: None,
                    required_roles: &[],
                    parameters: &[],
                    responses: &[ResponseDescriptor {
                        status: "200",
                        description: "",
                        media_type: Some($media),
                        body: Some("Item"),
                        headers: &[],
                    }],
                };
            }
        };
    }
    op!(CreateItem, Item, "application/vnd.atlas.2024-05-30+json");
    op!(CreatePem, String, "application/vnd.atlas.2024-05-30+json");

    const JSON: Option<&str> = Some("application/vnd.atlas.2024-05-30+json");

    #[test]
    fn an_undeclared_success_status_reads_with_the_success_type() {
        let r = read_response::<CreateItem>(201, JSON, br#"{"id":"a"}"#).unwrap();
        assert_eq!(r.body.id, "a");
        assert_eq!((r.meta.status, r.meta.read_as), (201, Some(200)));
        let r = read_response::<CreateItem>(200, JSON, br#"{"id":"a"}"#).unwrap();
        assert_eq!(r.meta.read_as, None);
        // Only a body that does not decode is an error.
        let err = decode_response::<CreateItem>(202, JSON, b"").unwrap_err();
        assert!(matches!(err, Error::Decode { status: 202, .. }), "{err:?}");
        // Not a success at all: a redirect the client does not follow.
        let err = decode_response::<CreateItem>(302, JSON, b"").unwrap_err();
        assert!(
            matches!(err, Error::UndeclaredStatus { status: 302, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn members_the_type_does_not_declare_are_named() {
        let body = br#"{"id":"a","size":null,"newField":1,"nested":{"x":[1]}}"#;
        let r = read_response::<CreateItem>(200, JSON, body).unwrap();
        assert_eq!(
            r.body,
            Item {
                id: "a".to_owned(),
                size: None
            }
        );
        assert_eq!(r.meta.unknown_fields, ["newField", "nested"]);
    }

    #[test]
    fn an_array_is_never_read_as_an_object() {
        assert!(
            serde_json::from_slice::<Item>(br#"["a",3]"#).is_ok(),
            "serde takes it"
        );
        let err = decode_response::<CreateItem>(200, JSON, br#"["a",3]"#).unwrap_err();
        assert!(
            matches!(&err, Error::Decode { message, .. } if message.contains("sequence")),
            "{err:?}"
        );
    }

    #[test]
    fn a_text_body_under_a_json_media_type_reads_as_text() {
        let pem = "-----BEGIN CERTIFICATE-----\nMIIF\n-----END CERTIFICATE-----\n";
        let text = decode_response::<CreatePem>(200, JSON, pem.as_bytes()).unwrap();
        assert_eq!(text, pem);
        // A JSON string still reads as JSON.
        let text = decode_response::<CreatePem>(200, JSON, br#""quoted""#).unwrap();
        assert_eq!(text, "quoted");
        // A type that is not text refuses it, as before.
        let err = decode_response::<CreateItem>(200, JSON, pem.as_bytes()).unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    }

    #[test]
    fn error_bodies_read_as_api_errors_or_http() {
        let err = decode_response::<CreateItem>(404, None, br#"{"error":404,"errorCode":"NOPE"}"#)
            .unwrap_err();
        assert_eq!(err.api_error().map(|e| e.error_code.as_str()), Some("NOPE"));
        let err = decode_response::<CreateItem>(502, None, b"<html>").unwrap_err();
        assert!(matches!(err, Error::Http { status: 502, .. }), "{err:?}");
    }
}
