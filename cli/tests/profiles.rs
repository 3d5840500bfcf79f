//! The binary as an Atlas CLI user runs it: settings from a profile alone, an `atlas auth login`
//! token, precedence, the token cache across runs, the recovering create, the Atlas CLI's
//! command names, `--api-version v1.0` and shell completions.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use atlas_export_buckets::fake::Fault;
use base64::Engine;
use serde_json::Value;

mod support;

use support::{home, Home, BIN, GROUP, ROLE};

impl Home {
    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn cache(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    /// Writes the Atlas CLI's config.toml (0600, as the Atlas CLI writes it).
    fn write_profiles(&self, text: &str) -> PathBuf {
        let dir = self.config().join("atlascli");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        path
    }

    /// The binary with no settings in its environment but these two directories.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_clear()
            .env("XDG_CONFIG_HOME", self.config())
            .env("XDG_CACHE_HOME", self.cache())
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}: {text}"))
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A JWT-shaped token that expires `exp` seconds after the Unix epoch (the signature is not
/// checked by the client; the fake checks the whole token).
fn jwt(exp: u64) -> String {
    let enc = |v: Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.c2lnbmF0dXJl",
        enc(serde_json::json!({"alg": "RS256", "typ": "JWT"})),
        enc(serde_json::json!({"sub": "user@example.com", "exp": exp}))
    )
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn api_key_profile(h: &Home, name: &str, extra: &str) -> PathBuf {
    h.write_profiles(&format!(
        "[{name}]\npublic_api_key = \"demo-public-key\"\nprivate_api_key = \"demo-private-key\"\nproject_id = \"{GROUP}\"\nops_manager_url = \"{}/\"\norg_id = \"5e2211c17a3e5a48f5497de3\"\n{extra}",
        h.fake.base_url()
    ))
}

#[test]
fn every_command_runs_from_a_profile_alone() {
    let h = home();
    api_key_profile(&h, "default", "output = \"json\"\n");
    let aws = h.json(&[
        "create",
        "--aws",
        "--bucket-name",
        "from-profile",
        "--iam-role-id",
        ROLE,
    ]);
    let id = aws["_id"].as_str().unwrap();
    let gcp = h.json(&[
        "create",
        "--gcp",
        "--bucket-name",
        "gcp-profile",
        "--role-id",
        ROLE,
    ]);
    assert_eq!(gcp["cloudProvider"], "GCP");
    assert_eq!(h.json(&["list"]).as_array().unwrap().len(), 2);
    assert_eq!(h.json(&["ls", "--all"]).as_array().unwrap().len(), 2);
    assert_eq!(h.json(&["describe", id])["bucketName"], "from-profile");
    assert_eq!(h.json(&["get", id])["bucketName"], "from-profile");
    assert_eq!(
        h.json(&["update", id, "--require-private-networking", "true"])["requirePrivateNetworking"],
        true
    );
    // v1.0: the AWS bucket is there, the GCP one is not (v1.0 is AWS only).
    let v1 = h.json(&["--api-version", "v1.0", "list"]);
    assert_eq!(v1.as_array().unwrap().len(), 1, "{v1}");
    assert_eq!(
        h.json(&["describe", id, "--api-version", "v1.0"])["iamRoleId"],
        ROLE
    );
    let made = h.json(&[
        "--api-version",
        "v1.0",
        "create",
        "--aws",
        "--bucket-name",
        "v1-bucket",
        "--iam-role-id",
        ROLE,
    ]);
    let v1_id = made["_id"].as_str().unwrap();
    assert!(h
        .fake
        .requests()
        .iter()
        .any(|r| r.uri.starts_with("/api/atlas/v1.0/")));
    let out = h.run(&["--api-version", "v1.0", "rm", v1_id, "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = h.run(&["delete", id, "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(h.fake.bucket_count(GROUP), 1);
    let out = h.run(&[
        "--api-version",
        "v1.0",
        "update",
        id,
        "--require-private-networking",
        "true",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    // Without `output`, a profile prints the Atlas CLI's plaintext: a table, even to a pipe.
    api_key_profile(&h, "default", "");
    let text = h.ok(&["list"]);
    assert!(
        text.starts_with("ID") && text.contains("gcp-profile"),
        "{text}"
    );
    assert!(h.json(&["list", "-o", "json"]).is_array());
    // A named profile, before or after the command; no fallback to [default].
    api_key_profile(&h, "work", "output = \"json\"\n");
    assert!(h.json(&["-P", "work", "list"]).is_array());
    assert!(h.json(&["list", "--profile", "work"]).is_array());
    let out = h.run(&["list", "-P", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("profile \"nope\" not found"),
        "{}",
        stderr(&out)
    );
    // Nothing of the secrets ever shows.
    for args in [&["list", "-P", "nope"][..], &["list"], &["--help"]] {
        let out = h.run(args);
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(!all.contains("demo-private-key"), "{all}");
    }
}

#[test]
fn the_profile_file_is_checked() {
    let h = home();
    let path =
        h.write_profiles("[default]\nprivate_api_key = \"unterminated\nproject_id = \"x\"\n");
    let out = h.run(&["list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&path.display().to_string()) && err.contains("line 2"),
        "{err}"
    );
    assert!(!err.contains("unterminated"), "{err}");
    // Readable by others: a warning, and the command still runs.
    let path = api_key_profile(&h, "default", "output = \"json\"\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = h.run(&["list"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains("chmod 600"), "{}", stderr(&out));
    }
    // A secret that is in neither the file nor a keyring: which one, and where it was looked for.
    h.write_profiles(&format!(
        "[default]\npublic_api_key = \"demo-public-key\"\nops_manager_url = \"{}\"\nproject_id = \"{GROUP}\"\n",
        h.fake.base_url()
    ));
    let out = h
        .cmd(&["list"])
        // No keyring answers in this environment.
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("no private API key")
            && err.contains("MONGODB_ATLAS_PRIVATE_API_KEY")
            && err.contains("atlascli_default"),
        "{err}"
    );
    assert!(h.fake.requests().iter().all(|r| r.status != 0));
}

#[test]
fn an_atlas_auth_login_token_is_a_bearer_until_it_expires() {
    let h = home();
    let token = jwt(unix_now() + 3600);
    h.fake
        .accept_bearer_token(token.clone(), Duration::from_secs(3600));
    h.write_profiles(&format!(
        "[default]\naccess_token = \"{token}\"\nrefresh_token = \"r\"\nauth_type = \"user_account\"\nproject_id = \"{GROUP}\"\nops_manager_url = \"{}\"\noutput = \"json\"\n",
        h.fake.base_url()
    ));
    assert!(h.json(&["list"]).is_array());
    let expired = jwt(unix_now() - 600);
    h.write_profiles(&format!(
        "[default]\naccess_token = \"{expired}\"\nproject_id = \"{GROUP}\"\nops_manager_url = \"{}\"\n",
        h.fake.base_url()
    ));
    let before = h.fake.requests().len();
    let out = h.run(&["list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("has expired") && err.contains("atlas auth login"),
        "{err}"
    );
    assert!(!err.contains(&expired));
    assert_eq!(h.fake.requests().len(), before, "nothing was sent");
}

#[test]
fn flags_beat_variables_which_beat_the_profile() {
    let h = home();
    h.write_profiles(
        "[default]\npublic_api_key = \"demo-public-key\"\nprivate_api_key = \"wrong-private-key\"\nproject_id = \"aaaaaaaaaaaaaaaaaaaaaaaa\"\nops_manager_url = \"http://127.0.0.1:9/\"\noutput = \"plaintext\"\n",
    );
    // The profile alone: wrong everywhere (a closed port).
    let out = h.run(&["list"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    // Variables override it, the Atlas CLI's names and the alias alike.
    let with_env = |c: &mut Command| {
        c.env("MONGODB_ATLAS_OPS_MANAGER_URL", h.fake.base_url())
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", "demo-private-key")
            .env("MONGODB_ATLAS_PROJECT_ID", GROUP)
            .env("MONGODB_ATLAS_OUTPUT", "json");
    };
    let mut c = h.cmd(&["list"]);
    with_env(&mut c);
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice::<Value>(&out.stdout).unwrap();
    let out = h
        .cmd(&["list"])
        .env("MONGODB_ATLAS_BASE_URL", h.fake.base_url())
        .env("MONGODB_ATLAS_PRIVATE_API_KEY", "demo-private-key")
        .env("MONGODB_ATLAS_PROJECT_ID", GROUP)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ID"));
    // Flags override both.
    let key = h.dir.path().join("wrong-key");
    std::fs::write(&key, "another-wrong-key").unwrap();
    let mut c = h.cmd(&[
        "list",
        "--private-api-key-file",
        key.to_str().unwrap(),
        "-o",
        "table",
    ]);
    with_env(&mut c);
    let out = c.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the flag's key is refused: {}",
        stderr(&out)
    );
    let mut c = h.cmd(&["list", "--project-id", "not-a-project"]);
    with_env(&mut c);
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("groupId"), "{}", stderr(&out));
    let mut c = h.cmd(&["list", "--base-url", "http://127.0.0.1:9", "-o", "table"]);
    with_env(&mut c);
    assert_eq!(c.output().unwrap().status.code(), Some(3));
}

#[test]
fn three_runs_fetch_one_token_and_a_bad_cache_is_not_trusted() {
    let h = home();
    h.write_profiles(&format!(
        "[default]\nclient_id = \"mdb_sa_id_demo\"\nclient_secret = \"mdb_sa_sk_demo\"\nproject_id = \"{GROUP}\"\nops_manager_url = \"{}\"\noutput = \"json\"\n",
        h.fake.base_url()
    ));
    for _ in 0..3 {
        assert!(h.json(&["list"]).is_array());
    }
    assert_eq!(h.fake.tokens_issued(), 1, "one token for three runs");
    let dir = h.cache().join("atlas-export-buckets");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = &files[0];
    let text = std::fs::read_to_string(file).unwrap();
    assert!(!text.contains("mdb_sa_sk_demo"), "never the client secret");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&dir), mode(file)), (0o700, 0o600));
        // Readable by the group: ignored with a warning, and replaced.
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o640)).unwrap();
        let out = h.run(&["list"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("ignoring the token cache file"),
            "{}",
            stderr(&out)
        );
        assert_eq!(h.fake.tokens_issued(), 2);
        assert_eq!(mode(file), 0o600);
    }
    // Corrupt: ignored with a warning.
    std::fs::write(file, "{").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = h.run(&["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not a token cache file"),
        "{}",
        stderr(&out)
    );
    let issued = h.fake.tokens_issued();
    // A cached token the server refuses: dropped, and one new token fetched.
    let mut cached: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    cached["access_token"] = "revoked".into();
    std::fs::write(file, cached.to_string()).unwrap();
    assert!(h.json(&["list"]).is_array());
    assert_eq!(h.fake.tokens_issued(), issued + 1);
    // --no-token-cache: each run fetches its own.
    assert!(h.json(&["list", "--no-token-cache"]).is_array());
    assert_eq!(h.fake.tokens_issued(), issued + 2);
    assert!(h.json(&["list"]).is_array());
    assert_eq!(h.fake.tokens_issued(), issued + 2);
}

#[test]
fn a_create_that_was_made_but_not_answered_is_recovered_once() {
    let h = home();
    api_key_profile(&h, "default", "output = \"json\"\n");
    // Digest: a challenge, the list before the create, then the create itself.
    for fault in [Fault::HandledThenUnavailable, Fault::HandledThenDropped] {
        let before = h.fake.bucket_count(GROUP);
        h.fake.inject(Fault::Slow(Duration::ZERO), 2);
        h.fake.inject(fault.clone(), 1);
        let name = format!("recovered-{}", before);
        let out = h.run(&["create", "--gcp", "--bucket-name", &name, "--role-id", ROLE]);
        assert_eq!(out.status.code(), Some(0), "{fault:?}: {}", stderr(&out));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["bucketName"], name.as_str());
        assert!(
            stderr(&out).contains("outcome was unknown"),
            "{}",
            stderr(&out)
        );
        assert_eq!(h.fake.bucket_count(GROUP), before + 1, "{fault:?}");
    }
    // With --no-recover, a 503 after the fact is reported as it came.
    h.fake.inject(Fault::Slow(Duration::ZERO), 1);
    h.fake.inject(Fault::HandledThenUnavailable, 1);
    let out = h.run(&[
        "create",
        "--gcp",
        "--bucket-name",
        "unrecovered",
        "--role-id",
        ROLE,
        "--no-recover",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("503"));
}

#[test]
fn completions_for_three_shells() {
    let h = home();
    for shell in ["bash", "zsh", "fish"] {
        let script = h.ok(&["completions", shell]);
        assert!(
            script.contains("atlas-export-buckets") && script.contains("describe"),
            "{shell}: {script}"
        );
    }
    let out = h.run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}
