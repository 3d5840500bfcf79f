//! Times `generate()` on a spec, stage by stage, against a baseline measured in the same run
//! (parsing the same text into a plain `serde_yaml::Value`): the build path (token text, what
//! `build.rs` writes) and the formatted path (the CLI's), and the build path's stages: parse,
//! lowering, token building (`quote`), writing the text.
//!
//! ```sh
//! cargo run --release -p atlas-codegen --example time_generate -- spec/export-buckets.v2.yaml 50
//! cargo run -p atlas-codegen --example time_generate -- spec/export-buckets.v2.yaml 20   # debug
//! ```

use std::time::{Duration, Instant};

use atlas_codegen::{emit, generate, lower, parse, Settings, Source};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let _ = f();
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args
        .next()
        .unwrap_or_else(|| "spec/export-buckets.v2.yaml".to_owned());
    let runs: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(30)
        .max(1);
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {file}: {e}");
            std::process::exit(2);
        }
    };
    let settings = Settings::new().unformatted();
    let formatted = Settings::new().with_formatting(true);
    if let Err(d) = generate(&Source::new(&file, &text), &settings) {
        eprintln!("{d}");
        std::process::exit(2);
    }
    let baseline = time(runs, || {
        serde_yaml::from_str::<serde_yaml::Value>(&text).is_ok()
    });
    let total = time(runs, || {
        generate(&Source::new(&file, &text), &settings).is_ok()
    });
    let total_formatted = time(runs, || {
        generate(&Source::new(&file, &text), &formatted).is_ok()
    });
    let parsed = match parse::parse(&file, &text, None) {
        Ok(p) => p,
        Err(d) => {
            eprintln!("{d}");
            std::process::exit(2);
        }
    };
    let Ok(m) = lower::lower(&file, &parsed, &settings) else {
        eprintln!("error: lowering failed");
        std::process::exit(2);
    };
    let t_parse = time(runs, || parse::parse(&file, &text, None).is_ok());
    let t_model = time(runs, || lower::lower(&file, &parsed, &settings).is_ok());
    let t_tokens = time(runs, || {
        emit::build_tokens_only(&m, "crate::__codegen").is_ok()
    });
    let t_emit = time(runs, || {
        emit::emit_unformatted(&m, "crate::__codegen").is_ok()
    });
    let t_write = t_emit.saturating_sub(t_tokens);
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("{file} ({profile}, median of {runs} runs)");
    println!(
        "baseline: serde_yaml parse to Value  {:>10.3} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "generate(), formatted (the CLI)      {:>10.3} ms  ({:.1}x baseline)",
        total_formatted.as_secs_f64() * 1e3,
        total_formatted.as_secs_f64() / baseline.as_secs_f64()
    );
    println!(
        "generate(), token text (build.rs)    {:>10.3} ms  ({:.1}x baseline, {:.2}x formatted)",
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() / baseline.as_secs_f64(),
        total.as_secs_f64() / total_formatted.as_secs_f64()
    );
    let stages = t_parse + t_model + t_tokens + t_write;
    for (name, t) in [
        ("parse (yaml + spec model)", t_parse),
        ("model (lowering)", t_model),
        ("tokens (quote)", t_tokens),
        ("write (token text)", t_write),
    ] {
        println!(
            "  {name:<34} {:>10.3} ms  ({:.0}% of stages)",
            t.as_secs_f64() * 1e3,
            100.0 * t.as_secs_f64() / stages.as_secs_f64()
        );
    }
}
