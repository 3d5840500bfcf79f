//! One operation's command line: its clap command (built only for the operation asked for), and
//! the flags read back into the JSON object of parameters by wire name that the operation's
//! `Params` deserializes.

use atlas_cli_common::output::escape_controls;
use atlas_cli_common::setup::{Failure, Global, EXIT_CODES};
use atlas_client_runtime::catalog::{ParameterInfo, ValueKind};
use atlas_client_runtime::operation::ParameterLocation;
use clap::{Arg, ArgAction, ArgMatches, Args, Command};
use serde_json::{Map, Value};

use crate::catalog::Op;

/// Flags of this program's own: a parameter of the same name is given as `--param-<name>`.
const RESERVED: [&str; 19] = [
    "version",
    "file",
    "output",
    "outputFile",
    "output-file",
    "all",
    "dry-run",
    "debug",
    "help",
    "profile",
    "base-url",
    "no-token-cache",
    "allow-insecure-http",
    "private-api-key-file",
    "client-secret-file",
    "param-version",
    "param-file",
    "param-output",
    "param-all",
];

/// The flag of each settable parameter, in the operation's order: its wire name where that is a
/// usable flag no other flag has, else a name made unique.
pub fn flags(op: &Op) -> Vec<(String, &'static ParameterInfo)> {
    let mut taken: Vec<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
    let mut out = Vec::new();
    for p in op.info.parameters {
        // Letters, digits, `-`, `_` and `.` only, starting with a letter: never a terminal control
        // or another flag's syntax.
        let mut base: String = p
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
            base = format!("param-{base}");
        }
        let mut flag = base.clone();
        if taken.contains(&flag) {
            flag = format!("param-{base}");
        }
        let mut n = 2;
        while taken.contains(&flag) {
            flag = format!("param-{base}-{n}");
            n += 1;
        }
        taken.push(flag.clone());
        out.push((flag, p));
    }
    out
}

/// Whether the profile or the environment may give this parameter's value.
fn defaulted(p: &ParameterInfo) -> bool {
    p.location == ParameterLocation::Path && matches!(p.name, "groupId" | "orgId")
}

fn param_help(p: &ParameterInfo) -> String {
    let mut h = atlas_cli_common::output::escape_lines(p.description.trim()).into_owned();
    let mut facts = vec![format!(
        "{}{}",
        p.kind.as_str(),
        if p.repeated { ", repeatable" } else { "" }
    )];
    if p.required {
        facts.push(if defaulted(p) {
            let from = if p.name == "groupId" {
                "MONGODB_ATLAS_PROJECT_ID or the profile's project_id"
            } else {
                "MONGODB_ATLAS_ORG_ID or the profile's org_id"
            };
            format!("required; default: {from}")
        } else {
            "required".to_owned()
        });
    }
    if !p.allowed.is_empty() {
        let values: Vec<String> = p
            .allowed
            .iter()
            .map(|v| escape_controls(v).into_owned())
            .collect();
        facts.push(format!("values: {}", values.join(", ")));
    }
    if let Some(d) = p.default {
        facts.push(format!("default: {}", escape_controls(d)));
    }
    if !h.is_empty() {
        h.push(' ');
    }
    h.push_str(&format!("[{}]", facts.join("; ")));
    h
}

/// The operation's command: its parameters' flags, the global flags and this program's own.
pub fn command(op: &Op) -> Command {
    let info = op.info;
    let mut cmd = Global::augment_args(Command::new(op.name()))
        .bin_name(format!("atlas-api {} {}", op.tag, op.name()))
        .disable_version_flag(true)
        .about(escape_controls(info.summary.trim()).into_owned())
        .long_about(long_about(op))
        .after_help(after_help(op))
        .after_long_help(after_help(op))
        .max_term_width(100);
    for (flag, p) in flags(op) {
        let mut arg = Arg::new(flag.clone())
            .long(flag)
            .help(param_help(p))
            .help_heading("Parameters");
        arg = match (p.kind, p.repeated) {
            (ValueKind::Boolean, false) => arg
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("true")
                .value_name("true|false")
                .action(ArgAction::Set),
            (kind, true) => arg.value_name(kind_name(kind)).action(ArgAction::Append),
            (kind, false) => arg.value_name(kind_name(kind)).action(ArgAction::Set),
        };
        if p.required && !defaulted(p) {
            arg = arg.required(true);
        }
        cmd = cmd.arg(arg);
    }
    let labels = op.version_labels().join(", ");
    let paginated = op.versions.iter().any(|v| v.paginated);
    let has_body = op
        .versions
        .iter()
        .any(|v| v.descriptor.content_type.is_some());
    cmd = cmd.arg(
        Arg::new("version")
            .long("version")
            .value_name("DATE|preview")
            .help(format!(
                "The API version [default: the newest stable] [versions: {labels}]"
            )),
    );
    if has_body {
        cmd = cmd.arg(
            Arg::new("file")
                .long("file")
                .value_name("PATH")
                .help("The request body (JSON); without it, stdin when it is not a terminal"),
        );
    }
    cmd = cmd
        .arg(
            Arg::new("outputFile")
                .long("outputFile")
                .visible_alias("output-file")
                .value_name("PATH")
                .help("Write the answer's body to this file (a binary answer is never written to a terminal)"),
        )
        .arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("Print the request (method, URL, headers with secrets redacted, body) and send nothing"),
        )
        .arg(
            Arg::new("debug")
                .long("debug")
                .action(ArgAction::SetTrue)
                .help("Show each request and answer (method, URL, status, attempt, time) on stderr"),
        );
    if paginated {
        cmd = cmd.arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help("Fetch every page and print every item as JSON Lines, one item per line"),
        );
    }
    cmd
}

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::String => "string",
        ValueKind::Integer => "integer",
        ValueKind::Number => "number",
        ValueKind::Boolean => "true|false",
        ValueKind::Object => "json",
    }
}

