//! The user's setup, as both programs read it: the global flags, the settings and credentials
//! from flags, the Atlas CLI's variables and profile, and the OS keyring; the client built from
//! them, with the token cache; exit codes; deprecation notices.

use std::io::IsTerminal;
use std::path::PathBuf;

use atlas_client_runtime::retry::{RetryEvent, RetryKind};
use atlas_client_runtime::token_cache::FileTokenCache;
use atlas_client_runtime::{Client, Error, ResponseMeta};
use clap::Args;

use crate::output::Format;

/// The exit codes and where settings come from, for `--help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  ok
  1  Atlas answered with an error status (any non-2xx after retries, 401 included)
  2  usage error, local validation error, missing or half credentials, declined confirmation; nothing was sent
  3  network, TLS or timeout; or the output cannot be written
  4  a 2xx response that does not match the spec (decode error)

Settings come from flags, then the Atlas CLI's variables, then its profile (config.toml of
`atlas config init` or `atlas auth login`; -P/--profile NAME, default \"default\"), with secrets
from the OS keyring when the file has none. Credentials: MONGODB_ATLAS_CLIENT_ID and
MONGODB_ATLAS_CLIENT_SECRET (a service account, which wins when both pairs are set), or
MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY (digest), then
MONGODB_ATLAS_ACCESS_TOKEN (sent as the bearer; no token is requested), then the profile's
keys or access_token. Also MONGODB_ATLAS_PROJECT_ID, MONGODB_ATLAS_OPS_MANAGER_URL (or
MONGODB_ATLAS_BASE_URL) and MONGODB_ATLAS_OUTPUT. Secrets are never taken as plain flags;
--private-api-key-file and --client-secret-file read one from a file. A service account's access
token is kept between runs in the user's cache directory (--no-token-cache: not).

The files this program reads (config.toml, --file, --private-api-key-file, --client-secret-file)
must be regular files of at most 1 MiB; so must a request body on stdin. Text from the server or
from a file is shown on the terminal with its control characters escaped (\\u{1b}, \\r, \\n); JSON
output is JSON as written.";

/// The flags every command of both programs takes.
#[derive(Args, Debug, Clone, Default)]
pub struct Global {
    /// The Atlas CLI profile to read (default: "default").
    #[arg(short = 'P', long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// The API's base URL (the help text is the attribute's).
    #[arg(
        long,
        global = true,
        value_name = "URL",
        help = "The API's base URL [env: MONGODB_ATLAS_OPS_MANAGER_URL, MONGODB_ATLAS_BASE_URL; profile: ops_manager_url, service] [default: https://cloud.mongodb.com]"
    )]
    pub base_url: Option<String>,
    /// Output format [env: MONGODB_ATLAS_OUTPUT; profile: output] (default: the program's).
    #[arg(short, long, global = true, value_name = "FORMAT")]
    pub output: Option<Format>,
    /// Do not keep a service account's access token between runs.
    #[arg(long, global = true)]
    pub no_token_cache: bool,
    /// Allow http:// to a non-loopback host. Over http the credentials travel in clear: a service
    /// account's client secret (to get a token) and then its token, or an access token, with
    /// every call; an API key's digest answers. A warning says so.
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,
    /// Read the API private key from this file (the public key: MONGODB_ATLAS_PUBLIC_API_KEY or the profile).
    #[arg(long, global = true, value_name = "PATH")]
    pub private_api_key_file: Option<PathBuf>,
    /// Read the service-account secret from this file (the id: MONGODB_ATLAS_CLIENT_ID or the profile).
    #[arg(long, global = true, value_name = "PATH")]
    pub client_secret_file: Option<PathBuf>,
}

/// A failure with its exit code, printed once.
pub struct Failure {
    /// The exit code.
    pub code: u8,
    /// What went wrong, one or more lines.
    pub message: String,
}

