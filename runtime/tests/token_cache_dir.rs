//! The token cache on disk meets files and directories it must not trust: a FIFO, a huge file,
//! a directory others can write, a directory that is a symbolic link.
#![cfg(unix)]
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use atlas_client_runtime::token_cache::{FileTokenCache, StoredToken, TokenCache, TokenKey};
use secrecy::{ExposeSecret, SecretString};

fn key() -> TokenKey<'static> {
    TokenKey::new("mdb_sa_id_x", "https://cloud.mongodb.com/")
}

type Seen = Arc<Mutex<Vec<String>>>;

fn cache(dir: &Path) -> (FileTokenCache, Seen) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let c = FileTokenCache::new(dir).on_warning(move |m| sink.lock().unwrap().push(m.to_owned()));
    (c, seen)
}

fn token(s: &str) -> StoredToken {
    StoredToken::new(
        SecretString::from(s.to_owned()),
        SystemTime::now() + Duration::from_secs(3000),
    )
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// `load` on another thread, given `secs` to answer.
fn load_within(c: &FileTokenCache, secs: u64) -> Option<StoredToken> {
    let c = c.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(c.load(&key()));
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("load answered without blocking")
}

#[test]
fn a_fifo_in_place_of_the_file_is_ignored_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let (c, warnings) = cache(&dir.path().join("cache"));
    c.store(&key(), &token("tok-1"));
    let path = c.path_for(&key());
    std::fs::remove_file(&path).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg("-m")
        .arg("600")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    assert!(load_within(&c, 10).is_none());
    let w = warnings.lock().unwrap().clone();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("not a regular file"), "{w:?}");
}

#[test]
fn a_huge_cache_file_is_ignored_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let (c, warnings) = cache(&dir.path().join("cache"));
    c.store(&key(), &token("tok-1"));
    let path = c.path_for(&key());
    // Sparse: 1 GiB that takes no room on disk.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let started = std::time::Instant::now();
    assert!(load_within(&c, 30).is_none());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let w = warnings.lock().unwrap().clone();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("larger than 65536 bytes"), "{w:?}");
    // The next token replaces it.
    c.store(&key(), &token("tok-2"));
    assert_eq!(
        c.load(&key()).unwrap().access_token.expose_secret(),
        "tok-2"
    );
}

#[test]
fn a_directory_others_can_write_is_not_used_nor_changed() {
    let dir = tempfile::tempdir().unwrap();
    let open = dir.path().join("cache");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let (c, warnings) = cache(&open);
    assert!(c.load(&key()).is_none());
    c.store(&key(), &token("tok-1"));
    assert!(c.load(&key()).is_none());
    assert_eq!(
        std::fs::read_dir(&open).unwrap().count(),
        0,
        "nothing is written"
    );
    assert_eq!(mode(&open), 0o777, "the directory is left as it was");
    let w = warnings.lock().unwrap().clone();
    assert_eq!(
        w.len(),
        1,
        "one warning, however often the cache is asked: {w:?}"
    );
    assert!(
        w[0].contains(&open.display().to_string())
            && w[0].contains("writable by the group or others"),
        "{w:?}"
    );
}

#[test]
fn a_directory_that_is_a_symbolic_link_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target");
    std::fs::create_dir(&target).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o755)).unwrap();
    let link = dir.path().join("cache");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let (c, warnings) = cache(&link);
    c.store(&key(), &token("tok-1"));
    assert!(c.load(&key()).is_none());
    assert_eq!(
        std::fs::read_dir(&target).unwrap().count(),
        0,
        "nothing is written"
    );
    assert_eq!(mode(&target), 0o755, "the target's mode is unchanged");
    let w = warnings.lock().unwrap().clone();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains(&link.display().to_string()) && w[0].contains("symbolic link"),
        "{w:?}"
    );
}

#[test]
fn an_existing_private_enough_directory_is_used_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("cache");
    std::fs::create_dir(&mine).unwrap();
    std::fs::set_permissions(&mine, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (c, warnings) = cache(&mine);
    c.store(&key(), &token("tok-1"));
    assert_eq!(
        c.load(&key()).unwrap().access_token.expose_secret(),
        "tok-1"
    );
    assert_eq!(
        mode(&mine),
        0o755,
        "a directory the cache did not create keeps its mode"
    );
    assert_eq!(mode(&c.path_for(&key())), 0o600);
    assert!(warnings.lock().unwrap().is_empty());
}
