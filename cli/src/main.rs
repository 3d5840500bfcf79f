//! `atlas-export-buckets`: manage Atlas snapshot export buckets from the command line, run a fake
//! Atlas server, or take the demo tour.

mod demo;
mod output;

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use atlas_export_buckets::auth::{
    ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_PRIVATE_KEY, ENV_PUBLIC_KEY,
};
use atlas_export_buckets::{v2, Client, Credentials, Error, PageRequest, ResponseMeta};
use clap::{Args, Parser, Subcommand, ValueEnum};
use futures_util::StreamExt;

const EXIT_CODES: &str = "\
Exit codes:
  0  ok
  1  Atlas answered with an error status (any non-2xx after retries, 401 included)
  2  usage error, local validation error, missing or half credentials, declined confirmation; nothing was sent
  3  network, TLS or timeout; or the output cannot be written
  4  a 2xx response that does not match the spec (decode error)

Credentials come from the Atlas CLI's variables: MONGODB_ATLAS_CLIENT_ID and
MONGODB_ATLAS_CLIENT_SECRET (a service account, which wins when both pairs are set), or
MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY (digest). Secrets are never taken as
plain flags; --private-api-key-file and --client-secret-file read one from a file.";

/// Manage MongoDB Atlas snapshot export buckets (AWS S3, Azure Blob Storage, Google Cloud Storage).
#[derive(Parser, Debug)]
#[command(name = "atlas-export-buckets", version, about, after_help = EXIT_CODES)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Debug, Clone)]
struct Global {
    /// The API's base URL.
    #[arg(
        long,
        global = true,
        env = "MONGODB_ATLAS_BASE_URL",
        default_value = "https://cloud.mongodb.com"
    )]
    base_url: String,
    /// The project (group) id: 24 hexadecimal digits.
    #[arg(long, global = true, env = "MONGODB_ATLAS_PROJECT_ID")]
    project_id: Option<String>,
    /// API version: 2023-01-01 or 2024-05-30, as the operation declares (default: its newest).
    #[arg(long, global = true, value_name = "DATE")]
    api_version: Option<ApiVersion>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(short, long, global = true, value_name = "FORMAT")]
    output: Option<output::Format>,
    /// Allow http:// to a non-loopback host.
    #[arg(long, global = true)]
    allow_insecure_http: bool,
    /// Read the API private key from this file (the public key comes from MONGODB_ATLAS_PUBLIC_API_KEY).
    #[arg(long, global = true, value_name = "PATH")]
    private_api_key_file: Option<PathBuf>,
    /// Read the service-account secret from this file (the id comes from MONGODB_ATLAS_CLIENT_ID).
    #[arg(long, global = true, value_name = "PATH")]
    client_secret_file: Option<PathBuf>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum ApiVersion {
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
    Get {
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
    /// Delete an export bucket (API version 2023-01-01 only); asks for confirmation.
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
    /// The JSON request body from a file ("-" reads stdin).
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
}

/// A failure with its exit code, printed once.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        let code = match &e {
            Error::Config { .. } | Error::Validation(_) => 2,
            Error::Api { .. } | Error::Http { .. } | Error::UndeclaredStatus { .. } => 1,
            Error::Auth {
                status: Some(_), ..
            } => 1,
            Error::Decode { .. } | Error::BodyTooLarge { .. } => 4,
            _ => 3,
        };
        Failure {
            code,
            message: output::describe_error(&e),
        }
    }
}

fn read_secret(path: &PathBuf) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map(|s| s.trim().to_owned())
        .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))
}

fn credentials(g: &Global) -> Result<Credentials, Failure> {
    let private = g
        .private_api_key_file
        .as_ref()
        .map(read_secret)
        .transpose()?;
    let secret = g.client_secret_file.as_ref().map(read_secret).transpose()?;
    Credentials::from_lookup(|name| match name {
        n if n == ENV_PRIVATE_KEY && private.is_some() => private.clone(),
        n if n == ENV_CLIENT_SECRET && secret.is_some() => secret.clone(),
        n if [
            ENV_PUBLIC_KEY,
            ENV_PRIVATE_KEY,
            ENV_CLIENT_ID,
            ENV_CLIENT_SECRET,
        ]
        .contains(&n) =>
        {
            std::env::var(n).ok()
        }
        _ => None,
    })
    .map_err(Failure::from)
}

fn client(g: &Global) -> Result<Client, Failure> {
    Client::builder()
        .base_url(&g.base_url)
        .credentials(credentials(g)?)
        .allow_insecure_http(g.allow_insecure_http)
        .build()
        .map_err(Failure::from)
}

fn project(g: &Global) -> Result<String, Failure> {
    g.project_id.clone().ok_or_else(|| {
        Failure::usage("no project: pass --project-id or set MONGODB_ATLAS_PROJECT_ID")
    })
}

