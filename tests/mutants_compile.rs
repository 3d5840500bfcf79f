//! A fixed sample of generator outputs for specs whose names were mutated (keywords, digits first,
//! case-only variants, non-ASCII, the generator's own names; see `codegen/tests/names_property.rs`)
//! compiles without warnings.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
#![deny(warnings)]
// The mutants declare more items than this test uses.
#![allow(dead_code)]

/// The runtime path the generated code uses, as in the library.
mod __codegen {
    pub use atlas_export_buckets::__codegen::*;
}

/// `codegen/tests/mutants/m00.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m00.rs"]
pub mod m00;
/// `codegen/tests/mutants/m01.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m01.rs"]
pub mod m01;
/// `codegen/tests/mutants/m02.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m02.rs"]
pub mod m02;
/// `codegen/tests/mutants/m03.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m03.rs"]
pub mod m03;
/// `codegen/tests/mutants/m04.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m04.rs"]
pub mod m04;
/// `codegen/tests/mutants/m05.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m05.rs"]
pub mod m05;
/// `codegen/tests/mutants/m06.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m06.rs"]
pub mod m06;
/// `codegen/tests/mutants/m07.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m07.rs"]
pub mod m07;
/// `codegen/tests/mutants/m08.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m08.rs"]
pub mod m08;
/// `codegen/tests/mutants/m09.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m09.rs"]
pub mod m09;
/// `codegen/tests/mutants/m10.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m10.rs"]
pub mod m10;
/// `codegen/tests/mutants/m11.rs`.
#[rustfmt::skip]
#[path = "../codegen/tests/mutants/m11.rs"]
pub mod m11;

#[test]
fn every_mutant_of_the_sample_is_compiled_here() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/codegen/tests/mutants");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("mutants dir")
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".rs")
                .map(str::to_owned)
        })
        .collect();
    on_disk.sort();
    let listed: Vec<String> = (0..12).map(|i| format!("m{i:02}")).collect();
    assert_eq!(
        on_disk, listed,
        "list every codegen/tests/mutants/*.rs as a module here"
    );
}
