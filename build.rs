//! Generates `v2.rs` and `v1.rs` into `OUT_DIR` from the vendored spec.

use std::path::{Path, PathBuf};
use std::process::exit;

use atlas_codegen::project::{OVERRIDES, SPECS};

fn read(root: &Path, rel: &str) -> String {
    println!("cargo::rerun-if-changed={rel}");
    match std::fs::read_to_string(root.join(rel)) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {rel}: {e}");
            exit(1);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        eprintln!("error: OUT_DIR is not set; run this through cargo");
        exit(1);
    };
    let overrides = read(&root, OVERRIDES);
    let texts: Vec<(&str, &str, String)> = SPECS
        .iter()
        .map(|(spec, out)| (*spec, *out, read(&root, spec)))
        .collect();
    // One thread per spec: a spec edit reruns this script before the crate's own recompile.
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .iter()
            .map(|(spec, _, text)| {
                let overrides = &overrides;
                scope.spawn(move || {
                    // Token text: rustc reads it, nobody else (`generated/` holds the formatted copy).
                    let settings = atlas_codegen::project::settings(overrides).unformatted();
                    atlas_codegen::generate(&atlas_codegen::Source::new(spec, text), &settings)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join()).collect()
    });
    let mut failed = false;
    for ((_, out, _), result) in texts.iter().zip(results) {
        let Ok(result) = result else {
            eprintln!("error: the generator panicked on {out}");
            exit(1);
        };
        match result {
            Ok(generated) => {
                for w in &generated.warnings {
                    println!("cargo::warning={w}");
                }
                let path = out_dir.join(out);
                let unchanged =
                    std::fs::read_to_string(&path).is_ok_and(|old| old == generated.code);
                if !unchanged {
                    if let Err(e) = std::fs::write(&path, &generated.code) {
                        eprintln!("error: cannot write {}: {e}", path.display());
                        exit(1);
                    }
                }
            }
            Err(diagnostics) => {
                for d in &diagnostics {
                    println!("cargo::error={d}");
                    eprintln!("error: {d}");
                }
                failed = true;
            }
        }
    }
    if failed {
        exit(1);
    }
}
