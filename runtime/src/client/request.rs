//! What a call sends: its URL (the path template filled in, the query appended), its header
//! parameters, and its body, checked before anything is sent.

use reqwest::header::{HeaderName, HeaderValue};
use url::Url;

use super::builder::own_http_builder;
use super::Client;
use crate::error::Error;
use crate::operation::{Operation, OperationDescriptor, Params};
use crate::validation::{Location, Validate, ValidationError, Violation, ViolationKind};

impl Client {
    pub(super) fn url(&self, d: &OperationDescriptor, params: &impl Params) -> Result<Url, Error> {
        let values = params.path_values();
        // Checked here, whatever the spec's patterns say: such a value would call another path.
        let unusable: Vec<Violation> = values
            .iter()
            .filter(|(_, v)| matches!(v.as_ref(), "" | "." | ".."))
            .map(|(name, _)| Violation {
                location: Location::Path,
                path: (*name).to_owned(),
                kind: ViolationKind::NotAPathSegment,
            })
            .collect();
        if !unusable.is_empty() {
            return Err(Error::Validation(ValidationError {
                violations: unusable,
            }));
        }
        let prefix = self.inner.base.path().trim_end_matches('/');
        let mut path = String::with_capacity(prefix.len() + d.path.len() + 64);
        path.push_str(prefix);
        // One pass over the template: each `{name}` is replaced by its percent-encoded value.
        let mut rest = d.path;
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                path.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let name = &after[..close];
            match values.iter().find(|(n, _)| *n == name) {
                // Atlas ids are unreserved characters only: copied as they are.
                Some((_, value)) if value.bytes().all(is_unreserved) => path.push_str(value),
                Some((_, value)) => {
                    path.extend(percent_encoding::utf8_percent_encode(value, SEGMENT));
                }
                None => path.push_str(&rest[open..open + close + 2]),
            }
            rest = &after[close + 1..];
        }
        path.push_str(rest);
        // Joining an absolute path keeps the base's scheme and host as they are (no re-parse),
        // and builds the URL in one buffer. A path starting with `//` (a base path like `//x`)
        // would read as a host, so it is set as a path instead.
        let mut url = if path.starts_with("//") {
            let mut url = self.inner.base.clone();
            url.set_path(&path);
            url
        } else {
            self.inner.base.join(&path).map_err(|e| Error::Config {
                message: format!("cannot build a URL from {path:?}: {e}"),
            })?
        };
        let query = params.query_values();
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query {
                pairs.append_pair(k, &v);
            }
        }
        Ok(url)
    }

    /// The client's `User-Agent`, followed by `product` when the operation names its crate.
    pub(super) fn user_agent_for(&self, product: Option<&'static str>) -> HeaderValue {
        let own = &self.inner.user_agent;
        let Some(product) = product else {
            return own.clone();
        };
        let mut joined = Vec::with_capacity(own.len() + 1 + product.len());
        joined.extend_from_slice(own.as_bytes());
        joined.push(b' ');
        joined.extend_from_slice(product.as_bytes());
        // A product that is no header value (it comes from a crate's name and version, which
        // are) leaves the client's own.
        HeaderValue::from_bytes(&joined).unwrap_or_else(|_| own.clone())
    }

    /// The HTTP client to send with: the caller's, or the client's own, built at the first
    /// request with the connect and request timeouts and no redirects. Built this late, a client
    /// that only dry-runs (or is never used) reads no TLS roots.
    ///
    /// # Errors
    /// [`Error::Config`] when the client's own cannot be built (its TLS setup failed).
    pub(super) fn http(&self) -> Result<&reqwest::Client, Error> {
        let inner = &self.inner;
        if let Some(http) = inner.http.get() {
            return Ok(http);
        }
        let built = own_http_builder(inner.connect_timeout)
            .timeout(inner.request_timeout)
            .build()
            .map_err(|e| Error::Config {
                message: format!("cannot build the HTTP client: {e}"),
            })?;
        // Two first calls at once may both build one; the first stored is kept.
        Ok(inner.http.get_or_init(|| built))
    }

    /// Checks the parameters and body, and builds the URL, the header parameters and the body
    /// bytes.
    pub(super) fn prepare<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<Prepared, Error> {
        let d = O::DESCRIPTOR;
        let (violations, headers) = checked::<O>(params, body);
        if !violations.is_empty() {
            return Err(Error::Validation(crate::validation::ValidationError {
                violations,
            }));
        }
        let url = self.url(d, params)?;
        let body = body_bytes::<O>(body)?;
        Ok(Prepared {
            http: self.http()?.clone(),
            url,
            body,
            headers,
            attempt_timeout: None,
            deadline: None,
            max_attempts: self.inner.retry.max_attempts,
            user_agent: self.user_agent_for(O::PRODUCT),
        })
    }
}

