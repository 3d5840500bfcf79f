//! Settings and credentials from flags, the environment and the Atlas CLI's profile, in that
//! order (the Atlas CLI's precedence); a profile's secrets from the OS keyring when its file has
//! none.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use atlas_client_runtime::auth::{
    ENV_ACCESS_TOKEN, ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_PRIVATE_KEY, ENV_PUBLIC_KEY,
};
use atlas_client_runtime::Credentials;
use base64::Engine;

use crate::output::Format;
use crate::profile::{var, Env, Profile};

/// Atlas's base URL.
pub const CLOUD_URL: &str = "https://cloud.mongodb.com";
/// Atlas for Government's base URL (a profile's `service = "cloudgov"`).
pub const CLOUDGOV_URL: &str = atlas_client_runtime::client::ATLAS_GOV_BASE_URL;
/// The base URL, as the Atlas CLI names it.
pub const ENV_OPS_MANAGER_URL: &str = "MONGODB_ATLAS_OPS_MANAGER_URL";
/// The base URL, this program's earlier name (still read).
pub const ENV_BASE_URL: &str = "MONGODB_ATLAS_BASE_URL";
/// The project id.
pub const ENV_PROJECT_ID: &str = "MONGODB_ATLAS_PROJECT_ID";
/// The output format (`json` or `plaintext`).
pub const ENV_OUTPUT: &str = "MONGODB_ATLAS_OUTPUT";
/// The organisation `--orgId` defaults to.
pub const ENV_ORG_ID: &str = "MONGODB_ATLAS_ORG_ID";
/// The Atlas CLI's keyring services are named `atlascli_<profile>`.
pub const KEYRING_PREFIX: &str = "atlascli_";

/// What the command line says.
#[derive(Debug, Default, Clone, Copy)]
pub struct Flags<'a> {
    /// `--base-url`.
    pub base_url: Option<&'a str>,
    /// `--project-id`.
    pub project_id: Option<&'a str>,
    /// `-o`.
    pub output: Option<Format>,
    /// `--private-api-key-file`.
    pub private_api_key_file: Option<&'a Path>,
    /// `--client-secret-file`.
    pub client_secret_file: Option<&'a Path>,
}

/// The settings other than credentials.
#[derive(Debug)]
pub struct Settings {
    /// The base URL.
    pub base_url: String,
    /// The project id, if any layer names one.
    pub project_id: Option<String>,
    /// The organisation id, if the environment or the profile names one.
    pub org_id: Option<String>,
    /// The output format, if any layer names one (a profile always does: plaintext by default).
    pub output: Option<Format>,
}

fn output_named(value: &str, from: &str) -> Result<Format, String> {
    match value {
        "json" => Ok(Format::Json),
        "plaintext" | "table" => Ok(Format::Table),
        other => Err(format!(
            "{from} is {other:?}: this program writes json or plaintext (a table)"
        )),
    }
}

/// Base URL, project and output: flag, then environment variable, then profile.
pub fn settings(
    flags: &Flags<'_>,
    env: Env<'_>,
    profile: Option<&Profile>,
) -> Result<Settings, String> {
    let from_profile = |key: &str| profile.and_then(|p| p.get(key)).map(str::to_owned);
    let base_url = match flags
        .base_url
        .map(str::to_owned)
        .or_else(|| var(env, ENV_OPS_MANAGER_URL))
        .or_else(|| var(env, ENV_BASE_URL))
        .or_else(|| from_profile("ops_manager_url"))
    {
        Some(url) => url,
        None => match (profile, profile.and_then(|p| p.get("service"))) {
            (_, None | Some("cloud")) => CLOUD_URL.to_owned(),
            (_, Some("cloudgov")) => CLOUDGOV_URL.to_owned(),
            (Some(p), Some(other)) => {
                return Err(format!(
                    "service {other:?} of {} is not cloud or cloudgov; set ops_manager_url for another server",
                    p.describe()
                ))
            }
            (None, Some(_)) => CLOUD_URL.to_owned(),
        },
    };
    let project_id = flags
        .project_id
        .map(str::to_owned)
        .or_else(|| var(env, ENV_PROJECT_ID))
        .or_else(|| from_profile("project_id"));
    let org_id = var(env, ENV_ORG_ID).or_else(|| from_profile("org_id"));
    let output = match (flags.output, var(env, ENV_OUTPUT), profile) {
        (Some(f), _, _) => Some(f),
        (None, Some(v), _) => Some(output_named(&v, ENV_OUTPUT)?),
        (None, None, Some(p)) => Some(match p.get("output") {
            Some(v) => output_named(v, &format!("output of {}", p.describe()))?,
            // The Atlas CLI's default.
            None => Format::Table,
        }),
        (None, None, None) => None,
    };
    Ok(Settings {
        base_url,
        project_id,
        org_id,
        output,
    })
}

