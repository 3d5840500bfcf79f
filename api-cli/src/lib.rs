//! `atlas-api`: every Atlas Administration API operation from the command line, named as the
//! Atlas CLI's `atlas api` names them (`atlas-api <tag> <operationId> [flags]`), each request read
//! into the operation's generated types and checked before anything is sent.
//!
//! The binary is [`main`]; the modules are public for its tests.

pub mod catalog;
pub mod command;
pub mod exec;
pub mod print;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use atlas_cli_common::output::{escape_controls, escape_lines, Format};
use atlas_cli_common::profile;
use atlas_cli_common::setup::{self, Failure, Global, EXIT_CODES};
use clap::{ArgMatches, FromArgMatches};
use serde_json::Value;

use catalog::Op;

/// Global flags that take a value: skipped, with their value, when finding the tag and the
/// operation among the arguments.
const VALUED: [&str; 11] = [
    "-P",
    "--profile",
    "--base-url",
    "-o",
    "--output",
    "--private-api-key-file",
    "--client-secret-file",
    "--version",
    "--file",
    "--outputFile",
    "--output-file",
];

/// The positional arguments (the tag, the operation, or `completions` and a shell) and where
/// they are, skipping flags and the values of [`VALUED`] ones.
fn positionals(args: &[String]) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "--" {
            out.extend(
                args.iter()
                    .enumerate()
                    .skip(i + 1)
                    .map(|(j, s)| (j, s.as_str())),
            );
            break;
        }
        if a.starts_with('-') && a.len() > 1 {
            if VALUED.contains(&a) {
                i += 1;
            }
        } else {
            out.push((i, a));
        }
        i += 1;
        if out.len() == 2 {
            break;
        }
    }
    out
}

fn top_help(ops: &[Op]) -> String {
    let mut tags: Vec<(&str, usize)> = Vec::new();
    for op in ops {
        match tags.iter_mut().find(|(t, _)| *t == op.tag) {
            Some((_, n)) => *n += 1,
            None => tags.push((&op.tag, 1)),
        }
    }
    tags.sort_unstable();
    let mut s = format!(
        "atlas-api {}: every Atlas Administration API operation ({} operations), named as `atlas api` names them.\n\n\
         Usage: atlas-api <TAG> <OPERATION> [FLAGS]\n       atlas-api <TAG>            (its operations)\n       atlas-api <TAG> <OPERATION> --help\n       atlas-api completions <bash|zsh|fish>\n\nTags:\n",
        env!("CARGO_PKG_VERSION"),
        ops.len()
    );
    let width = tags.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
    for (t, n) in &tags {
        s.push_str(&format!("  {t:<width$}  {n} operations\n"));
    }
    s.push('\n');
    s.push_str(EXIT_CODES);
    s.push('\n');
    s
}

fn tag_help(ops: &[Op], tag: &str) -> String {
    let mut s = format!("Operations of {tag} (atlas-api {tag} <OPERATION> --help):\n");
    let listed: Vec<&Op> = ops.iter().filter(|o| o.tag == tag).collect();
    let width = listed.iter().map(|o| o.name().len()).max().unwrap_or(0);
    for o in listed {
        s.push_str(&format!(
            "  {:<width$}  {}\n",
            o.name(),
            escape_controls(o.info.summary.trim())
        ));
    }
    s
}

/// What `main` does after reading the arguments.
enum Plan<'a> {
    /// Print this and end with this code.
    Text(String, u8),
    /// Run the operation with these arguments (the program name first, the tag and the
    /// operation left out).
    Run(&'a Op, Vec<String>),
    /// Print completions for this shell.
    Completions(String),
}

