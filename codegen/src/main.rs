//! `atlas-codegen`: regenerate the checked-in bindings, or check that they are current.

#![deny(clippy::too_many_lines)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use atlas_codegen::{generate, project, Settings, Source};
use clap::{Parser, Subcommand};

/// Generates typed Rust for the Atlas Snapshot Export Buckets API from its OpenAPI spec.
///
/// Exit codes: 0 ok; 1 a generated file is stale (with --check); 2 usage or spec error.
#[derive(Parser)]
#[command(name = "atlas-codegen", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate `generated/v2.rs` and `generated/v1.rs` from `spec/` (run from the repository
    /// root), or one file with `--spec` and `--out`.
    Generate {
        /// A spec to generate from instead of the repository's own.
        #[arg(long, requires = "out")]
        spec: Option<PathBuf>,
        /// Where to write the code generated from `--spec`.
        #[arg(long, requires = "spec")]
        out: Option<PathBuf>,
        /// An overrides file to apply with `--spec` (the repository's own jobs use
        /// `spec/overrides.yaml`).
        #[arg(long, requires = "spec")]
        overrides: Option<PathBuf>,
        /// Write nothing; print a diff and exit 1 when a file is stale.
        #[arg(long)]
        check: bool,
        /// Generate what can be typed: each construct the generator cannot type becomes
        /// `serde_json::Value` (or is left out), with a warning naming its pointer.
        #[arg(long, requires = "spec")]
        lenient: bool,
        /// Write token text, exactly what a build script writes, instead of formatted code (the
        /// same tokens, much faster; a line break after each `;`, brace and attribute).
        #[arg(long, requires = "spec")]
        unformatted: bool,
        /// Generate only the operations with this tag (as the spec spells it) and the types they
        /// reach; repeat for more.
        #[arg(long = "tag", requires = "spec")]
        tags: Vec<String>,
        /// Type an `anyOf` of objects as one struct of optional fields (`true`) or as an untagged
        /// enum (`false`); the default is the library's.
        #[arg(long, hide = true, requires = "spec", value_name = "BOOL")]
        any_of_objects_as_struct: Option<bool>,
        /// The largest spec or overrides file read, in bytes (default 128 MiB).
        #[arg(long, value_name = "BYTES")]
        max_spec_bytes: Option<usize>,
    },
    /// Cut operations and the transitive closure of their `$ref`s out of a full spec, in source
    /// order, recording the source in `x-fragment-source`.
    Extract {
        /// The full spec.
        #[arg(long)]
        from: PathBuf,
        /// An operationId or `x-xgen-operation-id-override` name; repeat for more.
        #[arg(long = "operation", required = true)]
        operations: Vec<String>,
        /// Where to write the fragment (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// A typed changelog from OLD to NEW, classified as breaking, additive or deprecation.
    ///
    /// Exit codes: 0 ok; 1 with `--fail-on breaking` when a breaking change is found; 2 usage or
    /// spec error.
    Diff {
        /// The old spec.
        old: PathBuf,
        /// The new spec.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Exit 1 when a change of this class is found.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum FailOn {
    Breaking,
}

struct Job {
    spec: PathBuf,
    out: PathBuf,
    overrides: Option<PathBuf>,
}

fn read(path: &Path) -> Result<String, String> {
    read_at_most(path, atlas_codegen::DEFAULT_MAX_SPEC_BYTES)
}

/// A regular file of at most `limit` bytes, as text: a FIFO, a device or a larger file is
/// refused before it is read.
fn read_at_most(path: &Path, limit: usize) -> Result<String, String> {
    use std::io::Read;
    let fail = |what: String| format!("cannot read {}: {what}", path.display());
    // Checked before opening too: opening a FIFO to read waits for a writer.
    let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(fail("not a regular file".to_owned()));
    }
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let meta = file.metadata().map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(fail("not a regular file".to_owned()));
    }
    let over = || {
        fail(format!(
            "larger than the limit of {limit} bytes (--max-spec-bytes)"
        ))
    };
    if meta.len() > limit as u64 {
        return Err(over());
    }
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(e.to_string()))?;
    if bytes.len() > limit {
        return Err(over());
    }
    String::from_utf8(bytes).map_err(|e| fail(format!("not UTF-8: {e}")))
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn run(
    jobs: Vec<Job>,
    check: bool,
    limit: usize,
    configure: impl Fn(Settings) -> Settings,
) -> ExitCode {
    let mut stale = false;
    for job in jobs {
        let text = match read_at_most(&job.spec, limit) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        let settings = configure(match &job.overrides {
            Some(o) => match read_at_most(o, limit) {
                Ok(t) => Settings::new()
                    .with_overrides(display(o), t)
                    .with_max_spec_bytes(limit),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            },
            None => Settings::new().with_max_spec_bytes(limit),
        });
        let spec_name = display(&job.spec);
        let generated = match generate(&Source::new(&spec_name, &text), &settings) {
            Ok(g) => g,
            Err(diagnostics) => {
                eprintln!("{diagnostics}");
                eprintln!("{} error(s) in {spec_name}", diagnostics.len());
                return ExitCode::from(2);
            }
        };
        for w in &generated.warnings {
            eprintln!("{w}");
        }
        let old = std::fs::read_to_string(&job.out).unwrap_or_default();
        if old == generated.code {
            eprintln!("{}: up to date", job.out.display());
            continue;
        }
        if check {
            stale = true;
            let diff = similar::TextDiff::from_lines(&old, &generated.code);
            let out_name = display(&job.out);
            write_out(format_args!(
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{out_name}"), &format!("b/{out_name}"))
            ));
            eprintln!(
                "{}: stale; regenerate with `cargo run -p atlas-codegen -- generate`",
                job.out.display()
            );
        } else {
            if let Some(dir) = job.out.parent().filter(|d| !d.as_os_str().is_empty()) {
                if let Err(e) = std::fs::create_dir_all(dir) {
                    eprintln!("error: cannot create {}: {e}", dir.display());
                    return ExitCode::from(2);
                }
            }
            if let Err(e) = std::fs::write(&job.out, &generated.code) {
                eprintln!("error: cannot write {}: {e}", job.out.display());
                return ExitCode::from(2);
            }
            eprintln!("{}: written", job.out.display());
        }
    }
    if stale {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes to standard output. A reader that went away (`| head`) only ends the output: the exit
/// status still says what was found (stale, breaking). Another write error is reported.
fn write_out(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_fmt(args).and_then(|()| stdout.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => eprintln!("error: cannot write to standard output: {e}"),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Extract {
            from,
            operations,
            out,
        } => {
            let text = match read(&from) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let name = display(&from);
            match atlas_codegen::extract::extract(&Source::new(&name, &text), &operations) {
                Ok(yaml) => match out {
                    Some(path) => match std::fs::write(&path, yaml) {
                        Ok(()) => {
                            eprintln!("{}: written", path.display());
                            ExitCode::SUCCESS
                        }
                        Err(e) => {
                            eprintln!("error: cannot write {}: {e}", path.display());
                            ExitCode::from(2)
                        }
                    },
                    None => {
                        write_out(format_args!("{yaml}"));
                        ExitCode::SUCCESS
                    }
                },
                Err(d) => {
                    eprintln!("{d}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Diff {
            old,
            new,
            format,
            fail_on,
        } => {
            let (o, n) = match (read(&old), read(&new)) {
                (Ok(o), Ok(n)) => (o, n),
                (Err(e), _) | (_, Err(e)) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let (on, nn) = (display(&old), display(&new));
            match atlas_codegen::diff::diff(&Source::new(&on, &o), &Source::new(&nn, &n)) {
                Ok(changes) => {
                    match format {
                        DiffFormat::Text => write_out(format_args!(
                            "{}",
                            atlas_codegen::diff::render_text(&changes)
                        )),
                        DiffFormat::Json => write_out(format_args!(
                            "{}\n",
                            atlas_codegen::diff::render_json(&changes)
                        )),
                    }
                    let breaking = changes
                        .iter()
                        .any(|c| c.class == atlas_codegen::diff::Class::Breaking);
                    if matches!(fail_on, Some(FailOn::Breaking)) && breaking {
                        ExitCode::from(1)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                Err(d) => {
                    eprintln!("{d}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Generate {
            spec,
            out,
            overrides,
            check,
            lenient,
            unformatted,
            tags,
            any_of_objects_as_struct,
            max_spec_bytes,
        } => {
            let limit = max_spec_bytes.unwrap_or(atlas_codegen::DEFAULT_MAX_SPEC_BYTES);
            let jobs = match (spec, out) {
                (Some(spec), Some(out)) => vec![Job {
                    spec,
                    out,
                    overrides,
                }],
                _ => {
                    if !Path::new(project::OVERRIDES).is_file() {
                        eprintln!(
                            "error: {} not found; run from the repository root, or pass --spec and --out",
                            project::OVERRIDES
                        );
                        return ExitCode::from(2);
                    }
                    project::SPECS
                        .iter()
                        .map(|(spec, out)| Job {
                            spec: PathBuf::from(spec),
                            out: Path::new("generated").join(out),
                            overrides: Some(PathBuf::from(project::OVERRIDES)),
                        })
                        .collect()
                }
            };
            run(jobs, check, limit, |settings| {
                let settings = settings.with_lenient(lenient).with_formatting(!unformatted);
                let settings = if tags.is_empty() {
                    settings
                } else {
                    settings.with_tags(tags.iter().cloned())
                };
                match any_of_objects_as_struct {
                    Some(as_struct) => settings.with_any_of_objects_as_struct(as_struct),
                    None => settings,
                }
            })
        }
    }
}
