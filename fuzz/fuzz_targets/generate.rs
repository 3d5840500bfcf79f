//! Fuzz target `generate`: see `atlas_fuzz::generate`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| atlas_fuzz::generate(data));
