//! Keeping a service account's access token beyond one client: [`TokenCache`], and
//! [`FileTokenCache`], which keeps it on disk so that later runs of a program reuse it.
//!
//! Atlas rate-limits its token endpoint; a command-line tool that fetches a token on every run
//! meets that limit. With a cache, a client asks the cache before fetching a token, stores each
//! token it fetches, and drops a cached token that the server refuses (`401`).
//!
//! ```no_run
//! use atlas_client_runtime::token_cache::FileTokenCache;
//! use atlas_client_runtime::{Client, Credentials};
//!
//! # fn main() -> Result<(), atlas_client_runtime::Error> {
//! let client = Client::builder()
//!     .credentials(Credentials::service_account("mdb_sa_id_...", "mdb_sa_sk_..."))
//!     .token_cache(FileTokenCache::new("/home/me/.cache/my-tool"))
//!     .build()?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secrecy::{ExposeSecret, SecretString};
use sha2::Digest;

mod files;

/// What a cached token belongs to: one service account at one Atlas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TokenKey<'a> {
    /// The service account's client id.
    pub client_id: &'a str,
    /// The client's base URL (`https://cloud.mongodb.com/`).
    pub base_url: &'a str,
}

impl<'a> TokenKey<'a> {
    /// The key of `client_id` at `base_url`.
    pub fn new(client_id: &'a str, base_url: &'a str) -> Self {
        TokenKey {
            client_id,
            base_url,
        }
    }
}

/// A cached access token. `Debug` never shows it.
#[derive(Clone)]
#[non_exhaustive]
pub struct StoredToken {
    /// The access token (without `Bearer `).
    pub access_token: SecretString,
    /// Until when a client may use it: the server's expiry less a safety margin.
    pub use_until: SystemTime,
}

impl StoredToken {
    /// A token usable until `use_until`.
    pub fn new(access_token: SecretString, use_until: SystemTime) -> Self {
        StoredToken {
            access_token,
            use_until,
        }
    }
}

impl fmt::Debug for StoredToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredToken")
            .field("access_token", &"<redacted>")
            .field("use_until", &self.use_until)
            .finish()
    }
}

