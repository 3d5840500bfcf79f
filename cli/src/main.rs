//! `atlas-export-buckets`: manage Atlas snapshot export buckets from the command line, run a fake
//! Atlas server, or take the demo tour.

mod demo;
mod table;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use atlas_cli_common::output::{self, Format};
use atlas_cli_common::profile;
use atlas_cli_common::setup::{self, Failure, Global};
use atlas_cli_common::{out, setup::warn_deprecation};
use atlas_export_buckets::{v2, Client, Created, Error, PageRequest};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use futures_util::StreamExt;
use serde::Serialize;

/// Manage MongoDB Atlas snapshot export buckets (AWS S3, Azure Blob Storage, Google Cloud Storage).
#[derive(Parser, Debug)]
#[command(name = "atlas-export-buckets", version, about, after_help = setup::EXIT_CODES)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(flatten)]
    own: Own,
    #[command(subcommand)]
    command: Command,
}

/// This program's own global flags, beside the shared ones.
#[derive(Args, Debug, Clone)]
struct Own {
    /// The project (group) id: 24 hexadecimal digits [env: MONGODB_ATLAS_PROJECT_ID; profile:
    /// project_id].
    #[arg(long, global = true)]
    project_id: Option<String>,
    /// API version: v1.0, 2023-01-01 or 2024-05-30, as the operation declares (default: its newest).
    #[arg(long, global = true, value_name = "VERSION")]
    api_version: Option<ApiVersion>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum ApiVersion {
    /// The deprecated v1.0 API (AWS only).
    #[value(name = "v1.0")]
    V1_0,
    #[value(name = "2023-01-01")]
    V2023_01_01,
    #[value(name = "2024-05-30")]
    V2024_05_30,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create an export bucket.
    Create(CreateArgs),
    /// List export buckets.
    #[command(visible_alias = "ls")]
    List {
        /// Page number (1-based).
        #[arg(long)]
        page_num: Option<i64>,
        /// Items per page (1-500).
        #[arg(long)]
        items_per_page: Option<i64>,
        /// Do not ask the server for the total count.
        #[arg(long)]
        no_count: bool,
        /// Page through every bucket (pages of 500, or of --items-per-page).
        #[arg(long, conflicts_with = "page_num")]
        all: bool,
    },
    /// Show one export bucket.
    #[command(visible_alias = "get")]
    Describe {
        /// The export bucket id.
        export_bucket_id: String,
    },
    /// Change requirePrivateNetworking (API version 2024-05-30 only).
    Update {
        /// The export bucket id.
        export_bucket_id: String,
        /// true or false.
        #[arg(long, value_name = "true|false", action = clap::ArgAction::Set)]
        require_private_networking: bool,
    },
    /// Delete an export bucket (API version 2023-01-01 or v1.0); asks for confirmation.
    #[command(visible_alias = "rm")]
    Delete {
        /// The export bucket id.
        export_bucket_id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        force: bool,
    },
    /// Run the fake Atlas server.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
    },
    /// Take the tour: a fake server and every operation through the real client.
    Demo,
    /// Print a shell completion script (for example: `source <(atlas-export-buckets completions bash)`).
    Completions {
        /// The shell.
        shell: Shell,
    },
}

#[derive(ValueEnum, Debug, Clone, Copy)]
enum Shell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Args, Debug)]
#[group(skip)]
#[command(group(clap::ArgGroup::new("provider").required(true).multiple(false).args(["aws", "azure", "gcp", "file"])))]
struct CreateArgs {
    /// An AWS S3 bucket.
    #[arg(long, requires_all = ["bucket_name", "iam_role_id"])]
    aws: bool,
    /// An Azure Blob Storage container.
    #[arg(long, requires_all = ["service_url", "role_id"])]
    azure: bool,
    /// A Google Cloud Storage bucket.
    #[arg(long, requires_all = ["bucket_name", "role_id"])]
    gcp: bool,
    /// The JSON request body from a file ("-" reads stdin): at most 1 MiB.
    #[arg(long, value_name = "PATH")]
    file: Option<String>,
    /// Bucket (or container) name.
    #[arg(long)]
    bucket_name: Option<String>,
    /// AWS: the Unified AWS Access role id.
    #[arg(long, requires = "aws")]
    iam_role_id: Option<String>,
    /// AWS: export over PrivateLink.
    #[arg(long, requires = "aws")]
    require_private_networking: bool,
    /// Azure: the storage account URL.
    #[arg(long, requires = "azure")]
    service_url: Option<String>,
    /// Azure or GCP: the cloud provider access role id.
    #[arg(long)]
    role_id: Option<String>,
    /// Send the create alone. By default the project's buckets are listed before it, and when
    /// its outcome is unknown (a timeout, a dropped connection, a 502, 503 or 504) listed again:
    /// the one new bucket that matches the request is the one it made, and it is never sent twice.
    #[arg(long)]
    no_recover: bool,
}

