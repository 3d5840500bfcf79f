// Benchmarks report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]
//! `generate()` on the export-buckets v2 fragment, end to end and stage by stage, against a
//! baseline measured in the same run (the same text parsed into a plain `serde_yaml::Value`).
//!
//! ```sh
//! cargo bench -p atlas-codegen --bench generate                 # release (bench profile)
//! cargo bench -p atlas-codegen --bench generate --profile dev   # opt-level 0, what build.rs runs
//! ```
//!
//! After criterion's figures it prints each stage's share of the stages' total.

use std::hint::black_box;
use std::time::{Duration, Instant};

use atlas_codegen::{emit, generate, lower, parse, project, Settings, Source};
use criterion::Criterion;

const SPEC: &str = "spec/export-buckets.v2.yaml";

struct Input {
    text: String,
    overrides: String,
    settings: Settings,
}

/// Reads the spec and overrides the way `build.rs` does, relative to the repository root.
fn input() -> Input {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |rel: &str| {
        std::fs::read_to_string(format!("{root}/{rel}"))
            .unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    };
    let overrides = read(project::OVERRIDES);
    Input {
        text: read(SPEC),
        settings: project::settings(&overrides),
        overrides,
    }
}

fn profile() -> &'static str {
    if cfg!(debug_assertions) {
        "dev"
    } else {
        "release"
    }
}

fn bench(c: &mut Criterion) {
    let inp = input();
    let overrides = Some((project::OVERRIDES, inp.overrides.as_str()));
    let parsed = parse::parse(SPEC, &inp.text, overrides).unwrap();
    let lowered = lower::lower(SPEC, &parsed, &inp.settings).unwrap();
    assert!(generate(&Source::new(SPEC, &inp.text), &inp.settings).is_ok());

    let mut g = c.benchmark_group(format!("generate-{}", profile()));
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    g.bench_function("baseline serde_yaml to Value", |b| {
        b.iter(|| serde_yaml::from_str::<serde_yaml::Value>(black_box(&inp.text)).unwrap())
    });
    g.bench_function("generate end to end", |b| {
        b.iter(|| generate(&Source::new(SPEC, black_box(&inp.text)), &inp.settings).unwrap())
    });
    g.bench_function("stage parse", |b| {
        b.iter(|| parse::parse(SPEC, black_box(&inp.text), overrides).unwrap())
    });
    g.bench_function("stage lower::lower", |b| {
        b.iter(|| lower::lower(SPEC, black_box(&parsed), &inp.settings).unwrap())
    });
    g.bench_function("stage emit::emit", |b| {
        b.iter(|| emit::emit(black_box(&lowered), "crate::__codegen").unwrap())
    });
    g.finish();
}

fn median_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    black_box(f());
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .collect();
    v.sort();
    v[v.len() / 2]
}

/// Each stage's share, from medians taken round-robin so that drift hits every stage alike.
fn shares() {
    let inp = input();
    let overrides = Some((project::OVERRIDES, inp.overrides.as_str()));
    let parsed = parse::parse(SPEC, &inp.text, overrides).unwrap();
    let lowered = lower::lower(SPEC, &parsed, &inp.settings).unwrap();
    let code = emit::emit(&lowered, "crate::__codegen").unwrap();
    let mut t = [
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    ];
    for _ in 0..15 {
        t[0].push(median_of(1, || {
            serde_yaml::from_str::<serde_yaml::Value>(&inp.text).unwrap()
        }));
        t[1].push(median_of(1, || {
            generate(&Source::new(SPEC, &inp.text), &inp.settings).unwrap()
        }));
        t[2].push(median_of(1, || {
            parse::parse(SPEC, &inp.text, overrides).unwrap()
        }));
        t[3].push(median_of(1, || {
            lower::lower(SPEC, &parsed, &inp.settings).unwrap()
        }));
        t[4].push(median_of(1, || {
            emit::emit(&lowered, "crate::__codegen").unwrap()
        }));
        // What formatting costs: the output parsed by syn and printed by prettyplease again.
        t[5].push(median_of(1, || {
            prettyplease::unparse(&syn::parse_file(&code).unwrap())
        }));
    }
    let m: Vec<f64> = t
        .into_iter()
        .map(|mut v| {
            v.sort();
            v[v.len() / 2].as_secs_f64() * 1e3
        })
        .collect();
    let stages = m[2] + m[3] + m[4];
    println!(
        "\n{SPEC}, {} profile, medians of 15 round-robin runs (noisy shared machine: read ratios)",
        profile()
    );
    println!("| step | median ms | ratio vs baseline | share of stages |");
    println!("|---|---:|---:|---:|");
    println!("| baseline: serde_yaml to Value | {:.2} | 1.00 | - |", m[0]);
    println!(
        "| generate() end to end | {:.2} | {:.2} | - |",
        m[1],
        m[1] / m[0]
    );
    for (name, v) in [
        ("parse", m[2]),
        ("lower::lower", m[3]),
        ("emit::emit", m[4]),
    ] {
        println!(
            "| stage {name} | {v:.2} | {:.2} | {:.0}% |",
            v / m[0],
            100.0 * v / stages
        );
    }
    println!(
        "| (estimate) syn::parse_file + prettyplease::unparse of the output | {:.2} | {:.2} | {:.0}% |",
        m[5],
        m[5] / m[0],
        100.0 * m[5] / stages
    );
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and then only checks.
    if std::env::args().any(|a| a == "--bench") {
        shares();
    }
}