fn plan<'a>(ops: &'a [Op], args: &[String]) -> Plan<'a> {
    let rest = args.get(1..).unwrap_or_default();
    let pos = positionals(rest);
    let help = rest.iter().any(|a| a == "--help" || a == "-h");
    match pos.as_slice() {
        [] if rest.iter().any(|a| a == "--version" || a == "-V") => {
            Plan::Text(format!("atlas-api {}\n", env!("CARGO_PKG_VERSION")), 0)
        }
        [] => Plan::Text(top_help(ops), if help { 0 } else { 2 }),
        [(_, "completions"), rest @ ..] => Plan::Completions(
            rest.first()
                .map_or_else(String::new, |(_, s)| (*s).to_owned()),
        ),
        [(_, tag)] => {
            if ops.iter().any(|o| o.tag == *tag) {
                Plan::Text(tag_help(ops, tag), if help { 0 } else { 2 })
            } else {
                Plan::Text(unknown_tag(ops, tag), 2)
            }
        }
        [(i, tag), (j, name), ..] => {
            if !ops.iter().any(|o| o.tag == *tag) {
                return Plan::Text(unknown_tag(ops, tag), 2);
            }
            match ops.iter().find(|o| o.tag == *tag && o.is_named(name)) {
                Some(op) => {
                    let mut argv = vec![args[0].clone()];
                    argv.extend(
                        rest.iter()
                            .enumerate()
                            .filter(|(k, _)| k != i && k != j)
                            .map(|(_, a)| a.clone()),
                    );
                    Plan::Run(op, argv)
                }
                None => Plan::Text(
                    format!(
                        "error: {tag} has no operation {:?}\n\n{}",
                        escape_controls(name),
                        tag_help(ops, tag)
                    ),
                    2,
                ),
            }
        }
    }
}

fn unknown_tag(ops: &[Op], tag: &str) -> String {
    let mut tags: Vec<&str> = ops.iter().map(|o| o.tag.as_str()).collect();
    tags.sort_unstable();
    tags.dedup();
    format!(
        "error: no tag {:?}; the tags are: {}\n",
        escape_controls(tag),
        tags.join(", ")
    )
}

fn completions(ops: &[Op], shell: &str) -> Result<(), Failure> {
    let shell = match shell {
        "bash" => clap_complete::Shell::Bash,
        "zsh" => clap_complete::Shell::Zsh,
        "fish" => clap_complete::Shell::Fish,
        other => {
            return Err(Failure::usage(format!(
                "completions for {:?}: the shells are bash, zsh and fish",
                escape_controls(other)
            )))
        }
    };
    // Every tag and operation as a subcommand: built here alone, never to run a call.
    let mut root = clap::Command::new("atlas-api").subcommand(clap::Command::new("completions"));
    let mut tags: Vec<&str> = ops.iter().map(|o| o.tag.as_str()).collect();
    tags.sort_unstable();
    tags.dedup();
    for tag in tags {
        let mut t = clap::Command::new(tag.to_owned());
        for op in ops.iter().filter(|o| o.tag == tag) {
            t = t.subcommand(command::command(op));
        }
        root = root.subcommand(t);
    }
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut root, "atlas-api", &mut script);
    std::io::stdout().write_all(&script).map_err(|e| Failure {
        code: 3,
        message: format!("cannot write the completions: {e}"),
    })
}

/// The request body: `--file`, else stdin when it is not a terminal (empty: no body), for an
/// operation that takes one; bounded as a response is.
fn body(m: &ArgMatches, takes_body: bool) -> Result<Option<Value>, Failure> {
    let text = match m.try_get_one::<String>("file").ok().flatten() {
        Some(path) => {
            let path = std::path::Path::new(path);
            profile::read_file(path).map_err(|e| Failure::usage(e.naming(path)))?
        }
        None if takes_body && !std::io::stdin().is_terminal() => {
            profile::read_limited(std::io::stdin().lock())
                .map_err(|e| Failure::usage(format!("cannot read stdin: {e}")))?
        }
        None => return Ok(None),
    };
    if text.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str(&text).map(Some).map_err(|e| {
        Failure::usage(format!(
            "the request body is not JSON: {}; nothing was sent",
            escape_controls(&e.to_string())
        ))
    })
}

