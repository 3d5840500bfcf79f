//! The requests the mock received: [`Call`]s of registered operations, and [`Unmatched`]
//! requests that no registration answered.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use bytes::Bytes;
use serde::de::DeserializeOwned;

use crate::operation::Operation;

/// A request as the mock read it, once authorized.
#[derive(Debug)]
pub(crate) struct Received {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) path_params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    /// Header names in lower case, in the order sent.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Bytes,
}

impl Received {
    /// The request's parts: its path parameters read against `template`, its query decoded.
    pub(crate) fn read(
        parts: &hyper::http::request::Parts,
        template: &str,
        body: Bytes,
    ) -> Received {
        let path = parts.uri.path();
        Received {
            method: parts.method.as_str().to_owned(),
            path: path.to_owned(),
            path_params: path_params(template, path).unwrap_or_default(),
            query: parts
                .uri
                .query()
                .map(|q| {
                    url::form_urlencoded::parse(q.as_bytes())
                        .into_owned()
                        .collect()
                })
                .unwrap_or_default(),
            headers: parts
                .headers
                .iter()
                .map(|(name, value)| {
                    let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body,
        }
    }
}

/// The parameters of `path` named by `template`'s `{name}` placeholders, percent-decoded;
/// `None` when the path does not have the template's shape. A placeholder takes the part of its
/// segment between the template's literal text around it (`{logName}.gz`).
pub(crate) fn path_params(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let mut patterns = template.split('/');
    let mut segments = path.split('/');
    let mut params = Vec::new();
    loop {
        match (patterns.next(), segments.next()) {
            (None, None) => return Some(params),
            (Some(pattern), Some(segment)) => match placeholder(pattern) {
                Some((prefix, name, suffix)) => {
                    let value = segment
                        .strip_prefix(prefix)
                        .and_then(|v| v.strip_suffix(suffix))
                        .filter(|v| !v.is_empty())?;
                    let value = percent_encoding::percent_decode_str(value)
                        .decode_utf8_lossy()
                        .into_owned();
                    params.push((name.to_owned(), value));
                }
                None if pattern == segment => {}
                None => return None,
            },
            _ => return None,
        }
    }
}

/// The literal text before a template segment's `{name}`, the name, and the text after it.
fn placeholder(pattern: &str) -> Option<(&str, &str, &str)> {
    let (prefix, rest) = pattern.split_once('{')?;
    let (name, suffix) = rest.split_once('}')?;
    Some((prefix, name, suffix))
}

/// A call of operation `O` the mock answered: what the client sent, and the status it got.
pub struct Call<O> {
    pub(crate) received: Arc<Received>,
    pub(crate) status: u16,
    pub(crate) operation: PhantomData<fn() -> O>,
}

impl<O: Operation> Call<O> {
    /// The HTTP method (`GET`, `POST`, ...).
    pub fn method(&self) -> &str {
        &self.received.method
    }

    /// The path as sent, percent-encoded, without the query.
    pub fn path(&self) -> &str {
        &self.received.path
    }

    /// The path parameter `name` (as the operation's path template spells it, `groupId`),
    /// percent-decoded.
    pub fn path_param(&self, name: &str) -> Option<&str> {
        find(&self.received.path_params, name)
    }

    /// The first value of query parameter `name`, decoded.
    pub fn query(&self, name: &str) -> Option<&str> {
        find(&self.received.query, name)
    }

    /// Every value of query parameter `name`, in the order sent.
    pub fn query_all(&self, name: &str) -> Vec<&str> {
        self.received
            .query
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Every query parameter as a `(name, value)` pair, decoded, in the order sent.
    pub fn query_pairs(&self) -> &[(String, String)] {
        &self.received.query
    }

    /// The first value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.received
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The request body as sent.
    pub fn body(&self) -> &[u8] {
        &self.received.body
    }

    /// The request body as the operation's request type (an empty body reads as JSON `null`,
    /// which [`NoBody`](crate::operation::NoBody) accepts).
    pub fn request_body(&self) -> Result<O::Request, serde_json::Error>
    where
        O::Request: DeserializeOwned,
    {
        let body: &[u8] = match self.received.body.as_ref() {
            [] => b"null",
            body => body,
        };
        serde_json::from_slice(body)
    }

    /// The status the mock answered.
    pub fn status(&self) -> u16 {
        self.status
    }
}

fn find<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

impl<O> Clone for Call<O> {
    fn clone(&self) -> Self {
        Call {
            received: self.received.clone(),
            status: self.status,
            operation: PhantomData,
        }
    }
}

impl<O> fmt::Debug for Call<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.received;
        f.debug_struct("Call")
            .field("operation", &std::any::type_name::<O>())
            .field("method", &r.method)
            .field("path", &r.path)
            .field("query", &r.query)
            .field("status", &self.status)
            .field("body", &String::from_utf8_lossy(&r.body))
            .finish()
    }
}

/// A request no registered operation answered (the mock answered it `404`, or `406` when the
/// operation is registered at other versions only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) accept: Option<String>,
}

impl Unmatched {
    /// The HTTP method.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path, without the query.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The `Accept` header, which names the version asked for.
    pub fn accept(&self) -> Option<&str> {
        self.accept.as_deref()
    }
}

impl fmt::Display for Unmatched {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        match &self.accept {
            Some(accept) => write!(f, " (Accept: {accept})"),
            None => write!(f, " (no Accept header)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::path_params;

    #[test]
    fn path_parameters_are_read_against_the_template() {
        let params = path_params(
            "/api/groups/{groupId}/items/{id}",
            "/api/groups/g1/items/a%20b",
        );
        assert_eq!(
            params,
            Some(vec![
                ("groupId".to_owned(), "g1".to_owned()),
                ("id".to_owned(), "a b".to_owned())
            ])
        );
        assert_eq!(
            path_params("/logs/{logName}.gz", "/logs/mongod.gz"),
            Some(vec![("logName".to_owned(), "mongod".to_owned())])
        );
        assert_eq!(path_params("/logs/{logName}.gz", "/logs/mongod"), None);
        assert_eq!(path_params("/logs/{logName}.gz", "/logs/.gz"), None);
        assert_eq!(path_params("/api/groups/{groupId}", "/api/groups"), None);
        assert_eq!(path_params("/api/groups/{groupId}", "/api/groups/"), None);
        assert_eq!(path_params("/api/groups/{groupId}", "/api/teams/g1"), None);
    }
}