/// A store of secrets: the OS keyring, or a test's.
pub trait SecretStore {
    /// The secret `key` of `service`: `Ok(None)` when there is none, `Err` when the store
    /// cannot be read (the message never holds a secret).
    fn get(&self, service: &str, key: &str) -> Result<Option<String>, String>;
}

/// The keyring crate's entries, made by `F` (the OS's store, or its mock in tests).
pub struct Keyring<F>(pub F);

impl<F> SecretStore for Keyring<F>
where
    F: Fn(&str, &str) -> keyring::Result<keyring::Entry>,
{
    fn get(&self, service: &str, key: &str) -> Result<Option<String>, String> {
        let entry = (self.0)(service, key).map_err(|e| keyring_error(&e))?;
        match entry.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(&e)),
        }
    }
}

fn keyring_error(e: &keyring::Error) -> String {
    match e {
        // Its bytes are a secret.
        keyring::Error::BadEncoding(_) => "the stored value is not UTF-8".to_owned(),
        other => other.to_string(),
    }
}

/// The OS keyring, where the Atlas CLI keeps secrets: the Keychain on macOS, the Credential
/// Manager on Windows (target `<service>:<key>`, as the Atlas CLI writes it), the Secret Service
/// over D-Bus on Linux.
pub fn os_keyring() -> Keyring<fn(&str, &str) -> keyring::Result<keyring::Entry>> {
    fn entry(service: &str, key: &str) -> keyring::Result<keyring::Entry> {
        if cfg!(windows) {
            keyring::Entry::new_with_target(&format!("{service}:{key}"), service, key)
        } else {
            keyring::Entry::new(service, key)
        }
    }
    Keyring(entry)
}

/// One credential property, and where else it may come from.
#[derive(Clone, Copy)]
struct Key {
    /// The profile's key (and the keyring entry's name).
    name: &'static str,
    /// What people call it.
    label: &'static str,
    env: Option<&'static str>,
    flag: Option<&'static str>,
}

const CLIENT_ID: Key = Key {
    name: "client_id",
    label: "service-account client id",
    env: Some(ENV_CLIENT_ID),
    flag: None,
};
const CLIENT_SECRET: Key = Key {
    name: "client_secret",
    label: "service-account client secret",
    env: Some(ENV_CLIENT_SECRET),
    flag: Some("--client-secret-file"),
};
const PUBLIC_KEY: Key = Key {
    name: "public_api_key",
    label: "public API key",
    env: Some(ENV_PUBLIC_KEY),
    flag: None,
};
const PRIVATE_KEY: Key = Key {
    name: "private_api_key",
    label: "private API key",
    env: Some(ENV_PRIVATE_KEY),
    flag: Some("--private-api-key-file"),
};
const ACCESS_TOKEN: Key = Key {
    name: "access_token",
    label: "access token",
    env: None,
    flag: None,
};

