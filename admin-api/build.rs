//! Finds the code that sits above the part crates, which `atlas-admin-api-base`'s build script
//! generated with the rest (`DEP_ATLAS_ADMIN_API_OUT_DIR/top.rs`: the `tags` module and, with
//! `operation-index`, `__visit_operations`), and hands its path to the compiler as
//! `ATLAS_ADMIN_API_TOP`.

use std::process::exit;

fn main() {
    let Some(dir) = std::env::var_os("DEP_ATLAS_ADMIN_API_OUT_DIR") else {
        eprintln!("error: DEP_ATLAS_ADMIN_API_OUT_DIR is not set (atlas-admin-api-base's output)");
        exit(1);
    };
    let path = std::path::Path::new(&dir).join("top.rs");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rustc-env=ATLAS_ADMIN_API_TOP={}", path.display());
}
