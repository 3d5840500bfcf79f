// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
//! Replays the fuzz corpus as ordinary tests, without a fuzzer: every file in
//! `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` goes through the very functions the
//! cargo-fuzz targets call (`fuzz/src/lib.rs`, included below), so CI re-checks every input the
//! fuzzer found interesting and every crash it found.
//!
//! A regression file whose name starts with `open-` is a known, not yet fixed finding (see
//! `fuzz/regressions/README.md`): it is replayed and its outcome printed, but its panic does not
//! fail the test. Any other file must go through without a panic.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

#[path = "../fuzz/src/lib.rs"]
mod targets;

/// The generator is given no input larger than this (a hang guard; the fuzzer's `-max_len` for
/// `generate` is 64 KiB).
const GENERATE_MAX_LEN: usize = 200 * 1024;

/// The stack of each replay worker: a main thread's 8 MiB, as libFuzzer runs each input on its
/// main thread. A spawned thread's default 2 MiB is not enough for a debug build of the generator
/// to parse a document whose `oneOf`s nest about 40 deep (some 90 JSON levels; serde_json and
/// serde_yaml read up to 128), the reading of nested schemas being recursive.
const WORKER_STACK: usize = 8 * 1024 * 1024;

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

fn replay(target: &str, run: fn(&[u8]), max_len: usize) {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let corpus = files(&fuzz.join("corpus").join(target));
    assert!(
        !corpus.is_empty(),
        "no corpus for `{target}` in fuzz/corpus/{target}/"
    );
    let regressions = files(&fuzz.join("regressions").join(target));

    // Inputs are independent: replay them on every core (the generator dominates the time).
    let inputs: Vec<&PathBuf> = corpus.iter().chain(&regressions).collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (replayed, failures) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let share: Vec<&PathBuf> =
                    inputs.iter().skip(w).step_by(workers).copied().collect();
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, move || replay_all(&share, run, max_len))
                    .unwrap()
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).fold(
            (0, Vec::new()),
            |(n, mut all), (m, failures)| {
                all.extend(failures);
                (n + m, all)
            },
        )
    });
    eprintln!(
        "{target}: replayed {replayed} inputs ({} corpus, {} regressions)",
        corpus.len(),
        regressions.len()
    );
    assert!(
        failures.is_empty(),
        "`{target}` panicked on {} input(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Replays `paths`; returns how many were replayed and the panics of those that must not panic.
fn replay_all(paths: &[&PathBuf], run: fn(&[u8]), max_len: usize) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut replayed = 0;
    for path in paths {
        let data = match std::fs::read(path) {
            Ok(data) => data,
            // A fuzzer running at the same time may have replaced it.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        if data.len() > max_len {
            eprintln!("skipped ({} bytes): {}", data.len(), path.display());
            continue;
        }
        replayed += 1;
        let name = path.file_name().unwrap().to_string_lossy();
        let outcome = catch_unwind(AssertUnwindSafe(|| run(&data)));
        match (outcome, name.starts_with("open-")) {
            (Ok(()), false) => {}
            (Ok(()), true) => eprintln!(
                "known finding no longer panics (drop the `open-` prefix): {}",
                path.display()
            ),
            (Err(_), true) => eprintln!("known finding, still open: {}", path.display()),
            (Err(panic), false) => {
                let message = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("(no message)");
                failures.push(format!("{}: {message}", path.display()));
            }
        }
    }
    (replayed, failures)
}

#[test]
fn generate_corpus() {
    replay("generate", targets::generate, GENERATE_MAX_LEN);
}

#[test]
fn generate_shapes_corpus() {
    replay("generate_shapes", targets::generate_shapes, usize::MAX);
}

#[test]
fn decode_corpus() {
    replay("decode", targets::decode, usize::MAX);
}

#[test]
fn digest_challenge_corpus() {
    replay("digest_challenge", targets::digest_challenge, usize::MAX);
}

#[cfg(feature = "fake")]
#[test]
fn fake_http_corpus() {
    replay("fake_http", targets::fake_http, usize::MAX);
}