/// Reads a secret from a file named on the command line: a regular file of at most 1 MiB
/// ([`crate::profile::read_file`]), its surrounding whitespace left out.
pub fn read_secret(path: &Path) -> Result<String, String> {
    crate::profile::read_file(path)
        .map(|s| s.trim().to_owned())
        .map_err(|e| e.naming(path))
}

struct Resolver<'a> {
    flags: &'a Flags<'a>,
    env: Env<'a>,
    profile: Option<&'a Profile>,
    store: &'a dyn SecretStore,
}

impl Resolver<'_> {
    /// From a flag or an environment variable.
    fn upper(&self, key: Key) -> Result<Option<String>, String> {
        let file = match key.name {
            "private_api_key" => self.flags.private_api_key_file,
            "client_secret" => self.flags.client_secret_file,
            _ => None,
        };
        if let Some(path) = file {
            return read_secret(path).map(Some);
        }
        Ok(key.env.and_then(|n| var(self.env, n)))
    }

    /// From the profile's file.
    fn file(&self, key: Key) -> Option<String> {
        self.profile?.get(key.name).map(str::to_owned)
    }

    /// From the keyring, under the profile's service (only for a profile the file has).
    fn ring(&self, key: Key) -> Result<Option<String>, String> {
        let Some(p) = self.profile else {
            return Ok(None);
        };
        let service = format!("{KEYRING_PREFIX}{}", p.name);
        Ok(self
            .store
            .get(&service, key.name)?
            .filter(|v| !v.is_empty()))
    }

    fn any(&self, key: Key) -> Result<Option<String>, String> {
        if let Some(v) = self.upper(key)? {
            return Ok(Some(v));
        }
        if let Some(v) = self.file(key) {
            return Ok(Some(v));
        }
        self.ring(key)
    }

    /// Where a key was looked for, for a message.
    fn looked(&self, key: Key, ring: &Result<Option<String>, String>) -> String {
        let mut places = Vec::new();
        if let Some(f) = key.flag {
            places.push(f.to_owned());
        }
        if let Some(e) = key.env {
            places.push(e.to_owned());
        }
        match self.profile {
            Some(p) => {
                places.push(format!("{} in {}", key.name, p.describe()));
                let service = format!("{KEYRING_PREFIX}{}", p.name);
                places.push(match ring {
                    Err(why) => format!(
                        "the keyring (service {service}, entry {}), which cannot be read: {why}",
                        key.name
                    ),
                    Ok(_) => format!(
                        "the keyring (service {service}, entry {}), which has none",
                        key.name
                    ),
                });
            }
            None => places.push(format!("{} in a profile (none was found)", key.name)),
        }
        places.join(", ")
    }

    /// Both halves of a pair, or an error naming the missing one and where it was looked for.
    fn pair(&self, a: Key, b: Key) -> Result<(String, String), String> {
        let get = |k: Key| -> Result<Option<String>, String> {
            if let Some(v) = self.upper(k)? {
                return Ok(Some(v));
            }
            Ok(self.file(k))
        };
        let (va, vb) = (get(a)?, get(b)?);
        let fill = |k: Key, v: Option<String>| -> Result<String, String> {
            if let Some(v) = v {
                return Ok(v);
            }
            let ring = self.ring(k);
            if let Ok(Some(v)) = ring {
                return Ok(v);
            }
            Err(format!(
                "no {} (looked in {})",
                k.label,
                self.looked(k, &ring)
            ))
        };
        let va = fill(a, va)?;
        let vb = fill(b, vb)?;
        Ok((va, vb))
    }
}

