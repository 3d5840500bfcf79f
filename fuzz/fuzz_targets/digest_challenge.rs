//! Fuzz target `digest_challenge`: see `atlas_fuzz::digest_challenge`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| atlas_fuzz::digest_challenge(data));