/// Where a client keeps service-account tokens beyond itself
/// ([`ClientBuilder::token_cache`](crate::ClientBuilder::token_cache)). Each method is called
/// while the client holds its own token lock, so a client asks at most once per fetch. A cache
/// that fails says nothing to the caller: it answers `None` and the client fetches a token.
pub trait TokenCache: Send + Sync + fmt::Debug {
    /// The token kept for `key`, if any. The client checks `use_until` itself.
    fn load(&self, key: &TokenKey<'_>) -> Option<StoredToken>;
    /// Keeps `token` for `key`, replacing any other.
    fn store(&self, key: &TokenKey<'_>, token: &StoredToken);
    /// Forgets the token kept for `key` (the server refused it).
    fn remove(&self, key: &TokenKey<'_>);
}

type Warn = Arc<dyn Fn(&str) + Send + Sync>;

/// The longest a service-account token is used, whatever lifetime the token endpoint gives it:
/// 24 hours (Atlas's tokens live one hour). A client takes a longer `expires_in` as this, and
/// does not use a cached token said to be usable for longer (nor does [`FileTokenCache`] load
/// one: it is ignored with a warning).
pub const MAX_TOKEN_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// The largest token cache file [`FileTokenCache`] reads: 64 KiB (a file is a few hundred
/// bytes). A larger one is ignored with a warning, unread.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// A [`TokenCache`] in a directory: one JSON file per service account and base URL, named by a
/// hash of both, holding the client id, the base URL, the access token and its `use_until` time
/// (never the client secret).
///
/// On Unix the directory is created `0700` and each file is written `0600` (through a temporary
/// file and a rename). A file that is not a regular file (a symbolic link, a FIFO, a device),
/// that belongs to another user, that the group or others can read, that is larger than
/// [`MAX_FILE_BYTES`], whose expiry time is out of range or more than [`MAX_TOKEN_LIFETIME`]
/// away, that does not parse, or that names
/// another client id or base URL is never trusted: it is ignored with a warning (unread, when
/// its kind or size says so), and replaced by the next token fetched.
///
/// A directory that already exists is used as it is, never changed, if it is a directory (not a
/// symbolic link to one) that belongs to the user running the program and that neither the
/// group nor others can write. Otherwise the cache is not used at all: a warning (once per
/// cache) names the directory and what is wrong with it, and clients go on without the cache.
///
/// Warnings go to `tracing` unless [`FileTokenCache::on_warning`] says otherwise.
#[derive(Clone)]
pub struct FileTokenCache {
    dir: PathBuf,
    warn: Warn,
    /// Whether a directory that cannot be used was warned of already.
    dir_warned: Arc<AtomicBool>,
}

impl fmt::Debug for FileTokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileTokenCache")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// What a cache's directory is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// It exists, and can be trusted.
    Usable,
    /// It does not exist (yet).
    Missing,
    /// It exists, and cannot be trusted.
    Refused,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct File {
    client_id: String,
    base_url: String,
    access_token: String,
    /// Seconds since the Unix epoch.
    use_until: u64,
}

impl FileTokenCache {
    /// A cache in `dir` (created on the first store).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileTokenCache {
            dir: dir.into(),
            warn: Arc::new(|message: &str| tracing::warn!("{message}")),
            dir_warned: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Sends warnings (a file ignored, a token that cannot be stored) to `warn` instead of
    /// `tracing`.
    #[must_use]
    pub fn on_warning(mut self, warn: impl Fn(&str) + Send + Sync + 'static) -> Self {
        self.warn = Arc::new(warn);
        self
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file that holds the token for `key`.
    pub fn path_for(&self, key: &TokenKey<'_>) -> PathBuf {
        let mut hash = sha2::Sha256::new();
        hash.update(key.client_id.as_bytes());
        hash.update([0]);
        hash.update(key.base_url.as_bytes());
        let digest = hash.finalize();
        let name: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("token-{name}.json"))
    }

    fn warn(&self, message: String) {
        (self.warn)(&message);
    }

    /// What the directory is, read without following a link. One that cannot be used is
    /// warned of the first time it is found so.
    fn dir_state(&self) -> Dir {
        let checked = match std::fs::symlink_metadata(&self.dir) {
            Ok(meta) => files::check_dir(&meta),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Dir::Missing,
            Err(e) => Err(format!("cannot be read: {e}")),
        };
        match checked {
            Ok(()) => Dir::Usable,
            Err(why) => {
                if !self.dir_warned.swap(true, Ordering::Relaxed) {
                    self.warn(format!(
                        "not using the token cache directory {}: it {why}; going on without the token cache",
                        self.dir.display()
                    ));
                }
                Dir::Refused
            }
        }
    }

    fn read(&self, path: &Path, key: &TokenKey<'_>) -> Result<Option<StoredToken>, String> {
        // The kind, owner, mode and size are read before the file is opened, without following
        // a link: a FIFO or a device is never opened (it could block), a huge file never read.
        let meta = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("cannot be read: {e}")),
        };
        if !meta.file_type().is_file() {
            return Err("is not a regular file".to_owned());
        }
        files::check_private(&meta)?;
        let too_large = || {
            format!(
                "is larger than {MAX_FILE_BYTES} bytes (a token cache file holds a few hundred)"
            )
        };
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large());
        }
        let opened = std::fs::File::open(path).map_err(|e| format!("cannot be read: {e}"))?;
        let opened_meta = opened
            .metadata()
            .map_err(|e| format!("cannot be read: {e}"))?;
        if !files::same_file(&meta, &opened_meta) {
            return Err("was replaced while it was read".to_owned());
        }
        let mut text = Vec::new();
        opened
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut text)
            .map_err(|e| format!("cannot be read: {e}"))?;
        if text.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large());
        }
        // The parser's message may quote the text, which holds a token: it is not repeated.
        let file: File = serde_json::from_slice(&text)
            .map_err(|e| format!("is not a token cache file (line {})", e.line()))?;
        if file.client_id != key.client_id || file.base_url != key.base_url {
            return Err("belongs to another client id or base URL".to_owned());
        }
        let use_until = UNIX_EPOCH
            .checked_add(Duration::from_secs(file.use_until))
            .ok_or_else(|| {
                format!(
                    "has an expiry time out of range ({} seconds after 1970)",
                    file.use_until
                )
            })?;
        if use_until
            .duration_since(SystemTime::now())
            .is_ok_and(|left| left > MAX_TOKEN_LIFETIME)
        {
            return Err(format!(
                "has an expiry time more than {} hours away, longer than any token is used",
                MAX_TOKEN_LIFETIME.as_secs() / 3600
            ));
        }
        Ok(Some(StoredToken {
            access_token: SecretString::from(file.access_token),
            use_until,
        }))
    }

    fn write(&self, path: &Path, key: &TokenKey<'_>, token: &StoredToken) -> std::io::Result<()> {
        let file = File {
            client_id: key.client_id.to_owned(),
            base_url: key.base_url.to_owned(),
            access_token: token.access_token.expose_secret().to_owned(),
            use_until: token
                .use_until
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        };
        let bytes = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let written = files::create_private_file(&tmp)
            .and_then(|mut f| f.write_all(&bytes).and_then(|()| f.sync_all()))
            .and_then(|()| std::fs::rename(&tmp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }
}

impl TokenCache for FileTokenCache {
    fn load(&self, key: &TokenKey<'_>) -> Option<StoredToken> {
        if self.dir_state() != Dir::Usable {
            return None;
        }
        let path = self.path_for(key);
        match self.read(&path, key) {
            Ok(found) => found,
            Err(why) => {
                self.warn(format!(
                    "ignoring the token cache file {}: it {why}",
                    path.display()
                ));
                None
            }
        }
    }

    fn store(&self, key: &TokenKey<'_>, token: &StoredToken) {
        let path = self.path_for(key);
        match self.dir_state() {
            Dir::Usable => {}
            Dir::Missing => {
                // Made here, so private; checked again in case another made it meanwhile.
                if let Err(e) = files::create_private_dir(&self.dir) {
                    self.warn(format!(
                        "cannot store the access token in {}: {e}",
                        path.display()
                    ));
                    return;
                }
                if self.dir_state() != Dir::Usable {
                    return;
                }
            }
            Dir::Refused => return,
        }
        if let Err(e) = self.write(&path, key, token) {
            self.warn(format!(
                "cannot store the access token in {}: {e}",
                path.display()
            ));
        }
    }

    fn remove(&self, key: &TokenKey<'_>) {
        if self.dir_state() == Dir::Usable {
            let _ = std::fs::remove_file(self.path_for(key));
        }
    }
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use std::sync::Mutex;

    use super::*;

    const KEY: TokenKey<'static> = TokenKey {
        client_id: "mdb_sa_id_x",
        base_url: "https://cloud.mongodb.com/",
    };

    fn cache(dir: &Path) -> (FileTokenCache, Arc<Mutex<Vec<String>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let c = FileTokenCache::new(dir.join("sub"))
            .on_warning(move |m| sink.lock().unwrap().push(m.to_owned()));
        (c, seen)
    }

    /// An hour from now, in whole seconds (what a file keeps).
    fn in_an_hour() -> SystemTime {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
        UNIX_EPOCH + Duration::from_secs(now.as_secs() + 3600)
    }

    fn token(s: &str) -> StoredToken {
        StoredToken::new(SecretString::from(s.to_owned()), in_an_hour())
    }

    #[test]
    fn a_stored_token_is_loaded_for_its_key_only() {
        let dir = tempfile::tempdir().unwrap();
        let (c, warnings) = cache(dir.path());
        assert!(c.load(&KEY).is_none());
        c.store(&KEY, &token("tok-1"));
        let got = c.load(&KEY).unwrap();
        assert_eq!(got.access_token.expose_secret(), "tok-1");
        let until = got.use_until.duration_since(UNIX_EPOCH).unwrap();
        assert_eq!(until.subsec_nanos(), 0);
        let off = in_an_hour().duration_since(got.use_until).unwrap();
        assert!(off < Duration::from_secs(60), "{off:?}");
        let other = TokenKey {
            client_id: "mdb_sa_id_y",
            ..KEY
        };
        assert!(c.load(&other).is_none());
        assert_ne!(c.path_for(&KEY), c.path_for(&other));
        assert!(!format!("{got:?}").contains("tok-1"));
        c.remove(&KEY);
        assert!(c.load(&KEY).is_none());
        assert!(warnings.lock().unwrap().is_empty());
    }

    #[test]
    fn corrupt_and_foreign_files_are_ignored_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let (c, warnings) = cache(dir.path());
        c.store(&KEY, &token("tok-1"));
        let path = c.path_for(&KEY);
        std::fs::write(&path, "{not json tok-1").unwrap();
        assert!(c.load(&KEY).is_none());
        // A file that names another key, under this key's name.
        let other = TokenKey {
            client_id: "mdb_sa_id_y",
            ..KEY
        };
        c.store(&other, &token("tok-2"));
        std::fs::rename(c.path_for(&other), &path).unwrap();
        assert!(c.load(&KEY).is_none());
        let w = warnings.lock().unwrap().clone();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("is not a token cache file"), "{w:?}");
        assert!(w[1].contains("another client id"), "{w:?}");
        assert!(w.iter().all(|m| !m.contains("tok-")), "{w:?}");
    }

    #[cfg(unix)]
    #[test]
    fn files_and_directory_are_private_and_an_open_file_is_not_trusted() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (c, warnings) = cache(dir.path());
        c.store(&KEY, &token("tok-1"));
        let path = c.path_for(&KEY);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(c.dir()), 0o700);
        assert_eq!(mode(&path), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(c.load(&KEY).is_none());
        let w = warnings.lock().unwrap().clone();
        assert!(w[0].contains("open to the group or others"), "{w:?}");
        // The next store replaces it with a private file.
        c.store(&KEY, &token("tok-3"));
        assert_eq!(mode(&path), 0o600);
        assert_eq!(c.load(&KEY).unwrap().access_token.expose_secret(), "tok-3");
    }
}
