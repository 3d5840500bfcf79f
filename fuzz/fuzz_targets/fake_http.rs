//! Fuzz target `fake_http`: see `atlas_fuzz::fake_http`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| atlas_fuzz::fake_http(data));