fn long_about(op: &Op) -> String {
    let info = op.info;
    let mut s = escape_controls(info.summary.trim()).into_owned();
    let description = info.description.trim();
    if !description.is_empty() {
        s.push_str("\n\n");
        s.push_str(&atlas_cli_common::output::escape_lines(description));
    }
    if info.deprecated {
        s.push_str("\n\nDeprecated by the spec.");
    }
    s
}

fn after_help(op: &Op) -> String {
    let mut s = String::new();
    if let Some(v) = op.versions.first() {
        s.push_str(&format!(
            "{} {}\n\nVersions:\n",
            v.descriptor.method.as_str(),
            escape_controls(v.descriptor.path)
        ));
    }
    let default = op.version(None).ok().map(|v| v.descriptor.accept);
    for v in &op.versions {
        let d = v.descriptor;
        s.push_str(&format!("  {}", escape_controls(d.accept)));
        if let Some(sunset) = d.sunset {
            s.push_str(&format!(" (sunset {})", escape_controls(sunset)));
        }
        if Some(d.accept) == default {
            s.push_str(" (default)");
        }
        s.push('\n');
    }
    if let Some(url) = op.info.docs_url {
        s.push_str(&format!("\nDocs: {}\n", escape_controls(url)));
    }
    s.push('\n');
    s.push_str(EXIT_CODES);
    s
}

/// The parameters the flags give, as a JSON object by wire name; `groupId` and `orgId` default
/// to the project and organisation the environment or the profile names. Beside them, each
/// value that is not one of its parameter's `enum` (a check of this program's: such a
/// parameter's generated type is a `String`).
pub fn params(
    op: &Op,
    m: &ArgMatches,
    project_id: Option<&str>,
    org_id: Option<&str>,
) -> Result<(Map<String, Value>, Vec<String>), Failure> {
    let mut out = Map::new();
    let mut outside = Vec::new();
    for (flag, p) in flags(op) {
        let values: Vec<&String> = m
            .get_many::<String>(&flag)
            .map(Iterator::collect)
            .unwrap_or_default();
        if values.is_empty() {
            let default = match p.name {
                "groupId" if defaulted(p) => project_id,
                "orgId" if defaulted(p) => org_id,
                _ => None,
            };
            match default {
                Some(v) => {
                    out.insert(p.name.to_owned(), Value::String(v.to_owned()));
                }
                None if p.required => {
                    return Err(Failure::usage(format!(
                        "--{flag} is required (see --help); nothing was sent"
                    )))
                }
                None => {}
            }
            continue;
        }
        if !p.allowed.is_empty() {
            for v in values.iter().filter(|v| !p.allowed.contains(&v.as_str())) {
                outside.push(format!(
                    "--{flag}: {:?} is not one of {}",
                    escape_controls(v),
                    p.allowed
                        .iter()
                        .map(|a| escape_controls(a))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        let read = |s: &String| value(&flag, p.kind, s);
        let v = if p.repeated {
            Value::Array(values.into_iter().map(read).collect::<Result<_, _>>()?)
        } else {
            read(values[values.len() - 1])?
        };
        out.insert(p.name.to_owned(), v);
    }
    Ok((out, outside))
}

/// A flag's text as a JSON value of its kind; a usage error naming the flag when it is not one.
fn value(flag: &str, kind: ValueKind, text: &str) -> Result<Value, Failure> {
    let bad = |what: &str| {
        Failure::usage(format!(
            "--{flag}: {:?} is not {what}; nothing was sent",
            escape_controls(text)
        ))
    };
    match kind {
        ValueKind::String => Ok(Value::String(text.to_owned())),
        ValueKind::Integer => text
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| bad("an integer")),
        ValueKind::Number => match text.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Value::from(n)),
            _ => Err(bad("a number")),
        },
        ValueKind::Boolean => match text {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(bad("true or false")),
        },
        ValueKind::Object => match serde_json::from_str::<Value>(text) {
            Ok(v @ Value::Object(_)) => Ok(v),
            _ => Err(bad("a JSON object")),
        },
    }
}

/// The flag that sets the parameter named `wire`, for messages.
pub fn flag_of(op: &Op, wire: &str) -> String {
    flags(op)
        .into_iter()
        .find(|(_, p)| p.name == wire)
        .map_or_else(|| wire.to_owned(), |(f, _)| f)
}