/// The credentials: a service account (`client_id`, `client_secret`), an API key
/// (`public_api_key`, `private_api_key`), or a user's `access_token`, each property from a flag,
/// then an environment variable, then the profile's file, then the keyring. The kind is the one
/// named by the highest layer that names any (a service account first when one layer names
/// both, as in the Atlas CLI); its other half may come from a lower layer.
pub fn credentials(
    flags: &Flags<'_>,
    env: Env<'_>,
    profile: Option<&Profile>,
    store: &dyn SecretStore,
    now: SystemTime,
) -> Result<Credentials, String> {
    let r = Resolver {
        flags,
        env,
        profile,
        store,
    };
    let up = |k: Key| r.upper(k).map(|v| v.is_some());
    let file = |k: Key| r.file(k).is_some();
    let service_account = if up(CLIENT_ID)? || up(CLIENT_SECRET)? {
        Some(true)
    } else if up(PUBLIC_KEY)? || up(PRIVATE_KEY)? {
        Some(false)
    } else if let Some(token) = var(env, ENV_ACCESS_TOKEN) {
        // After both pairs of the flags and the environment, before the profile.
        return env_access_token(&token, now);
    } else if file(CLIENT_ID) || file(CLIENT_SECRET) {
        Some(true)
    } else if file(PUBLIC_KEY) || file(PRIVATE_KEY) {
        Some(false)
    } else {
        None
    };
    match service_account {
        Some(true) => {
            let (id, secret) = r.pair(CLIENT_ID, CLIENT_SECRET)?;
            return Ok(Credentials::service_account(id, secret));
        }
        Some(false) => {
            let (public, private) = r.pair(PUBLIC_KEY, PRIVATE_KEY)?;
            return Ok(Credentials::digest(public, private));
        }
        None => {}
    }
    let no_credentials = |why: String| {
        format!(
            "no credentials: set {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}, or {ENV_PUBLIC_KEY} and {ENV_PRIVATE_KEY}, or {ENV_ACCESS_TOKEN}, or configure a profile with `atlas config init` or `atlas auth login` ({why})"
        )
    };
    let Some(p) = profile else {
        return Err(no_credentials(
            "no profile was found; pass -P/--profile to name one".to_owned(),
        ));
    };
    if let Some(token) = r.file(ACCESS_TOKEN) {
        return access_token(&token, p, now);
    }
    // The file has no credentials: recent Atlas CLI versions keep them in the keyring.
    let service = format!("{KEYRING_PREFIX}{}", p.name);
    let keyring_failed = |why: String| {
        no_credentials(format!(
            "{} has none, and the keyring (service {service}) cannot be read: {why}",
            p.describe()
        ))
    };
    if r.ring(CLIENT_ID).map_err(keyring_failed)?.is_some() {
        let (id, secret) = r.pair(CLIENT_ID, CLIENT_SECRET)?;
        return Ok(Credentials::service_account(id, secret));
    }
    if r.ring(PUBLIC_KEY).map_err(keyring_failed)?.is_some() {
        let (public, private) = r.pair(PUBLIC_KEY, PRIVATE_KEY)?;
        return Ok(Credentials::digest(public, private));
    }
    if let Some(token) = r.any(ACCESS_TOKEN).map_err(keyring_failed)? {
        return access_token(&token, p, now);
    }
    Err(no_credentials(format!(
        "neither {} nor the keyring (service {service}) has any",
        p.describe()
    )))
}

/// A user's access token, while it is valid: its `exp` claim (read, not verified: the server
/// verifies it) must be more than a few seconds away.
fn access_token(token: &str, profile: &Profile, now: SystemTime) -> Result<Credentials, String> {
    let login = format!(
        "log in again with `atlas auth login{}`",
        if profile.name == crate::profile::DEFAULT_PROFILE {
            String::new()
        } else {
            format!(" --profile {}", profile.name)
        }
    );
    let exp = jwt_expiry(token).map_err(|why| {
        format!(
            "the access token of {} cannot be read ({why}); {login}",
            profile.describe()
        )
    })?;
    let now = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    if exp <= now + Duration::from_secs(10) {
        let ago = now.saturating_sub(exp).as_secs();
        return Err(format!(
            "the access token of {} has expired ({}); {login}",
            profile.describe(),
            if ago == 0 {
                "now".to_owned()
            } else {
                format!("{} ago", human(ago))
            }
        ));
    }
    Ok(Credentials::access_token(token))
}