impl Failure {
    /// A usage error (exit code 2): nothing was sent.
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

/// The exit code of an error.
pub fn exit_code(e: &Error) -> u8 {
    match e {
        Error::Config { .. } | Error::Validation(_) => 2,
        Error::Api { .. } | Error::Http { .. } | Error::UndeclaredStatus { .. } => 1,
        Error::Auth {
            status: Some(_), ..
        } => 1,
        Error::Decode { .. } | Error::BodyTooLarge { .. } => 4,
        // As its cause: an Atlas status, or the network.
        Error::AmbiguousCreate { cause, .. } => exit_code(cause),
        _ => 3,
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure {
            code: exit_code(&e),
            message: crate::output::describe_error(&e),
        }
    }
}

/// What an API command needs: the client, the project and the output format, from flags, the
/// environment and the profile. Read before the async runtime starts (the keyring's D-Bus client
/// runs its own).
pub struct Ctx<C> {
    /// The client.
    pub client: C,
    /// The project (group) id, if a layer names one.
    pub project_id: Option<String>,
    /// The organisation id, if a layer names one.
    pub org_id: Option<String>,
    /// The output format, if a layer names one.
    pub format: Option<Format>,
}

/// The process's environment variable `name`.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// What a program asks of [`prepare`] beyond the global flags.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options<'a> {
    /// The program's own project flag, when it has one.
    pub project_id: Option<&'a str>,
    /// Build a client without credentials when none are found (a dry run sends nothing).
    pub credentials_optional: bool,
    /// Say on stderr when a request or a token request is retried, and why.
    pub retry_notices: bool,
}

/// Reads the settings and credentials (flags, then the Atlas CLI's variables, then its
/// profile, with secrets from the OS keyring) and builds a client of type `C`.
///
/// # Errors
/// A usage [`Failure`] naming what is missing or wrong.
pub fn prepare<C: From<Client>>(g: &Global, options: &Options<'_>) -> Result<Ctx<C>, Failure> {
    let env: crate::profile::Env<'_> = &process_env;
    let name = g
        .profile
        .as_deref()
        .unwrap_or(crate::profile::DEFAULT_PROFILE);
    let loaded = match crate::profile::config_path(env) {
        Some(path) => crate::profile::load(&path, name, g.profile.is_some()).map_err(Failure::usage)?,
        None if g.profile.is_some() => {
            return Err(Failure::usage(format!(
                "profile {name:?} not found: the Atlas CLI's configuration directory is not known (HOME is not set)"
            )))
        }
        None => crate::profile::Loaded::default(),
    };
    for w in &loaded.warnings {
        crate::output::warn(w);
    }
    let flags = crate::settings::Flags {
        base_url: g.base_url.as_deref(),
        project_id: options.project_id,
        output: g.output,
        private_api_key_file: g.private_api_key_file.as_deref(),
        client_secret_file: g.client_secret_file.as_deref(),
    };
    let p = loaded.profile.as_ref();
    let s = crate::settings::settings(&flags, env, p).map_err(Failure::usage)?;
    let credentials = match crate::settings::credentials(
        &flags,
        env,
        p,
        &crate::settings::os_keyring(),
        std::time::SystemTime::now(),
    ) {
        Ok(c) => Some(c),
        Err(_) if options.credentials_optional => None,
        Err(e) => return Err(Failure::usage(e)),
    };
    let mut builder = Client::builder()
        .base_url(&s.base_url)
        .allow_insecure_http(g.allow_insecure_http);
    let kind = credentials.as_ref().map_or("none", |c| c.kind());
    if kind == "service-account" && !g.no_token_cache {
        if let Some(dir) = crate::profile::cache_dir(env) {
            builder = builder.token_cache(FileTokenCache::new(dir).on_warning(crate::output::warn));
        }
    }
    if options.retry_notices {
        builder = builder.on_retry(|e| crate::output::warn(&retry_notice(e)));
    }
    if let Some(c) = credentials {
        builder = builder.credentials(c);
    }
    let client = builder.builds::<C>().build().map_err(Failure::from)?;
    if g.allow_insecure_http {
        if let Some(w) = insecure_http_warning(&s.base_url, kind) {
            crate::output::warn(&w);
        }
    }
    Ok(Ctx {
        client,
        project_id: s.project_id,
        org_id: s.org_id,
        format: s.output,
    })
}

