//! Snapshot comparison with explicit, validated blessing.

use std::path::Path;

/// Whether `UPDATE_GENERATED=1` asks to overwrite expected files. Refused under `CI`.
pub fn bless() -> bool {
    match std::env::var("UPDATE_GENERATED").ok().as_deref() {
        None | Some("") | Some("0") => false,
        Some("1") => {
            assert!(
                std::env::var_os("CI").is_none(),
                "UPDATE_GENERATED=1 is refused when CI is set: expected files are blessed only by a person"
            );
            true
        }
        Some(other) => panic!("UPDATE_GENERATED must be 1 (or unset), not {other:?}"),
    }
}

/// Compares `actual` with the file at `expected`, or overwrites it when blessing.
pub fn assert_snapshot(expected: &Path, actual: &str, bless_command: &str) {
    let old = std::fs::read_to_string(expected).unwrap_or_default();
    if old == actual {
        return;
    }
    if bless() {
        std::fs::write(expected, actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", expected.display()));
        eprintln!("blessed {}", expected.display());
        return;
    }
    let diff = similar::TextDiff::from_lines(old.as_str(), actual);
    let shown = expected.display().to_string();
    panic!(
        "{shown} is stale:\n{}\nIf the new output is right, bless it with:\n    {bless_command}",
        diff.unified_diff()
            .context_radius(3)
            .header(&format!("expected {shown}"), "actual")
    );
}