/// The access token of [`ENV_ACCESS_TOKEN`]: refused when it is a token whose `exp` claim has
/// passed; a token that is not a JWT is sent as it is, for the server to judge.
fn env_access_token(token: &str, now: SystemTime) -> Result<Credentials, String> {
    if let Ok(exp) = jwt_expiry(token) {
        let now = now.duration_since(UNIX_EPOCH).unwrap_or_default();
        if exp <= now + Duration::from_secs(10) {
            return Err(format!(
                "the access token in {ENV_ACCESS_TOKEN} has expired ({} ago); log in again with `atlas auth login` and set it anew",
                human(now.saturating_sub(exp).as_secs())
            ));
        }
    }
    Ok(Credentials::access_token(token))
}

fn human(secs: u64) -> String {
    match secs {
        0..=119 => format!("{secs} s"),
        120..=7199 => format!("{} min", secs / 60),
        7200..=172_799 => format!("{} h", secs / 3600),
        _ => format!("{} days", secs / 86_400),
    }
}

/// The `exp` claim of a JWT, unverified.
pub fn jwt_expiry(token: &str) -> Result<Duration, &'static str> {
    let mut parts = token.split('.');
    let (Some(_), Some(payload), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("it is not a JWT");
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| "its payload is not base64url")?;
    let claims: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|_| "its payload is not JSON")?;
    let exp = claims.get("exp").ok_or("it has no exp claim")?;
    exp.as_u64()
        .or_else(|| exp.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64))
        .map(Duration::from_secs)
        .ok_or("its exp claim is not a time")
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use std::collections::HashMap;

    use keyring::mock::MockCredential;

    use super::*;
    use crate::profile;

    /// A keyring of mock entries: each entry the code asks for is made from `secrets`, and
    /// `failure` makes every read fail as a store that cannot be reached does.
    fn mock_keyring(
        secrets: &[(&str, &str, &str)],
        failure: Option<&'static str>,
    ) -> Keyring<impl Fn(&str, &str) -> keyring::Result<keyring::Entry>> {
        let secrets: HashMap<(String, String), String> = secrets
            .iter()
            .map(|(s, k, v)| ((s.to_string(), k.to_string()), v.to_string()))
            .collect();
        Keyring(move |service: &str, key: &str| {
            let entry = keyring::Entry::new_with_credential(Box::new(MockCredential::default()));
            if let Some(v) = secrets.get(&(service.to_owned(), key.to_owned())) {
                entry.set_password(v)?;
            }
            if let Some(why) = failure {
                let mock: &MockCredential = entry.get_credential().downcast_ref().unwrap();
                mock.set_error(keyring::Error::PlatformFailure(why.into()));
            }
            Ok(entry)
        })
    }

    fn profile_of(text: &str, name: &str) -> (tempfile::TempDir, Profile) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let p = profile::load(&path, name, true).unwrap().profile.unwrap();
        (dir, p)
    }

    fn jwt(exp: u64) -> String {
        let enc = |v: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        format!(
            "{}.{}.c2lnbmF0dXJl",
            enc(serde_json::json!({"alg": "RS256", "typ": "JWT"})),
            enc(serde_json::json!({"sub": "user@example.com", "exp": exp}))
        )
    }

    const NOW: u64 = 1_800_000_000;

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(NOW)
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn shown(c: &Credentials) -> String {
        format!("{} {c:?}", c.kind())
    }

    #[test]
    fn secrets_missing_from_the_file_come_from_the_keyring() {
        let (_d, p) = profile_of(
            "[work]\npublic_api_key = \"pub-key\"\nproject_id = \"p\"\n",
            "work",
        );
        let store = mock_keyring(
            &[("atlascli_work", "private_api_key", "from-keyring")],
            None,
        );
        let c = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "digest");
        assert!(shown(&c).contains("pub-key") && !shown(&c).contains("from-keyring"));

        // Another profile's service is not read.
        let other = mock_keyring(
            &[("atlascli_default", "private_api_key", "from-keyring")],
            None,
        );
        let e = credentials(&Flags::default(), &no_env, Some(&p), &other, now()).unwrap_err();
        assert!(
            e.contains("no private API key")
                && e.contains("MONGODB_ATLAS_PRIVATE_API_KEY")
                && e.contains("--private-api-key-file")
                && e.contains("service atlascli_work, entry private_api_key"),
            "{e}"
        );

        // A file with no credentials at all: the keyring holds them all (a service account).
        let (_d, p) = profile_of("[default]\norg_id = \"o\"\n", "default");
        let store = mock_keyring(
            &[
                ("atlascli_default", "client_id", "mdb_sa_id_k"),
                ("atlascli_default", "client_secret", "mdb_sa_sk_k"),
            ],
            None,
        );
        let c = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "service-account");
        assert!(!shown(&c).contains("mdb_sa_sk_k"));
        // ... or a user's access token.
        let token = jwt(NOW + 600);
        let store = mock_keyring(&[("atlascli_default", "access_token", &token)], None);
        let c = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "access-token");
    }

    #[test]
    fn a_keyring_that_cannot_be_read_is_named_in_the_error() {
        let (_d, p) = profile_of("[default]\nclient_id = \"mdb_sa_id_x\"\n", "default");
        let store = mock_keyring(&[], Some("no D-Bus session"));
        let e = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap_err();
        assert!(
            e.contains("no service-account client secret")
                && e.contains("MONGODB_ATLAS_CLIENT_SECRET")
                && e.contains("client_secret in profile \"default\"")
                && e.contains("cannot be read")
                && e.contains("no D-Bus session"),
            "{e}"
        );
        let (_d, p) = profile_of("[default]\n", "default");
        let e = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap_err();
        assert!(
            e.starts_with("no credentials") && e.contains("no D-Bus session"),
            "{e}"
        );
        // The environment alone needs no keyring.
        let env = |n: &str| match n {
            "MONGODB_ATLAS_CLIENT_SECRET" => Some("s".to_owned()),
            _ => None,
        };
        let (_d, p) = profile_of("[default]\nclient_id = \"mdb_sa_id_x\"\n", "default");
        let c = credentials(&Flags::default(), &env, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "service-account");
    }

    #[test]
    fn flags_beat_variables_which_beat_the_profile() {
        let (dir, p) = profile_of(
            "[default]\npublic_api_key = \"file-pub\"\nprivate_api_key = \"file-priv\"\nproject_id = \"file-project\"\nops_manager_url = \"https://file.example/\"\noutput = \"json\"\n",
            "default",
        );
        let store = mock_keyring(&[], Some("unused"));
        let env = |n: &str| match n {
            "MONGODB_ATLAS_PUBLIC_API_KEY" => Some("env-pub".to_owned()),
            "MONGODB_ATLAS_PROJECT_ID" => Some("env-project".to_owned()),
            "MONGODB_ATLAS_OUTPUT" => Some("plaintext".to_owned()),
            "MONGODB_ATLAS_BASE_URL" => Some("https://alias.example".to_owned()),
            "MONGODB_ATLAS_OPS_MANAGER_URL" => Some("https://env.example".to_owned()),
            _ => None,
        };
        let s = settings(&Flags::default(), &env, Some(&p)).unwrap();
        assert_eq!(
            (s.base_url.as_str(), s.project_id.as_deref(), s.output),
            (
                "https://env.example",
                Some("env-project"),
                Some(Format::Table)
            )
        );
        let c = credentials(&Flags::default(), &env, Some(&p), &store, now()).unwrap();
        assert!(shown(&c).contains("env-pub"), "{}", shown(&c));
        let s = settings(&Flags::default(), &no_env, Some(&p)).unwrap();
        assert_eq!(
            (s.base_url.as_str(), s.project_id.as_deref(), s.output),
            (
                "https://file.example/",
                Some("file-project"),
                Some(Format::Json)
            )
        );
        let c = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap();
        assert!(shown(&c).contains("file-pub"), "{}", shown(&c));

        let key_file = dir.path().join("key");
        std::fs::write(&key_file, "flag-priv\n").unwrap();
        let flags = Flags {
            base_url: Some("https://flag.example"),
            project_id: Some("flag-project"),
            output: Some(Format::Json),
            private_api_key_file: Some(&key_file),
            client_secret_file: None,
        };
        let s = settings(&flags, &env, Some(&p)).unwrap();
        assert_eq!(
            (s.base_url.as_str(), s.project_id.as_deref(), s.output),
            (
                "https://flag.example",
                Some("flag-project"),
                Some(Format::Json)
            )
        );
        // The alias, when the Atlas CLI's name is not set.
        let alias = |n: &str| (n == ENV_BASE_URL).then(|| "https://alias.example".to_owned());
        assert_eq!(
            settings(&Flags::default(), &alias, Some(&p))
                .unwrap()
                .base_url,
            "https://alias.example"
        );

        // A service account in the environment beats an API key in the file; an API key in the
        // environment beats a service account in the file.
        let sa = |n: &str| match n {
            "MONGODB_ATLAS_CLIENT_ID" => Some("mdb_sa_id_env".to_owned()),
            "MONGODB_ATLAS_CLIENT_SECRET" => Some("mdb_sa_sk_env".to_owned()),
            _ => None,
        };
        let c = credentials(&Flags::default(), &sa, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "service-account");
        let (_d, sa_file) = profile_of(
            "[default]\nclient_id = \"mdb_sa_id_f\"\nclient_secret = \"mdb_sa_sk_f\"\n",
            "default",
        );
        let keys = |n: &str| match n {
            "MONGODB_ATLAS_PUBLIC_API_KEY" => Some("env-pub".to_owned()),
            "MONGODB_ATLAS_PRIVATE_API_KEY" => Some("env-priv".to_owned()),
            _ => None,
        };
        let c = credentials(&Flags::default(), &keys, Some(&sa_file), &store, now()).unwrap();
        assert_eq!(c.kind(), "digest");
        let c = credentials(&Flags::default(), &no_env, Some(&sa_file), &store, now()).unwrap();
        assert_eq!(c.kind(), "service-account");
    }

    #[test]
    fn service_picks_the_government_cloud_and_output_defaults_to_plaintext() {
        let (_d, p) = profile_of("[default]\nservice = \"cloudgov\"\n", "default");
        let s = settings(&Flags::default(), &no_env, Some(&p)).unwrap();
        assert_eq!(s.base_url, CLOUDGOV_URL);
        assert_eq!(s.output, Some(Format::Table), "the Atlas CLI's default");
        let (_d, p) = profile_of("[default]\nservice = \"cloud\"\n", "default");
        assert_eq!(
            settings(&Flags::default(), &no_env, Some(&p))
                .unwrap()
                .base_url,
            CLOUD_URL
        );
        let (_d, p) = profile_of("[default]\nservice = \"moon\"\n", "default");
        assert!(settings(&Flags::default(), &no_env, Some(&p))
            .unwrap_err()
            .contains("moon"));
        let (_d, p) = profile_of("[default]\noutput = \"go-template\"\n", "default");
        assert!(settings(&Flags::default(), &no_env, Some(&p))
            .unwrap_err()
            .contains("go-template"));
        // Without a profile, nothing decides the format here.
        let s = settings(&Flags::default(), &no_env, None).unwrap();
        assert_eq!((s.base_url.as_str(), s.output), (CLOUD_URL, None));
    }

    #[test]
    fn an_access_token_is_used_while_valid_and_named_when_expired() {
        let valid = jwt(NOW + 3600);
        let (_d, p) = profile_of(
            &format!("[default]\naccess_token = \"{valid}\"\n"),
            "default",
        );
        let store = mock_keyring(&[], Some("unused"));
        let c = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "access-token");
        assert!(!shown(&c).contains(&valid));

        let expired = jwt(NOW - 7200);
        let (_d, p) = profile_of(&format!("[team]\naccess_token = \"{expired}\"\n"), "team");
        let e = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap_err();
        assert!(
            e.contains("has expired (2 h ago)")
                && e.contains("atlas auth login --profile team")
                && !e.contains(&expired),
            "{e}"
        );
        let (_d, p) = profile_of("[default]\naccess_token = \"opaque\"\n", "default");
        let e = credentials(&Flags::default(), &no_env, Some(&p), &store, now()).unwrap_err();
        assert!(
            e.contains("not a JWT") && e.contains("atlas auth login"),
            "{e}"
        );
        assert_eq!(jwt_expiry(&jwt(42)).unwrap(), Duration::from_secs(42));
    }

    #[test]
    fn an_access_token_in_the_environment_comes_after_both_pairs_and_before_the_profile() {
        let valid = jwt(NOW + 3600);
        let store = mock_keyring(&[], Some("unused"));
        let (_d, p) = profile_of(
            "[default]\npublic_api_key = \"pub\"\nprivate_api_key = \"priv\"\n",
            "default",
        );
        let token_env = |n: &str| (n == "MONGODB_ATLAS_ACCESS_TOKEN").then(|| valid.clone());
        // Alone, or with a profile's keys: the token.
        let c = credentials(&Flags::default(), &token_env, None, &store, now()).unwrap();
        assert_eq!(c.kind(), "access-token");
        let c = credentials(&Flags::default(), &token_env, Some(&p), &store, now()).unwrap();
        assert_eq!(c.kind(), "access-token");
        // With a pair in the environment: the pair.
        let both = |n: &str| match n {
            "MONGODB_ATLAS_ACCESS_TOKEN" => Some(valid.clone()),
            "MONGODB_ATLAS_PUBLIC_API_KEY" => Some("p".to_owned()),
            "MONGODB_ATLAS_PRIVATE_API_KEY" => Some("s".to_owned()),
            _ => None,
        };
        let c = credentials(&Flags::default(), &both, None, &store, now()).unwrap();
        assert_eq!(c.kind(), "digest");
        // An expired JWT is refused without being shown; an opaque token is the server's to judge.
        let expired = jwt(NOW - 7200);
        let old = |n: &str| (n == "MONGODB_ATLAS_ACCESS_TOKEN").then(|| expired.clone());
        let e = credentials(&Flags::default(), &old, None, &store, now()).unwrap_err();
        assert!(
            e.contains("MONGODB_ATLAS_ACCESS_TOKEN has expired (2 h ago)") && !e.contains(&expired),
            "{e}"
        );
        let opaque = |n: &str| (n == "MONGODB_ATLAS_ACCESS_TOKEN").then(|| "opaque".to_owned());
        let c = credentials(&Flags::default(), &opaque, None, &store, now()).unwrap();
        assert_eq!(c.kind(), "access-token");
    }

    #[test]
    fn no_credentials_anywhere_says_where_to_put_them() {
        let store = mock_keyring(&[], None);
        let e = credentials(&Flags::default(), &no_env, None, &store, now()).unwrap_err();
        assert!(e.contains("MONGODB_ATLAS_CLIENT_ID") && e.contains("atlas config init"));
        let half = |n: &str| (n == ENV_PUBLIC_KEY).then(|| "pub".to_owned());
        let e = credentials(&Flags::default(), &half, None, &store, now()).unwrap_err();
        assert!(e.contains("MONGODB_ATLAS_PRIVATE_API_KEY"), "{e}");
    }
}
