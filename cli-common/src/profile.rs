//! The Atlas CLI's profiles: where its `config.toml` lives, and what a profile holds.
//!
//! A profile is a TOML table named after it. Only the keys this program uses are kept; the
//! others (`org_id`, `auth_type`, ...) are ignored.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The profile used without `-P/--profile`.
pub const DEFAULT_PROFILE: &str = "default";

/// The keys read from a profile.
pub const KEYS: [&str; 10] = [
    "public_api_key",
    "private_api_key",
    "client_id",
    "client_secret",
    "access_token",
    "project_id",
    "org_id",
    "output",
    "ops_manager_url",
    "service",
];

/// The keys that hold a secret: never shown.
const SECRET_KEYS: [&str; 3] = ["private_api_key", "client_secret", "access_token"];

/// Reads an environment variable (the process's, or a test's).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A non-empty variable.
pub fn var(env: Env<'_>, name: &str) -> Option<String> {
    env(name).filter(|v| !v.is_empty())
}

/// The Atlas CLI's configuration file: on Linux and other Unix systems
/// `$XDG_CONFIG_HOME/atlascli/config.toml` (default `~/.config/atlascli/config.toml`), on macOS
/// `~/Library/Application Support/atlascli/config.toml`, on Windows
/// `%AppData%\atlascli\config.toml`. `None` when the home directory is not known.
pub fn config_path(env: Env<'_>) -> Option<PathBuf> {
    let base = if cfg!(windows) {
        var(env, "APPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        var(env, "HOME").map(|h| Path::new(&h).join("Library/Application Support"))
    } else {
        var(env, "XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| var(env, "HOME").map(|h| Path::new(&h).join(".config")))
    }?;
    Some(base.join("atlascli").join("config.toml"))
}

/// This program's cache directory (the token cache): on Linux and other Unix systems
/// `$XDG_CACHE_HOME/atlas-export-buckets` (default `~/.cache/atlas-export-buckets`), on macOS
/// `~/Library/Caches/atlas-export-buckets`, on Windows `%LocalAppData%\atlas-export-buckets`.
pub fn cache_dir(env: Env<'_>) -> Option<PathBuf> {
    let base = if cfg!(windows) {
        var(env, "LOCALAPPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        var(env, "HOME").map(|h| Path::new(&h).join("Library/Caches"))
    } else {
        var(env, "XDG_CACHE_HOME")
            .map(PathBuf::from)
            .or_else(|| var(env, "HOME").map(|h| Path::new(&h).join(".cache")))
    }?;
    Some(base.join("atlas-export-buckets"))
}

/// One profile of the configuration file. `Debug` never shows a secret.
#[derive(Clone, Default)]
pub struct Profile {
    /// Its name.
    pub name: String,
    /// The file it was read from.
    pub path: PathBuf,
    values: BTreeMap<&'static str, String>,
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in &self.values {
            if SECRET_KEYS.contains(k) {
                m.entry(k, &"<redacted>");
            } else {
                m.entry(k, v);
            }
        }
        m.finish()?;
        write!(f, " (profile {:?} of {})", self.name, self.path.display())
    }
}

impl Profile {
    /// A key's value, when set and not empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// Where it is, for messages: `profile "default" of /home/me/.config/atlascli/config.toml`.
    pub fn describe(&self) -> String {
        format!("profile {:?} of {}", self.name, self.path.display())
    }
}

/// What reading the configuration file found.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The profile, when the file has it.
    pub profile: Option<Profile>,
    /// Things the user should know (a file others can read).
    pub warnings: Vec<String>,
}

/// The most this program reads of a file it is named (the configuration file, a request body,
/// a secret) or of a request body on stdin: 1 MiB.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// Why a file (or stdin) was not read.
#[derive(Debug)]
pub enum ReadError {
    /// There is no such file.
    NotFound,
    /// It is not a regular file (a directory, a FIFO, a socket, a device: reading one may block
    /// or never end); what it is.
    NotRegular(&'static str),
    /// It holds more than [`MAX_FILE_BYTES`]: its size, when known before reading.
    TooLarge(Option<u64>),
    /// It is not UTF-8 text.
    NotUtf8,
    /// Another I/O error.
    Io(std::io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = format!("the limit of 1 MiB ({MAX_FILE_BYTES} bytes)");
        match self {
            ReadError::NotFound => f.write_str("it does not exist"),
            ReadError::NotRegular(kind) => write!(f, "it is a {kind}, not a regular file"),
            ReadError::TooLarge(Some(size)) => write!(f, "it is {size} bytes, over {limit}"),
            ReadError::TooLarge(None) => write!(f, "it holds more than {limit}"),
            ReadError::NotUtf8 => f.write_str("it is not UTF-8 text"),
            ReadError::Io(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

impl ReadError {
    /// The message for a file: `cannot read <path>: <why>` (never the file's text).
    pub fn naming(&self, path: &Path) -> String {
        format!("cannot read {}: {self}", path.display())
    }
}

fn io_error(e: std::io::Error) -> ReadError {
    if e.kind() == std::io::ErrorKind::NotFound {
        ReadError::NotFound
    } else {
        ReadError::Io(e)
    }
}

/// What a file that is not a regular file is, for a message.
fn file_kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "FIFO (named pipe)";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_char_device() {
            return "character device";
        }
        if t.is_block_device() {
            return "block device";
        }
    }
    if t.is_dir() {
        "directory"
    } else {
        "special file"
    }
}

/// Checks that `meta` is a regular file of at most [`MAX_FILE_BYTES`].
fn check(meta: &std::fs::Metadata) -> Result<(), ReadError> {
    if !meta.is_file() {
        return Err(ReadError::NotRegular(file_kind(meta.file_type())));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(Some(meta.len())));
    }
    Ok(())
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`] as text. Anything else is refused before
/// it is read: what the path names is checked first; on Unix the file is then opened without
/// blocking (`O_NONBLOCK`, so that a FIFO put in its place cannot hold the program) and checked
/// again as opened; and no more than the limit is read whatever its size says.
pub fn read_file(path: &Path) -> Result<String, ReadError> {
    check(&std::fs::metadata(path).map_err(io_error)?)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io_error)?;
    check(&file.metadata().map_err(ReadError::Io)?)?;
    read_limited(file)
}

/// Reads at most [`MAX_FILE_BYTES`] of text from `reader`; more is an error.
pub fn read_limited(reader: impl Read) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(None));
    }
    String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)
}

/// Reads profile `name` from `path`. A missing file is no profile; a missing profile is no
/// profile unless `explicit` (asked for with `-P`), which is an error naming the file's profiles.
/// A malformed file is an error naming the file, line and column (never the text, which may hold
/// a secret). The file is read with [`read_file`]: a regular file of at most 1 MiB.
pub fn load(path: &Path, name: &str, explicit: bool) -> Result<Loaded, String> {
    let text = match read_file(path) {
        Ok(t) => t,
        Err(ReadError::NotFound) => {
            if explicit {
                return Err(format!(
                    "profile {name:?} not found: {} does not exist (create it with `atlas config init`)",
                    path.display()
                ));
            }
            return Ok(Loaded::default());
        }
        Err(e) => return Err(e.naming(path)),
    };
    let mut warnings = Vec::new();
    if let Some(w) = open_to_others(path) {
        warnings.push(w);
    }
    let table: toml::Table = toml::from_str(&text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| line_column(&text, s.start))
            .unwrap_or((1, 1));
        format!(
            "{} is not valid TOML: line {line}, column {column}: {}",
            path.display(),
            e.message().trim_end()
        )
    })?;
    let Some(entry) = table.get(name) else {
        if explicit {
            let names: Vec<&str> = table
                .iter()
                .filter(|(_, v)| v.is_table())
                .map(|(k, _)| k.as_str())
                .collect();
            return Err(format!(
                "profile {name:?} not found in {} (profiles there: {})",
                path.display(),
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                }
            ));
        }
        return Ok(Loaded {
            profile: None,
            warnings,
        });
    };
    let Some(entry) = entry.as_table() else {
        return Err(format!(
            "{}: {name:?} is not a profile (a table)",
            path.display()
        ));
    };
    let mut values = BTreeMap::new();
    for key in KEYS {
        match entry.get(key) {
            None => {}
            Some(toml::Value::String(s)) => {
                values.insert(key, s.clone());
            }
            Some(other) => {
                return Err(format!(
                    "{}: {key} of profile {name:?} is a {}, not a string",
                    path.display(),
                    other.type_str()
                ))
            }
        }
    }
    Ok(Loaded {
        profile: Some(Profile {
            name: name.to_owned(),
            path: path.to_owned(),
            values,
        }),
        warnings,
    })
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(unix)]
fn open_to_others(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    (mode & 0o044 != 0).then(|| {
        format!(
            "{} is readable by its group or others (mode {:o}) and may hold secrets: chmod 600 {}",
            path.display(),
            mode & 0o777,
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn open_to_others(_path: &Path) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        (dir, path)
    }

    #[test]
    fn the_named_profile_alone_is_read() {
        let (_d, path) = write(
            "[default]\npublic_api_key = \"pub\"\nprivate_api_key = \"s3cret\"\norg_id = \"o\"\nmongosh_path = \"/bin/mongosh\"\n\n[other]\nproject_id = \"p\"\n",
        );
        let loaded = load(&path, "other", true).unwrap();
        assert!(loaded.warnings.is_empty());
        let p = loaded.profile.unwrap();
        assert_eq!(p.get("project_id"), Some("p"));
        assert_eq!(p.get("public_api_key"), None, "no fallback to [default]");
        let d = load(&path, "default", false).unwrap().profile.unwrap();
        assert_eq!(d.get("public_api_key"), Some("pub"));
        assert_eq!(d.get("org_id"), Some("o"), "atlas-api's --orgId default");
        assert_eq!(d.get("mongosh_path"), None, "ignored");
        let shown = format!("{d:?}");
        assert!(
            !shown.contains("s3cret") && shown.contains("pub"),
            "{shown}"
        );
        let e = load(&path, "nope", true).unwrap_err();
        assert!(e.contains("default, other"), "{e}");
        assert!(load(&path, "nope", false).unwrap().profile.is_none());
    }

    #[test]
    fn a_malformed_file_names_file_and_line_without_its_text() {
        let (_d, path) = write("[default]\nprivate_api_key = \"s3cret\nproject_id = \"p\"\n");
        let e = load(&path, "default", false).unwrap_err();
        assert!(
            e.contains(&path.display().to_string()) && e.contains("line 2"),
            "{e}"
        );
        assert!(!e.contains("s3cret"), "{e}");
        let (_d, path) = write("[default]\nproject_id = 5\n");
        let e = load(&path, "default", false).unwrap_err();
        assert!(e.contains("project_id") && e.contains("integer"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_others_can_read_is_warned_about() {
        use std::os::unix::fs::PermissionsExt;
        let (_d, path) = write("[default]\n");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let loaded = load(&path, "default", false).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        assert!(loaded.warnings[0].contains("chmod 600"));
    }

    #[test]
    fn only_a_regular_file_of_at_most_the_limit_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, "x".repeat(MAX_FILE_BYTES as usize)).unwrap();
        assert_eq!(read_file(&path).unwrap().len(), MAX_FILE_BYTES as usize);
        std::fs::File::options()
            .append(true)
            .open(&path)
            .unwrap()
            .set_len(MAX_FILE_BYTES + 1)
            .unwrap();
        let e = read_file(&path).unwrap_err();
        assert!(matches!(e, ReadError::TooLarge(Some(n)) if n == MAX_FILE_BYTES + 1));
        assert_eq!(
            e.naming(&path),
            format!(
                "cannot read {}: it is 1048577 bytes, over the limit of 1 MiB (1048576 bytes)",
                path.display()
            )
        );
        let e = read_file(dir.path()).unwrap_err();
        assert_eq!(e.to_string(), "it is a directory, not a regular file");
        assert!(matches!(
            read_file(&dir.path().join("missing")),
            Err(ReadError::NotFound)
        ));
        std::fs::write(&path, [0xff, 0xfe]).unwrap();
        assert!(matches!(read_file(&path), Err(ReadError::NotUtf8)));
        let long = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        assert!(matches!(
            read_limited(&long[..]),
            Err(ReadError::TooLarge(None))
        ));
        assert_eq!(read_limited(&long[1..]).unwrap().len(), long.len() - 1);
    }

    #[test]
    fn locations_follow_the_platform() {
        let env = |n: &str| match n {
            "XDG_CONFIG_HOME" => Some("/x/config".to_owned()),
            "HOME" => Some("/home/u".to_owned()),
            "APPDATA" => Some("C:\\Users\\u\\AppData\\Roaming".to_owned()),
            "LOCALAPPDATA" => Some("C:\\Users\\u\\AppData\\Local".to_owned()),
            _ => None,
        };
        let path = config_path(&env).unwrap();
        let cache = cache_dir(&env).unwrap();
        if cfg!(windows) {
            assert!(path.starts_with("C:\\Users\\u\\AppData\\Roaming"));
        } else if cfg!(target_os = "macos") {
            assert_eq!(
                path,
                Path::new("/home/u/Library/Application Support/atlascli/config.toml")
            );
        } else {
            assert_eq!(path, Path::new("/x/config/atlascli/config.toml"));
            assert_eq!(cache, Path::new("/home/u/.cache/atlas-export-buckets"));
            let home_only = |n: &str| (n == "HOME").then(|| "/home/u".to_owned());
            assert_eq!(
                config_path(&home_only).unwrap(),
                Path::new("/home/u/.config/atlascli/config.toml")
            );
        }
        assert!(config_path(&|_| None).is_none());
    }
}
