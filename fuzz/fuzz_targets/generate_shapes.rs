//! Fuzz target `generate_shapes`: see `atlas_fuzz::generate_shapes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| atlas_fuzz::generate_shapes(data));
