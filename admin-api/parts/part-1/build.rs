//! Finds this part's generated code, which `atlas-admin-api-base`'s build script wrote
//! (`DEP_ATLAS_ADMIN_API_OUT_DIR/part-N.rs`, N from this package's name), and hands its path to
//! the compiler as `ATLAS_ADMIN_API_PART`. Every part crate has this script.

use std::process::exit;

fn main() {
    let Some(dir) = std::env::var_os("DEP_ATLAS_ADMIN_API_OUT_DIR") else {
        eprintln!("error: DEP_ATLAS_ADMIN_API_OUT_DIR is not set (atlas-admin-api-base's output)");
        exit(1);
    };
    let package = std::env::var("CARGO_PKG_NAME").unwrap_or_default();
    let Some(part) = package.strip_prefix("atlas-admin-api-") else {
        eprintln!("error: {package:?} is not a part crate of atlas-admin-api");
        exit(1);
    };
    let path = std::path::Path::new(&dir).join(format!("{part}.rs"));
    let code = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        exit(1);
    });
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rustc-env=ATLAS_ADMIN_API_PART={}", path.display());
    println!("cargo::rustc-check-cfg=cfg(atlas_api_error)");
    if code.contains("pub struct ApiError ") {
        println!("cargo::rustc-cfg=atlas_api_error");
    }
}