/// The warning for plain http, naming what travels in clear for credentials of `kind`; `None`
/// when `base_url` is not http. The URL is shown as its host and port alone (never user
/// information it may hold).
pub fn insecure_http_warning(base_url: &str, kind: &str) -> Option<String> {
    let url = base_url.trim_matches(|c: char| c <= ' ');
    if !url.get(..7)?.eq_ignore_ascii_case("http://") {
        return None;
    }
    let authority = url[7..].split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let what = match kind {
        "service-account" => {
            "the service account's client secret (sent to get a token) and then its token (sent with every call) travel in clear"
        }
        "access-token" => "the access token (sent with every call) travels in clear",
        "digest" => {
            "the API key's digest answers (sent with every call; its private key can be guessed from them offline) travel in clear"
        }
        _ => "the credentials travel in clear",
    };
    Some(format!(
        "--allow-insecure-http: http://{host} is plain http: {what}, readable by anyone on the network path, as is every request and answer"
    ))
}

/// What a retry notice says: what failed, and when the next attempt goes.
pub fn retry_notice(e: &RetryEvent) -> String {
    let what = match e.status {
        Some(429) => "rate limited (429)".to_owned(),
        Some(status) => format!("answered {status}"),
        None => "failed to connect or timed out".to_owned(),
    };
    let request = match e.kind {
        RetryKind::Call => "",
        _ => "'s token request",
    };
    format!(
        "{}{request} {what} on attempt {}; retrying in {:.1} s",
        e.operation,
        e.attempt,
        e.delay.as_secs_f64()
    )
}

/// Notices on stderr for a version past or near its sunset, and the server's `Deprecation`
/// and `Sunset` headers.
pub fn warn_deprecation(meta: &ResponseMeta) {
    if meta.past_sunset {
        crate::output::warn(&format!(
            "API version {} of {} is past its sunset date ({})",
            meta.version.unwrap_or("-"),
            meta.operation,
            meta.version_sunset.unwrap_or("-")
        ));
    } else if let Some(date) = meta.version_sunset {
        crate::output::warn(&format!(
            "API version {} of {} sunsets on {date} (x-sunset in the spec)",
            meta.version.unwrap_or("-"),
            meta.operation,
        ));
    }
    if let Some(d) = &meta.deprecation {
        crate::output::warn(&format!(
            "{} is deprecated (Deprecation: {d})",
            meta.operation
        ));
    }
    if let Some(s) = &meta.sunset {
        crate::output::warn(&format!("{} sunsets (Sunset: {s})", meta.operation));
    }
}

/// The output format: the profile's or the flag's, else a table on a terminal and JSON otherwise.
pub fn table_on_terminal<C>(c: &Ctx<C>) -> Format {
    c.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Json
    })
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn plain_http_is_named_by_host_alone() {
        let w = insecure_http_warning(" HTTP://user:s3cret@atlas.internal:8080/api?x#y", "digest")
            .unwrap();
        assert!(
            w.starts_with("--allow-insecure-http: http://atlas.internal:8080 is plain http: the API key's digest answers"),
            "{w}"
        );
        assert!(!w.contains("s3cret") && !w.contains("user"), "{w}");
        let w = insecure_http_warning("http://127.0.0.1:1", "access-token").unwrap();
        assert!(
            w.contains("the access token (sent with every call) travels in clear"),
            "{w}"
        );
        assert_eq!(
            insecure_http_warning("https://cloud.mongodb.com", "digest"),
            None
        );
        assert_eq!(insecure_http_warning("http", "digest"), None);
    }
}