/// An API command's settings and client.
type Ctx = setup::Ctx<Client>;

fn project(ctx: &Ctx) -> Result<String, Failure> {
    ctx.project_id.clone().ok_or_else(|| {
        Failure::usage(
            "no project: pass --project-id, set MONGODB_ATLAS_PROJECT_ID, or set project_id in the profile",
        )
    })
}

/// Prints a created bucket; a recovered one is named on stderr.
fn created<T: Serialize>(format: Format, made: Created<T>) -> Result<(), Failure> {
    match &made {
        Created::Answered(r) => warn_deprecation(&r.meta),
        Created::Recovered { cause, .. } => output::warn(&format!(
            "the create's outcome was unknown ({cause}); listing found the one new export bucket that matches the request: it is shown here"
        )),
    }
    table::one(format, made.body())
}

fn version_for(
    op: &str,
    asked: Option<ApiVersion>,
    declared: &[ApiVersion],
) -> Result<ApiVersion, Failure> {
    match asked {
        None => declared
            .last()
            .copied()
            .ok_or_else(|| Failure::usage("no version")),
        Some(v) if declared.contains(&v) => Ok(v),
        Some(v) => {
            let names: Vec<&str> = declared.iter().map(|d| d.name()).collect();
            Err(Failure::usage(format!(
                "{op} is not declared at API version {}; it exists at {}",
                v.name(),
                names.join(", ")
            )))
        }
    }
}

impl ApiVersion {
    fn name(self) -> &'static str {
        match self {
            ApiVersion::V1_0 => "v1.0",
            ApiVersion::V2023_01_01 => "2023-01-01",
            ApiVersion::V2024_05_30 => "2024-05-30",
        }
    }
}

fn create_body(args: &CreateArgs) -> Result<serde_json::Value, Failure> {
    if let Some(path) = &args.file {
        let text = if path == "-" {
            profile::read_limited(std::io::stdin().lock())
                .map_err(|e| Failure::usage(format!("cannot read stdin: {e}")))?
        } else {
            let path = Path::new(path);
            profile::read_file(path).map_err(|e| Failure::usage(e.naming(path)))?
        };
        return serde_json::from_str(&text)
            .map_err(|e| Failure::usage(format!("the request body is not JSON: {e}")));
    }
    let mut body = serde_json::Map::new();
    let mut put = |k: &str, v: Option<&String>| {
        if let Some(v) = v {
            body.insert(k.to_owned(), serde_json::Value::String(v.clone()));
        }
    };
    if args.aws {
        put("cloudProvider", Some(&"AWS".to_owned()));
        put("bucketName", args.bucket_name.as_ref());
        put("iamRoleId", args.iam_role_id.as_ref());
        if args.require_private_networking {
            body.insert(
                "requirePrivateNetworking".to_owned(),
                serde_json::Value::Bool(true),
            );
        }
    } else if args.azure {
        put("cloudProvider", Some(&"AZURE".to_owned()));
        put("bucketName", args.bucket_name.as_ref());
        put("roleId", args.role_id.as_ref());
        put("serviceUrl", args.service_url.as_ref());
    } else {
        put("cloudProvider", Some(&"GCP".to_owned()));
        put("bucketName", args.bucket_name.as_ref());
        put("roleId", args.role_id.as_ref());
    }
    Ok(serde_json::Value::Object(body))
}

fn typed<T: serde::de::DeserializeOwned>(body: serde_json::Value) -> Result<T, Failure> {
    serde_json::from_value(body)
        .map_err(|e| Failure::usage(format!("invalid request body: {e}; nothing was sent")))
}

