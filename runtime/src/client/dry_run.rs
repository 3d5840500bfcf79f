//! What a call would send, shown without sending it: [`Client::dry_run`].

use reqwest::header::HeaderValue;
use url::Url;

use super::request::{body_bytes, checked};
use super::Client;
use crate::error::Error;
use crate::operation::Operation;
use crate::validation::Violation;

impl Client {
    /// Builds what a call of `O` would send, and sends nothing: no request, no token request. The
    /// parameters and body are checked as [`Client::execute`] checks them, but a value that breaks
    /// its schema is listed in [`DryRun::violations`] instead of refusing the call, so that the
    /// request can still be shown. The `Authorization` header is named, never written.
    ///
    /// # Errors
    /// [`Error::Validation`] when a path parameter is empty, `.` or `..` (no URL can be built),
    /// [`Error::Config`] when the body does not serialize.
    pub fn dry_run<O: Operation>(
        &self,
        params: &O::Params,
        body: &O::Request,
    ) -> Result<DryRun, Error> {
        let d = O::DESCRIPTOR;
        let (violations, header_values) = checked::<O>(params, body);
        let url = self.url(d, params)?;
        let text = |v: &HeaderValue| String::from_utf8_lossy(v.as_bytes()).into_owned();
        let mut headers = vec![
            ("Accept".to_owned(), d.accept.to_owned()),
            (
                "User-Agent".to_owned(),
                text(&self.user_agent_for(O::PRODUCT)),
            ),
        ];
        let body = body_bytes::<O>(body)?;
        if let Some(ct) = d.content_type {
            headers.push(("Content-Type".to_owned(), ct.to_owned()));
        }
        let auth = self.inner.auth.describe();
        if auth != "none" {
            headers.push((
                "Authorization".to_owned(),
                format!("<redacted: {auth} credentials>"),
            ));
        }
        headers.extend(
            header_values
                .iter()
                .map(|(n, v)| (n.as_str().to_owned(), text(v))),
        );
        Ok(DryRun {
            method: d.method.as_str(),
            url,
            headers,
            body,
            violations,
        })
    }
}

/// What a call would send: [`Client::dry_run`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DryRun {
    /// `GET`, `POST`, ...
    pub method: &'static str,
    /// The URL, query included.
    pub url: Url,
    /// The headers, in the order sent; `Authorization` is `<redacted: ... credentials>`.
    pub headers: Vec<(String, String)>,
    /// The body, when the operation has one.
    pub body: Option<Vec<u8>>,
    /// What the parameters and the body break of their schemas: a call would be refused
    /// ([`Error::Validation`]) naming these.
    pub violations: Vec<Violation>,
}