/// `--debug`: the runtime's `debug` events on stderr, control characters escaped.
fn debug_log() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = tracing_subscriber::filter::Targets::new().with_target(
        "atlas_client_runtime",
        tracing_subscriber::filter::LevelFilter::DEBUG,
    );
    let layer = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_writer(|| EscapingStderr);
    let _ = tracing_subscriber::registry()
        .with(layer)
        .with(filter)
        .try_init();
}

/// Stderr, each write's control characters (but line breaks) escaped.
struct EscapingStderr;

impl Write for EscapingStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr().write_all(escape_lines(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

fn run(op: &Op, argv: Vec<String>) -> Result<(), Failure> {
    let m = match command::command(op).try_get_matches_from(argv) {
        Ok(m) => m,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Err(Failure {
                code,
                message: String::new(),
            });
        }
    };
    let global = Global::from_arg_matches(&m).map_err(|e| Failure::usage(e.to_string()))?;
    let dry_run = m.get_flag("dry-run");
    let all = m
        .try_get_one::<bool>("all")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false);
    if m.get_flag("debug") {
        debug_log();
    }
    let asked = m.get_one::<String>("version").map(String::as_str);
    let version = op.version(asked).map_err(Failure::usage)?;
    let d = version.descriptor;
    if all && !version.paginated {
        return Err(Failure::usage(format!(
            "--all: {} at version {} is not a list this program pages",
            op.name(),
            d.version.unwrap_or("unversioned")
        )));
    }
    let body = body(&m, d.content_type.is_some())?;
    let ctx = setup::prepare::<atlas_client_runtime::Client>(
        &global,
        &setup::Options {
            project_id: None,
            credentials_optional: dry_run,
            retry_notices: true,
        },
    )?;
    let (params, outside) =
        command::params(op, &m, ctx.project_id.as_deref(), ctx.org_id.as_deref())?;
    if !dry_run && !outside.is_empty() {
        return Err(Failure::usage(exec::listed(
            "invalid request; nothing was sent:",
            &outside,
        )));
    }
    let call = exec::Call {
        op,
        params: Value::Object(params),
        body,
        format: ctx.format.unwrap_or(Format::Json),
        output_file: m.get_one::<String>("outputFile").map(PathBuf::from),
    };
    let runners = exec::runners(d);
    let missing = || Failure::usage("this operation version is not in this build");
    if dry_run {
        let dry = runners.dry.ok_or_else(missing)?;
        let mut shown = dry(&ctx.client, &call)?;
        shown.violations.splice(0..0, outside);
        return shown.print();
    }
    let runner = if all { runners.all } else { runners.send }.ok_or_else(missing)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure {
            code: 3,
            message: format!("cannot start the async runtime: {e}"),
        })?;
    runtime.block_on(runner(&ctx.client, &call))
}

/// The program: reads the process's arguments, and ends with the exit code to return.
pub fn main() -> ExitCode {
    let mut args = Vec::new();
    for a in std::env::args_os() {
        match a.into_string() {
            Ok(s) => args.push(s),
            Err(a) => {
                eprintln!(
                    "error: an argument is not UTF-8: {}",
                    escape_controls(&a.to_string_lossy())
                );
                return ExitCode::from(2);
            }
        }
    }
    if args.is_empty() {
        args.push("atlas-api".to_owned());
    }
    let ops = catalog::operations();
    let result = match plan(&ops, &args) {
        Plan::Text(text, 0) => {
            atlas_cli_common::out!("{text}");
            Ok(())
        }
        Plan::Text(text, code) => {
            eprint!("{text}");
            return ExitCode::from(code);
        }
        Plan::Completions(shell) => completions(&ops, &shell),
        Plan::Run(op, argv) => run(op, argv),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if !f.message.is_empty() {
                eprintln!("error: {}", escape_lines(&f.message));
            }
            ExitCode::from(f.code)
        }
    }
}
