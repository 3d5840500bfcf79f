//! Fuzz target `decode`: see `atlas_fuzz::decode`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| atlas_fuzz::decode(data));