/// What the parameters and the body (when the operation sends one) break of their schemas, and
/// the header parameters to send (an unsendable one is a violation instead): the checks a call
/// and a dry run share.
pub(super) fn checked<O: Operation>(
    params: &O::Params,
    body: &O::Request,
) -> (Vec<Violation>, Vec<(HeaderName, HeaderValue)>) {
    let mut violations = Vec::new();
    params.collect_violations("", &mut violations);
    if O::DESCRIPTOR.content_type.is_some() {
        body.collect_violations("", &mut violations);
    }
    let headers = header_params(params, &mut violations);
    (violations, headers)
}

/// The body's bytes, when the operation sends one.
pub(super) fn body_bytes<O: Operation>(body: &O::Request) -> Result<Option<Vec<u8>>, Error> {
    match O::DESCRIPTOR.content_type {
        Some(_) => serde_json::to_vec(body)
            .map(Some)
            .map_err(|e| Error::Config {
                message: format!("the request body does not serialize: {e}"),
            }),
        None => Ok(None),
    }
}

/// What a call sends on every attempt, and how long and how often it tries.
pub(super) struct Prepared {
    /// The HTTP client the call sends with ([`Client::http`]).
    pub(super) http: reqwest::Client,
    pub(super) url: Url,
    pub(super) body: Option<Vec<u8>>,
    /// The header parameters, then the call's own headers ([`Call::header`](super::Call::header)).
    pub(super) headers: Vec<(HeaderName, HeaderValue)>,
    /// The bound on each attempt, when the call sets one instead of the client's request timeout.
    pub(super) attempt_timeout: Option<std::time::Duration>,
    /// The bound on the whole call, its retries and waits included, when it has one.
    pub(super) deadline: Option<std::time::Duration>,
    /// The most attempts the call (and a token request made for it) makes.
    pub(super) max_attempts: u32,
    /// The `User-Agent`: the client's, then the operation's crate ([`Operation::PRODUCT`]).
    pub(super) user_agent: HeaderValue,
}

/// Headers the client sets itself, which a header parameter may not replace.
const CLIENT_HEADERS: [HeaderName; 4] = [
    reqwest::header::ACCEPT,
    reqwest::header::CONTENT_TYPE,
    reqwest::header::AUTHORIZATION,
    reqwest::header::USER_AGENT,
];

/// The header parameters to send on every attempt. A name that is not a header name or is one
/// of [`CLIENT_HEADERS`], and a value that is not visible ASCII, spaces and tabs (a line break,
/// a control or non-ASCII character), is a violation instead.
fn header_params(
    params: &impl Params,
    violations: &mut Vec<Violation>,
) -> Vec<(HeaderName, HeaderValue)> {
    let mut out = Vec::new();
    for (name, value) in params.header_values() {
        match sendable_header(name, &value) {
            Ok(header) => out.push(header),
            Err(violation) => violations.push(violation),
        }
    }
    out
}

