//! The cache's directory and files: created private to the user, and checked to be the user's
//! own before a token is read from them.

#[cfg(not(unix))]
pub(super) use other::*;
#[cfg(unix)]
pub(super) use unix::*;

#[cfg(unix)]
mod unix {
    use std::fs::{DirBuilder, File, Metadata, OpenOptions};
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
    use std::path::Path;

    /// A file this user owns that no one else may read or write.
    pub(crate) fn check_private(meta: &Metadata) -> Result<(), String> {
        let me = rustix::process::geteuid().as_raw();
        if meta.uid() != me {
            return Err(format!("belongs to user {}, not to {me}", meta.uid()));
        }
        if meta.mode() & 0o077 != 0 {
            return Err(format!(
                "is open to the group or others (mode {:o}; 600 expected)",
                meta.mode() & 0o777
            ));
        }
        Ok(())
    }

    /// A directory (not a link to one) this user owns that no one else may write. Its mode is
    /// never changed: a directory the cache did not create is not its to change.
    pub(crate) fn check_dir(meta: &Metadata) -> Result<(), String> {
        if meta.file_type().is_symlink() {
            return Err("is a symbolic link, which is not followed".to_owned());
        }
        if !meta.is_dir() {
            return Err("is not a directory".to_owned());
        }
        let me = rustix::process::geteuid().as_raw();
        if meta.uid() != me {
            return Err(format!("belongs to user {}, not to {me}", meta.uid()));
        }
        if meta.mode() & 0o022 != 0 {
            return Err(format!(
                "is writable by the group or others (mode {:o})",
                meta.mode() & 0o777
            ));
        }
        Ok(())
    }

    /// Whether two metadata are of one file (the same device and inode).
    pub(crate) fn same_file(a: &Metadata, b: &Metadata) -> bool {
        a.dev() == b.dev() && a.ino() == b.ino()
    }

    /// Creates the directory, and any missing parent, `0700`.
    pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
        DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }

    pub(crate) fn create_private_file(path: &Path) -> std::io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
    }
}

#[cfg(not(unix))]
mod other {
    use std::fs::{File, Metadata, OpenOptions};
    use std::path::Path;

    /// Elsewhere the directory is the user's own (the platform's per-user cache directory).
    pub(crate) fn check_private(_meta: &Metadata) -> Result<(), String> {
        Ok(())
    }

    /// A directory, not a link to one.
    pub(crate) fn check_dir(meta: &Metadata) -> Result<(), String> {
        if meta.file_type().is_symlink() {
            return Err("is a symbolic link, which is not followed".to_owned());
        }
        if !meta.is_dir() {
            return Err("is not a directory".to_owned());
        }
        Ok(())
    }

    /// Elsewhere a file opened is taken as the one whose metadata were read.
    pub(crate) fn same_file(a: &Metadata, b: &Metadata) -> bool {
        a.is_file() && b.is_file()
    }

    pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)
    }

    pub(crate) fn create_private_file(path: &Path) -> std::io::Result<File> {
        OpenOptions::new().write(true).create_new(true).open(path)
    }
}