/// An API command's context: read before the runtime started; its errors are reported where the
/// command first needs it, after the command's own checks.
struct Pending(Option<Result<Ctx, Failure>>);

impl Pending {
    fn take(&mut self) -> Result<Ctx, Failure> {
        self.0
            .take()
            .unwrap_or_else(|| Err(Failure::usage("no settings")))
    }
}

async fn run(cli: Cli, ctx: Option<Result<Ctx, Failure>>) -> Result<(), Failure> {
    let g = &cli.own;
    let ctx = Pending(ctx);
    match &cli.command {
        Command::Demo => demo::run().await.map_err(|e| Failure {
            code: 1,
            message: e,
        }),
        Command::Serve { listen } => demo::serve(*listen).await.map_err(|e| Failure {
            code: 3,
            message: e,
        }),
        Command::Completions { shell } => completions(*shell),
        Command::Create(args) => create(g, ctx, args).await,
        Command::List {
            page_num,
            items_per_page,
            no_count,
            all,
        } => {
            let mut page = PageRequest::new();
            if let Some(n) = page_num {
                page = page.page_num(*n);
            }
            if let Some(n) = items_per_page {
                page = page.items_per_page(*n);
            }
            if *no_count {
                page = page.include_count(false);
            }
            list(g, ctx, page, *all).await
        }
        Command::Describe { export_bucket_id } => describe(g, ctx, export_bucket_id).await,
        Command::Update {
            export_bucket_id,
            require_private_networking,
        } => update(g, ctx, export_bucket_id, *require_private_networking).await,
        Command::Delete {
            export_bucket_id,
            force,
        } => delete(g, ctx, export_bucket_id, *force).await,
    }
}

fn completions(shell: Shell) -> Result<(), Failure> {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    let mut script = Vec::new();
    clap_complete::generate(
        shell,
        &mut Cli::command(),
        "atlas-export-buckets",
        &mut script,
    );
    out!("{}", String::from_utf8_lossy(&script));
    Ok(())
}

async fn create(g: &Own, mut ctx: Pending, args: &CreateArgs) -> Result<(), Failure> {
    use ApiVersion::*;
    let version = version_for("create", g.api_version, &[V1_0, V2023_01_01, V2024_05_30])?;
    let body = create_body(args)?;
    let ctx = ctx.take()?;
    let format = setup::table_on_terminal(&ctx);
    let group = project(&ctx)?;
    let b = ctx.client.export_buckets();
    match (version, args.no_recover) {
        (V2024_05_30, false) => {
            let body = typed::<v2::DiskBackupSnapshotExportBucketRequest>(body)?;
            created(format, b.create_or_recover(&group, body).await?)
        }
        (V2024_05_30, true) => {
            let body = typed::<v2::DiskBackupSnapshotExportBucketRequest>(body)?;
            let r = b.create(&group, body).await?;
            warn_deprecation(&r.meta);
            table::one(format, &r.body)
        }
        (V2023_01_01, false) => created(
            format,
            b.at_2023_01_01()
                .create_or_recover(&group, typed(body)?)
                .await?,
        ),
        (V2023_01_01, true) => {
            let r = b.at_2023_01_01().create(&group, typed(body)?).await?;
            warn_deprecation(&r.meta);
            table::one(format, &r.body)
        }
        (V1_0, false) => created(
            format,
            ctx.client
                .export_buckets_v1()
                .create_or_recover(&group, typed(body)?)
                .await?,
        ),
        (V1_0, true) => {
            let r = ctx
                .client
                .export_buckets_v1()
                .create(&group, typed(body)?)
                .await?;
            warn_deprecation(&r.meta);
            table::one(format, &r.body)
        }
    }
}

