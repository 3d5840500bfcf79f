//! Running one operation version: the typed code the operation index reaches for it (found by a
//! visit), the parameters and body read into its types, then a dry run, a call, or every page.

use std::future::Future;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::pin::Pin;

use atlas_admin_api::__visit_operations;
use atlas_cli_common::output::{self, escape_controls, Format};
use atlas_cli_common::setup::{warn_deprecation, Failure};
use atlas_cli_common::{out, outln};
use atlas_client_runtime::__codegen::{OperationVisitor, Paginated};
use atlas_client_runtime::error::ErrorBody;
use atlas_client_runtime::operation::{NoBody, Operation, OperationDescriptor};
use atlas_client_runtime::validation::{Location, Violation};
use atlas_client_runtime::{read_response, Client};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::catalog::Op;
use crate::command::flag_of;

/// What a command asks for, read from its flags.
pub struct Call<'a> {
    /// The operation.
    pub op: &'a Op,
    /// Parameters by wire name.
    pub params: Value,
    /// The body, when one was given.
    pub body: Option<Value>,
    /// Output format.
    pub format: Format,
    /// `--outputFile`.
    pub output_file: Option<PathBuf>,
}

type Done<'a> = Pin<Box<dyn Future<Output = Result<(), Failure>> + 'a>>;
/// Sends a call: its answer printed, or its failure.
pub type Runner = for<'a> fn(&'a Client, &'a Call<'a>) -> Done<'a>;
/// Builds a call's request without sending it.
pub type DryRunner = fn(&Client, &Call<'_>) -> Result<DryRun, Failure>;

/// The typed code of one operation version.
#[derive(Default)]
pub struct Runners {
    /// Builds the request.
    pub dry: Option<DryRunner>,
    /// Sends it and prints the answer.
    pub send: Option<Runner>,
    /// Streams every item of every page.
    pub all: Option<Runner>,
}

/// The typed code of the operation version `d` describes.
pub fn runners(d: &'static OperationDescriptor) -> Runners {
    let mut f = Find {
        wanted: d,
        found: Runners::default(),
    };
    __visit_operations(&mut f);
    f.found
}

struct Find {
    wanted: &'static OperationDescriptor,
    found: Runners,
}

impl Find {
    /// One version of one operation: its `operationId` and its media type (a version's CSV
    /// beside its JSON has its own).
    fn is_wanted(&self, d: &OperationDescriptor) -> bool {
        d.operation_id == self.wanted.operation_id && d.accept == self.wanted.accept
    }
}

impl OperationVisitor for Find {
    fn visit<O>(&mut self)
    where
        O: Operation + 'static,
        O::Params: DeserializeOwned,
        O::Request: DeserializeOwned,
        O::Error: ErrorBody,
    {
        if self.is_wanted(O::DESCRIPTOR) {
            self.found.dry = Some(dry::<O>);
            self.found.send = Some(|c, call| Box::pin(send::<O>(c, call)));
        }
    }

    fn visit_paginated<O>(&mut self)
    where
        O: Paginated<Request = NoBody> + 'static,
        O::Params: DeserializeOwned + Clone + Send + Sync,
        O::Error: ErrorBody,
        O::Response: Send,
        O::Item: serde::Serialize + Send + 'static,
    {
        if self.is_wanted(O::DESCRIPTOR) {
            self.found.all = Some(|c, call| Box::pin(all::<O>(c, call)));
        }
    }
}

/// The parameters and body read into the operation's types; a usage error naming the flag or
/// the body's field when one does not fit.
fn typed<O: Operation>(call: &Call<'_>) -> Result<(O::Params, O::Request), Failure>
where
    O::Params: DeserializeOwned,
    O::Request: DeserializeOwned,
{
    let params = serde_path_to_error::deserialize::<_, O::Params>(&call.params).map_err(|e| {
        let wire = e.path().iter().next().map(|s| s.to_string());
        let at = wire.map_or_else(String::new, |w| format!("--{}: ", flag_of(call.op, &w)));
        Failure::usage(format!(
            "{at}{}; nothing was sent",
            escape_controls(&e.inner().to_string())
        ))
    })?;
    let d = O::DESCRIPTOR;
    let body = match (&call.body, d.content_type) {
        (Some(b), Some(_)) => b.clone(),
        (Some(_), None) => {
            return Err(Failure::usage(format!(
                "{} takes no request body; nothing was sent",
                call.op.name()
            )))
        }
        (None, Some(_)) if d.request_body_required => {
            return Err(Failure::usage(format!(
                "{} needs a request body: --file PATH, or JSON on stdin; nothing was sent",
                call.op.name()
            )))
        }
        (None, Some(_)) => Value::Object(serde_json::Map::new()),
        (None, None) => Value::Null,
    };
    let body = serde_path_to_error::deserialize::<_, O::Request>(&body).map_err(|e| {
        Failure::usage(format!(
            "the request body at {}: {}; nothing was sent",
            pointer(&e.path().to_string()),
            escape_controls(&e.inner().to_string())
        ))
    })?;
    Ok((params, body))
}

/// `serde_path_to_error`'s `a.b[0]` as a JSON pointer `/a/b/0`.
fn pointer(path: &str) -> String {
    if path == "." {
        return "/".to_owned();
    }
    let mut out = String::new();
    for part in path.split('.') {
        for piece in part.split('[') {
            let piece = piece.trim_end_matches(']');
            if !piece.is_empty() {
                out.push('/');
                out.push_str(&escape_controls(piece));
            }
        }
    }
    out
}

/// A violation's line: the flag or the body field it is about, and what is wrong.
fn violation_line(op: &Op, v: &Violation) -> String {
    let kind = escape_controls(&v.kind.to_string()).into_owned();
    match v.location {
        Location::Body => format!("body {}: {kind}", escape_controls(&v.path)),
        _ => format!("--{}: {kind}", escape_controls(&flag_of(op, &v.path))),
    }
}

/// A message of several lines: `head`, then each line indented under it.
pub(crate) fn listed<S: AsRef<str>>(head: &str, lines: &[S]) -> String {
    let mut message = head.to_owned();
    for line in lines {
        message.push_str("\n  ");
        message.push_str(line.as_ref());
    }
    message
}

/// What a dry run shows: the request, and what it breaks of its schemas.
pub struct DryRun {
    /// The method and URL, the headers (secrets named, never written) and the body.
    pub request: String,
    /// Each violation, as its flag or body field and what is wrong.
    pub violations: Vec<String>,
}

impl DryRun {
    /// Prints the request, and fails as a refused call when it breaks its schemas.
    pub fn print(&self) -> Result<(), Failure> {
        out!("{}", self.request);
        if self.violations.is_empty() {
            return Ok(());
        }
        Err(Failure {
            code: 2,
            message: listed(
                "the request breaks its schema; it would be refused, and was not sent:",
                &self.violations,
            ),
        })
    }
}

fn dry<O>(client: &Client, call: &Call<'_>) -> Result<DryRun, Failure>
where
    O: Operation,
    O::Params: DeserializeOwned,
    O::Request: DeserializeOwned,
{
    let (params, body) = typed::<O>(call)?;
    let r = client.dry_run::<O>(&params, &body)?;
    let mut request = format!("{} {}\n", r.method, r.url);
    for (name, value) in &r.headers {
        request.push_str(&format!(
            "{}: {}\n",
            escape_controls(name),
            escape_controls(value)
        ));
    }
    if let Some(b) = &r.body {
        let pretty = serde_json::from_slice::<Value>(b)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| escape_controls(&String::from_utf8_lossy(b)).into_owned());
        request.push_str(&format!("\n{pretty}\n"));
    }
    let violations = r
        .violations
        .iter()
        .map(|v| violation_line(call.op, v))
        .collect();
    Ok(DryRun {
        request,
        violations,
    })
}

/// A validation error, its violations named by flag or body field.
fn refused(op: &Op, e: atlas_client_runtime::Error) -> Failure {
    match &e {
        atlas_client_runtime::Error::Validation(v) => {
            let lines: Vec<String> = v.violations.iter().map(|x| violation_line(op, x)).collect();
            Failure {
                code: 2,
                message: listed("invalid request; nothing was sent:", &lines),
            }
        }
        _ => Failure::from(e),
    }
}

async fn send<O>(client: &Client, call: &Call<'_>) -> Result<(), Failure>
where
    O: Operation,
    O::Params: DeserializeOwned,
    O::Request: DeserializeOwned,
    O::Error: ErrorBody,
{
    let (params, body) = typed::<O>(call)?;
    let d = O::DESCRIPTOR;
    let binary = !d.accept.contains("json");
    if binary && call.output_file.is_none() && std::io::stdout().is_terminal() {
        return Err(Failure::usage(format!(
            "{} answers {} (not text for a terminal): pass --outputFile PATH, or redirect stdout; nothing was sent",
            call.op.name(),
            escape_controls(d.accept)
        )));
    }
    let r = client
        .execute_stream::<O>(&params, &body)
        .await
        .map_err(|e| refused(call.op, e))?;
    warn_deprecation(&r.meta);
    if binary || call.output_file.is_some() {
        return save(r, call.output_file.as_deref()).await;
    }
    let meta = r.meta.clone();
    let mut bytes = Vec::new();
    let mut stream = r.body;
    while let Some(chunk) = stream.next().await {
        bytes.extend_from_slice(&chunk?);
    }
    // Checked against the spec; printed as Atlas sent it, whatever the check says.
    let checked = read_response::<O>(meta.status, meta.content_type.as_deref(), &bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return checked.map(|_| ()).map_err(Failure::from);
    }
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(v) => crate::print::value(call.format, &v)?,
        Err(_) => outln!("{}", escape_controls(&String::from_utf8_lossy(&bytes))),
    }
    match checked {
        Ok(read) if !read.meta.unknown_fields.is_empty() => {
            let fields: Vec<String> = read
                .meta
                .unknown_fields
                .iter()
                .map(|f| escape_controls(f).into_owned())
                .collect();
            output::warn(&format!(
                "Atlas sent members the spec does not declare (printed as sent): {}",
                fields.join(", ")
            ));
            Ok(())
        }
        Ok(_) => Ok(()),
        Err(e) => Err(Failure {
            code: 4,
            message: format!(
                "the answer (printed as sent) does not match the spec: {}",
                escape_controls(&e.to_string())
            ),
        }),
    }
}

/// Writes a body as it comes to `path`, or to stdout, with a progress bar on a terminal.
async fn save(
    r: atlas_client_runtime::Response<atlas_client_runtime::ByteStream>,
    path: Option<&std::path::Path>,
) -> Result<(), Failure> {
    let write_failed = |e: std::io::Error| Failure {
        code: 3,
        message: format!("cannot write the answer: {e}"),
    };
    let mut sink: Box<dyn Write> = match path {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).map_err(
            |e| Failure {
                code: 3,
                message: format!(
                    "cannot create {}: {e}",
                    escape_controls(&p.display().to_string())
                ),
            },
        )?)),
        None => Box::new(std::io::stdout().lock()),
    };
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {bytes} ({bytes_per_sec})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b
    });
    let mut total = 0u64;
    let mut stream = r.body;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        sink.write_all(&chunk).map_err(write_failed)?;
        total += chunk.len() as u64;
        if let Some(b) = &bar {
            b.set_position(total);
        }
    }
    sink.flush().map_err(write_failed)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if let Some(p) = path {
        eprintln!(
            "wrote {total} bytes to {}",
            escape_controls(&p.display().to_string())
        );
    }
    Ok(())
}

async fn all<O>(client: &Client, call: &Call<'_>) -> Result<(), Failure>
where
    O: Paginated<Request = NoBody> + 'static,
    O::Params: DeserializeOwned + Clone + Send + Sync,
    O::Error: ErrorBody,
    O::Response: Send,
    O::Item: serde::Serialize + Send + 'static,
{
    let (params, _) = typed::<O>(call)?;
    let mut items = std::pin::pin!(client.paginate::<O>(params));
    while let Some(item) = items.next().await {
        let item = item.map_err(|e| refused(call.op, e))?;
        let line = serde_json::to_string(&item).map_err(|e| Failure {
            code: 4,
            message: format!("cannot render an item: {e}"),
        })?;
        out!("{line}\n");
    }
    Ok(())
}