/// A header a call may send, or the violation it is: a name that is not a header name or is one
/// of [`CLIENT_HEADERS`] ([`ViolationKind::NotASendableHeader`]), or a value that is not visible
/// ASCII, spaces and tabs ([`ViolationKind::NotAHeaderValue`]).
pub(super) fn sendable_header(
    name: &str,
    value: &str,
) -> Result<(HeaderName, HeaderValue), Violation> {
    let kind = match HeaderName::from_bytes(name.as_bytes()) {
        Ok(h) if CLIENT_HEADERS.contains(&h) => ViolationKind::NotASendableHeader,
        Err(_) => ViolationKind::NotASendableHeader,
        Ok(h) => match HeaderValue::from_str(value) {
            Ok(v) if is_header_text(value) => return Ok((h, v)),
            _ => ViolationKind::NotAHeaderValue,
        },
    };
    Err(Violation {
        location: Location::Header,
        path: name.to_owned(),
        kind,
    })
}

/// Visible ASCII, spaces and tabs. `HeaderValue` takes bytes above 0x7f too, which servers read
/// each their own way, so a header parameter is held to this.
fn is_header_text(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}

/// An RFC 3986 unreserved character: the only ones a path segment keeps unescaped.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use std::borrow::Cow;

    use super::*;
    use crate::operation::{Method, ResponseDescriptor};

    struct Given {
        path: Vec<(&'static str, &'static str)>,
        query: Vec<(&'static str, String)>,
    }

    impl Validate for Given {
        fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
    }

    impl Params for Given {
        fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> {
            self.path
                .iter()
                .map(|(n, v)| (*n, Cow::Borrowed(*v)))
                .collect()
        }
        fn query_values(&self) -> Vec<(&'static str, String)> {
            self.query.clone()
        }
    }

    fn descriptor(path: &'static str) -> OperationDescriptor {
        OperationDescriptor {
            operation_id: "op",
            operation_id_override: None,
            method: Method::Get,
            path,
            version: None,
            accept: "application/json",
            content_type: None,
            request_body_required: false,
            success_status: 200,
            sunset: None,
            required_roles: &[],
            parameters: &[],
            responses: &[],
        }
    }

    fn url_of(base: &str, path: &'static str, params: &Given) -> String {
        let client = Client::builder().base_url(base).build().unwrap();
        client.url(&descriptor(path), params).unwrap().to_string()
    }

    #[test]
    fn path_values_are_substituted_under_the_base_path_and_escaped() {
        let params = Given {
            path: vec![
                ("groupId", "32b6e34b3d91647abb20e7b8"),
                ("id", "a b/c?d#e%.~"),
            ],
            query: vec![],
        };
        let template = "/api/atlas/v2/groups/{groupId}/x/{id}";
        assert_eq!(
            url_of("http://127.0.0.1:1", template, &params),
            "http://127.0.0.1:1/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/x/a%20b%2Fc%3Fd%23e%25.~"
        );
        // A base with a path keeps it, with or without a trailing slash.
        for base in ["http://127.0.0.1:1/proxy", "http://127.0.0.1:1/proxy/"] {
            assert_eq!(
                url_of(base, template, &params),
                "http://127.0.0.1:1/proxy/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/x/a%20b%2Fc%3Fd%23e%25.~"
            );
        }
    }

    #[test]
    fn a_base_path_starting_with_two_slashes_stays_a_path() {
        let params = Given {
            path: vec![("a", "1")],
            query: vec![],
        };
        assert_eq!(
            url_of("http://127.0.0.1:1//x", "/y/{a}", &params),
            "http://127.0.0.1:1//x/y/1"
        );
    }

    #[test]
    fn an_empty_or_dot_segment_is_refused_before_sending() {
        let client = Client::builder()
            .base_url("http://127.0.0.1:1")
            .build()
            .unwrap();
        for bad in ["", ".", ".."] {
            let params = Given {
                path: vec![("groupId", "32b6e34b3d91647abb20e7b8"), ("id", bad)],
                query: vec![],
            };
            match client.url(&descriptor("/g/{groupId}/x/{id}"), &params) {
                Err(Error::Validation(e)) => {
                    assert_eq!(e.violations.len(), 1);
                    assert_eq!(e.violations[0].location, Location::Path);
                    assert_eq!(e.violations[0].path, "id");
                    assert_eq!(e.violations[0].kind, ViolationKind::NotAPathSegment);
                }
                other => panic!("{bad:?} gave {other:?}"),
            }
        }
    }

    struct Headers(Vec<(&'static str, String)>);

    impl Validate for Headers {
        fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
    }

    impl Params for Headers {
        fn path_values(&self) -> Vec<(&'static str, Cow<'_, str>)> {
            Vec::new()
        }
        fn query_values(&self) -> Vec<(&'static str, String)> {
            Vec::new()
        }
        fn header_values(&self) -> Vec<(&'static str, String)> {
            self.0.clone()
        }
    }

    #[test]
    fn header_parameters_never_replace_the_clients_headers() {
        let given = Headers(vec![
            ("Use-Effective-Instance-Fields", "true".to_owned()),
            ("authorization", "Bearer x".to_owned()),
            ("Accept", "*/*".to_owned()),
            ("Content-Type", "text/plain".to_owned()),
            ("User-Agent", "other".to_owned()),
            ("Not A Name", "1".to_owned()),
            ("X-Tab", "a\tb".to_owned()),
            ("X-Break", "a\r\nb".to_owned()),
        ]);
        let mut violations = Vec::new();
        let sent = header_params(&given, &mut violations);
        let sent: Vec<(&str, &str)> = sent
            .iter()
            .map(|(n, v)| (n.as_str(), v.to_str().unwrap()))
            .collect();
        assert_eq!(
            sent,
            [("use-effective-instance-fields", "true"), ("x-tab", "a\tb")]
        );
        let refused: Vec<(&str, &ViolationKind)> = violations
            .iter()
            .map(|v| {
                assert_eq!(v.location, Location::Header);
                (v.path.as_str(), &v.kind)
            })
            .collect();
        let name = &ViolationKind::NotASendableHeader;
        assert_eq!(
            refused,
            [
                ("authorization", name),
                ("Accept", name),
                ("Content-Type", name),
                ("User-Agent", name),
                ("Not A Name", name),
                ("X-Break", &ViolationKind::NotAHeaderValue),
            ]
        );
    }

    #[test]
    fn an_unknown_or_unclosed_placeholder_is_kept_as_text() {
        let params = Given {
            path: vec![("a", "1")],
            query: vec![],
        };
        assert_eq!(
            url_of("http://127.0.0.1:1", "/x/{a}/{b}/y", &params),
            "http://127.0.0.1:1/x/1/%7Bb%7D/y"
        );
        assert_eq!(
            url_of("http://127.0.0.1:1", "/x/{a}/{b", &params),
            "http://127.0.0.1:1/x/1/%7Bb"
        );
    }

    #[test]
    fn query_values_are_appended_encoded() {
        let params = Given {
            path: vec![],
            query: vec![("pageNum", "2".into()), ("q", "a&b c".into())],
        };
        assert_eq!(
            url_of("http://127.0.0.1:1", "/list", &params),
            "http://127.0.0.1:1/list?pageNum=2&q=a%26b+c"
        );
    }

    #[test]
    fn a_status_finds_its_exact_response_then_its_range_then_default() {
        const fn resp(status: &'static str) -> ResponseDescriptor {
            ResponseDescriptor {
                status,
                description: "",
                media_type: None,
                body: None,
                headers: &[],
            }
        }
        const RESPONSES: &[ResponseDescriptor] =
            &[resp("200"), resp("4XX"), resp("404"), resp("default")];
        let d = OperationDescriptor {
            responses: RESPONSES,
            ..descriptor("/")
        };
        let found = |s| d.response(s).map(|r| r.status);
        assert_eq!(found(200), Some("200"));
        assert_eq!(found(404), Some("404"));
        assert_eq!(found(409), Some("4XX"));
        assert_eq!(found(201), Some("default"));
        assert_eq!(found(500), Some("default"));
        const LOWER: &[ResponseDescriptor] = &[resp("200"), resp("5xx")];
        let none = OperationDescriptor {
            responses: LOWER,
            ..descriptor("/")
        };
        assert_eq!(none.response(503).map(|r| r.status), Some("5xx"));
        assert_eq!(none.response(404), None);
    }
}