fn warn_deprecation(meta: &ResponseMeta) {
    if meta.past_sunset {
        eprintln!(
            "warning: API version {} of {} is past its sunset date ({})",
            meta.version.unwrap_or("-"),
            meta.operation,
            meta.version_sunset.unwrap_or("-")
        );
    } else if let Some(date) = meta.version_sunset {
        eprintln!(
            "warning: API version {} of {} sunsets on {date} (x-sunset in the spec)",
            meta.version.unwrap_or("-"),
            meta.operation,
        );
    }
    if let Some(d) = &meta.deprecation {
        eprintln!(
            "warning: {} is deprecated (Deprecation: {d})",
            meta.operation
        );
    }
    if let Some(s) = &meta.sunset {
        eprintln!("warning: {} sunsets (Sunset: {s})", meta.operation);
    }
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
            ApiVersion::V2023_01_01 => "2023-01-01",
            ApiVersion::V2024_05_30 => "2024-05-30",
        }
    }
}

fn create_body(args: &CreateArgs) -> Result<serde_json::Value, Failure> {
    if let Some(path) = &args.file {
        let mut text = String::new();
        if path == "-" {
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Failure::usage(format!("cannot read stdin: {e}")))?;
        } else {
            text = std::fs::read_to_string(path)
                .map_err(|e| Failure::usage(format!("cannot read {path}: {e}")))?;
        }
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

async fn run(cli: Cli) -> Result<(), Failure> {
    let g = &cli.global;
    let format = g.output.unwrap_or(if std::io::stdout().is_terminal() {
        output::Format::Table
    } else {
        output::Format::Json
    });
    use ApiVersion::*;
    match &cli.command {
        Command::Demo => demo::run().await.map_err(|e| Failure {
            code: 1,
            message: e,
        }),
        Command::Serve { listen } => demo::serve(*listen).await.map_err(|e| Failure {
            code: 3,
            message: e,
        }),
        Command::Create(args) => {
            let version = version_for("create", g.api_version, &[V2023_01_01, V2024_05_30])?;
            let body = create_body(args)?;
            let c = client(g)?;
            let group = project(g)?;
            let b = c.export_buckets();
            match version {
                V2024_05_30 => {
                    let r = b
                        .create(
                            &group,
                            typed::<v2::DiskBackupSnapshotExportBucketRequest>(body)?,
                        )
                        .await?;
                    warn_deprecation(&r.meta);
                    output::one(format, &r.body)
                }
                V2023_01_01 => {
                    let r = b.at_2023_01_01().create(&group, typed(body)?).await?;
                    warn_deprecation(&r.meta);
                    output::one(format, &r.body)
                }
            }
        }
        Command::List {
            page_num,
            items_per_page,
            no_count,
            all,
        } => {
            let version = version_for("list", g.api_version, &[V2023_01_01, V2024_05_30])?;
            let c = client(g)?;
            let group = project(g)?;
            let b = c.export_buckets();
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
            match (version, all) {
                (V2024_05_30, false) => {
                    let r = b.list(&group, page).await?;
                    warn_deprecation(&r.meta);
                    output::many(format, &r.body.results)
                }
                (V2023_01_01, false) => {
                    let r = b.at_2023_01_01().list(&group, page).await?;
                    warn_deprecation(&r.meta);
                    output::many(format, &r.body.results)
                }
                (V2024_05_30, true) => {
                    output::many(format, &collect(b.list_all_with(&group, page)).await?)
                }
                (V2023_01_01, true) => output::many(
                    format,
                    &collect(b.at_2023_01_01().list_all_with(&group, page)).await?,
                ),
            }
        }
        Command::Get { export_bucket_id } => {
            let version = version_for("get", g.api_version, &[V2023_01_01, V2024_05_30])?;
            let c = client(g)?;
            let group = project(g)?;
            let b = c.export_buckets();
            match version {
                V2024_05_30 => {
                    let r = b.get(&group, export_bucket_id).await?;
                    warn_deprecation(&r.meta);
                    output::one(format, &r.body)
                }
                V2023_01_01 => {
                    let r = b.at_2023_01_01().get(&group, export_bucket_id).await?;
                    warn_deprecation(&r.meta);
                    output::one(format, &r.body)
                }
            }
        }
        Command::Update {
            export_bucket_id,
            require_private_networking,
        } => {
            version_for("update", g.api_version, &[V2024_05_30])?;
            let c = client(g)?;
            let group = project(g)?;
            let r = c
                .export_buckets()
                .update(&group, export_bucket_id, *require_private_networking)
                .await?;
            warn_deprecation(&r.meta);
            output::one(format, &r.body)
        }
        Command::Delete {
            export_bucket_id,
            force,
        } => {
            version_for("delete", g.api_version, &[V2023_01_01])?;
            let c = client(g)?;
            let group = project(g)?;
            if !force {
                if !std::io::stdin().is_terminal() {
                    return Err(Failure::usage("refusing to delete without confirmation: stdin is not a terminal; pass --force"));
                }
                eprint!("Delete export bucket {export_bucket_id} of project {group}? [y/N] ");
                let mut answer = String::new();
                std::io::stdin()
                    .read_line(&mut answer)
                    .map_err(|e| Failure::usage(e.to_string()))?;
                if !matches!(answer.trim(), "y" | "Y" | "yes") {
                    return Err(Failure::usage("not deleted"));
                }
            }
            let r = c.export_buckets().delete(&group, export_bucket_id).await?;
            warn_deprecation(&r.meta);
            eprintln!("deleted {export_bucket_id}");
            Ok(())
        }
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
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}
