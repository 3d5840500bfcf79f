//! What the binary's tests share: the fake Atlas they drive it against, and a directory of their
//! own for its configuration and cache.

use atlas_export_buckets::fake::FakeAtlas;

/// The project the tests use.
pub const GROUP: &str = "32b6e34b3d91647abb20e7b8";
/// An IAM role id.
pub const ROLE: &str = "668c5f0ed436263134491592";
/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_atlas-export-buckets");

/// A fake Atlas and a directory, for one test.
pub struct Home {
    /// Runs the fake while the test drives the binary.
    _rt: tokio::runtime::Runtime,
    pub fake: FakeAtlas,
    pub dir: tempfile::TempDir,
}

/// Starts a fake Atlas on a runtime of its own, beside a new temporary directory.
pub fn home() -> Home {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fake = rt.block_on(FakeAtlas::start()).unwrap();
    Home {
        _rt: rt,
        fake,
        dir: tempfile::tempdir().unwrap(),
    }
}
