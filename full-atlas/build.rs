//! Generates the whole API into `OUT_DIR/atlas.rs`, from the spec vendored in `../spec/full/`
//! (or the file `ATLAS_FULL_SPEC` names).

use std::path::PathBuf;
use std::process::exit;

fn main() {
    let spec = std::env::var("ATLAS_FULL_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("../spec/full/atlas-api-transformed.yaml"));
    println!("cargo::rerun-if-changed={}", spec.display());
    println!("cargo::rerun-if-env-changed=ATLAS_FULL_SPEC");
    let text = match std::fs::read_to_string(&spec) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", spec.display());
            exit(1);
        }
    };
    let name = spec.to_string_lossy().replace('\\', "/");
    let settings = atlas_codegen::Settings::new()
        .with_regenerate_command("bash scripts/full-atlas.sh")
        .unformatted();
    match atlas_codegen::generate(&atlas_codegen::Source::new(&name, &text), &settings) {
        Ok(g) => {
            let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
                eprintln!("error: OUT_DIR is not set");
                exit(1);
            };
            if let Err(e) = std::fs::write(out.join("atlas.rs"), g.code) {
                eprintln!("error: cannot write atlas.rs: {e}");
                exit(1);
            }
        }
        Err(d) => {
            for x in &d {
                eprintln!("error: {x}");
            }
            exit(1);
        }
    }
}
