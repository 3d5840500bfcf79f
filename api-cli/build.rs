//! Links `atlas-api` as a position-dependent executable on Linux, unless `ATLAS_API_PIE` is set
//! when it is built.
//!
//! The binary holds every operation's tables: 2 MB of read-only data made of pointers. Linked as
//! a position-independent executable, the loader rewrites each of those pointers (111,000
//! relocations) at every start, copying about 500 pages: that was half of `--help`'s time
//! (BENCHMARKS row 8g). Linked at a fixed address, the pages are read from the file only when
//! used. The price is that the binary's own code is not at a random address (its libraries, stack
//! and heap still are); `ATLAS_API_PIE=1 cargo build --release --bin atlas-api` keeps the default.
//! SECURITY.md states the trade.

fn main() {
    println!("cargo::rerun-if-env-changed=ATLAS_API_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if linux && std::env::var_os("ATLAS_API_PIE").is_none() {
        println!("cargo::rustc-link-arg-bin=atlas-api=-no-pie");
    }
}