async fn list(g: &Own, mut ctx: Pending, page: PageRequest, all: bool) -> Result<(), Failure> {
    use ApiVersion::*;
    let version = version_for("list", g.api_version, &[V1_0, V2023_01_01, V2024_05_30])?;
    let ctx = ctx.take()?;
    let format = setup::table_on_terminal(&ctx);
    let group = project(&ctx)?;
    let b = ctx.client.export_buckets();
    let v1 = ctx.client.export_buckets_v1();
    match (version, all) {
        (V2024_05_30, false) => {
            let r = b.list(&group, page).await?;
            warn_deprecation(&r.meta);
            table::many(format, &r.body.results)
        }
        (V2023_01_01, false) => {
            let r = b.at_2023_01_01().list(&group, page).await?;
            warn_deprecation(&r.meta);
            table::many(format, &r.body.results)
        }
        (V1_0, false) => {
            let r = v1.list(&group, page).await?;
            warn_deprecation(&r.meta);
            table::many(format, &r.body.results)
        }
        (V2024_05_30, true) => table::many(format, &collect(b.list_all_with(&group, page)).await?),
        (V2023_01_01, true) => table::many(
            format,
            &collect(b.at_2023_01_01().list_all_with(&group, page)).await?,
        ),
        (V1_0, true) => table::many(format, &collect(v1.list_all_with(&group, page)).await?),
    }
}

async fn describe(g: &Own, mut ctx: Pending, id: &str) -> Result<(), Failure> {
    use ApiVersion::*;
    let version = version_for("describe", g.api_version, &[V1_0, V2023_01_01, V2024_05_30])?;
    let ctx = ctx.take()?;
    let format = setup::table_on_terminal(&ctx);
    let group = project(&ctx)?;
    let b = ctx.client.export_buckets();
    match version {
        V2024_05_30 => {
            let r = b.get(&group, id).await?;
            warn_deprecation(&r.meta);
            table::one(format, &r.body)
        }
        V2023_01_01 => {
            let r = b.at_2023_01_01().get(&group, id).await?;
            warn_deprecation(&r.meta);
            table::one(format, &r.body)
        }
        V1_0 => {
            let r = ctx.client.export_buckets_v1().get(&group, id).await?;
            warn_deprecation(&r.meta);
            table::one(format, &r.body)
        }
    }
}

async fn update(
    g: &Own,
    mut ctx: Pending,
    id: &str,
    require_private_networking: bool,
) -> Result<(), Failure> {
    version_for("update", g.api_version, &[ApiVersion::V2024_05_30])?;
    let ctx = ctx.take()?;
    let format = setup::table_on_terminal(&ctx);
    let group = project(&ctx)?;
    let r = ctx
        .client
        .export_buckets()
        .update(&group, id, require_private_networking)
        .await?;
    warn_deprecation(&r.meta);
    table::one(format, &r.body)
}

async fn delete(g: &Own, mut ctx: Pending, id: &str, force: bool) -> Result<(), Failure> {
    use ApiVersion::*;
    let version = version_for("delete", g.api_version, &[V1_0, V2023_01_01])?;
    let ctx = ctx.take()?;
    let group = project(&ctx)?;
    if !force {
        confirm_delete(id, &group)?;
    }
    let r = match version {
        V1_0 => ctx.client.export_buckets_v1().delete(&group, id).await?,
        _ => ctx.client.export_buckets().delete(&group, id).await?,
    };
    warn_deprecation(&r.meta);
    eprintln!("deleted {}", output::escape_controls(id));
    Ok(())
}

/// Asks on the terminal before a delete; refuses when stdin is not one.
fn confirm_delete(id: &str, group: &str) -> Result<(), Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(
            "refusing to delete without confirmation: stdin is not a terminal; pass --force",
        ));
    }
    eprint!(
        "Delete export bucket {} of project {}? [y/N] ",
        output::escape_controls(id),
        output::escape_controls(group)
    );
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Failure::usage(e.to_string()))?;
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(Failure::usage("not deleted"))
    }
}

async fn collect<T, S>(stream: S) -> Result<Vec<T>, Failure>
where
    S: futures_util::Stream<Item = Result<T, Error>>,
{
    let bar = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_message("listing export buckets");
        Some(b)
    } else {
        None
    };
    let mut out = Vec::new();
    let mut stream = std::pin::pin!(stream);
    while let Some(item) = stream.next().await {
        out.push(item?);
        if let Some(b) = &bar {
            b.set_position(out.len() as u64);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(out)
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
    let ctx = match &cli.command {
        Command::Demo | Command::Serve { .. } | Command::Completions { .. } => None,
        _ => Some(setup::prepare(
            &cli.global,
            &setup::Options {
                project_id: cli.own.project_id.as_deref(),
                ..setup::Options::default()
            },
        )),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(3);
        }
    };
    match runtime.block_on(run(cli, ctx)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {}", output::escape_lines(&f.message));
            ExitCode::from(f.code)
        }
    }
}
