//! Times atlas-codegen's `generate()` and progenitor 0.15.1's library path (the way a build
//! script would call it: parse -> `Generator::generate_tokens` -> `syn::parse2` +
//! `prettyplease::unparse`) alternately in one process, one profile, and prints one table.
//!
//! ```sh
//! scripts/bench-peers.sh            # normalizes the specs, builds dev and release, prints tables
//! cargo run --manifest-path peers/Cargo.toml [--release] -- \
//!     --ours spec/export-buckets.v2.yaml --overrides spec/overrides.yaml \
//!     --progenitor /tmp/out.json --runs 20 [--only ours|progenitor|none]
//! ```
//!
//! `PEERS_DUMP_PROGENITOR=FILE` writes progenitor's output there (to compare the types).

use std::process::exit;
use std::time::{Duration, Instant};

struct Args {
    ours: String,
    overrides: Option<String>,
    progenitor: String,
    runs: usize,
    only: String,
    label: String,
}

fn parse_args() -> Args {
    let mut a = Args {
        ours: String::new(),
        overrides: None,
        progenitor: String::new(),
        runs: 10,
        only: "both".to_owned(),
        label: String::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next().unwrap_or_else(|| {
                eprintln!("error: {flag} needs a value");
                exit(2)
            })
        };
        match flag.as_str() {
            "--ours" => a.ours = value(),
            "--overrides" => a.overrides = Some(value()),
            "--progenitor" => a.progenitor = value(),
            "--runs" => a.runs = value().parse().unwrap_or(10),
            "--only" => a.only = value(),
            "--label" => a.label = value(),
            other => {
                eprintln!("error: unknown argument {other}");
                exit(2)
            }
        }
    }
    if a.ours.is_empty() || a.progenitor.is_empty() {
        eprintln!("usage: atlas-peers --ours SPEC.yaml [--overrides FILE] --progenitor NORMALIZED.json [--runs N] [--only ours|progenitor|both|none] [--label TEXT]");
        exit(2)
    }
    a.runs = a.runs.max(1);
    a
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("error: cannot read {path}: {e}");
        exit(2)
    })
}

/// What one run produced: generated lines, or the number of diagnostics.
#[derive(Clone, Copy)]
enum Outcome {
    /// Generated lines and warnings.
    Lines(usize, usize),
    Diagnostics(usize),
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Lines(n, 0) => write!(f, "{n} lines"),
            Outcome::Lines(n, w) => write!(f, "{n} lines, {w} warnings"),
            Outcome::Diagnostics(n) => write!(f, "REJECTED: {n} diagnostics"),
        }
    }
}

fn ours(file: &str, text: &str, settings: &atlas_codegen::Settings) -> Outcome {
    match atlas_codegen::generate(&atlas_codegen::Source::new(file, text), settings) {
        Ok(g) => Outcome::Lines(g.code.lines().count(), g.warnings.len()),
        Err(d) => Outcome::Diagnostics(d.into_iter().count()),
    }
}

fn progenitor(text: &str) -> Outcome {
    let spec: openapiv3::OpenAPI = match serde_json::from_str(text) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: progenitor input does not parse: {e}");
            exit(1)
        }
    };
    let mut generator = progenitor::Generator::default();
    let tokens = match generator.generate_tokens(&spec) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: progenitor failed: {e}");
            exit(1)
        }
    };
    let file = match syn::parse2::<syn::File>(tokens) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: progenitor's tokens do not parse: {e}");
            exit(1)
        }
    };
    let code = prettyplease::unparse(&file);
    if let Some(path) = std::env::var_os("PEERS_DUMP_PROGENITOR") {
        if let Err(e) = std::fs::write(&path, &code) {
            eprintln!("error: cannot write {}: {e}", path.to_string_lossy());
        }
    }
    Outcome::Lines(code.lines().count(), 0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn run(a: Args) {
    let ours_text = read(&a.ours);
    let prog_text = read(&a.progenitor);
    let settings = match &a.overrides {
        Some(path) => atlas_codegen::Settings::new().with_overrides(path.clone(), read(path)),
        None => atlas_codegen::Settings::new(),
    };
    let profile = if cfg!(debug_assertions) {
        "dev (opt-level 0)"
    } else {
        "release"
    };
    let (do_ours, do_prog) = match a.only.as_str() {
        "ours" => (true, false),
        "progenitor" => (false, true),
        "none" => (false, false),
        _ => (true, true),
    };
    if !do_ours && !do_prog {
        // Peak-RSS baseline: the process with both inputs read, nothing generated.
        println!(
            "read {} + {} bytes; nothing generated",
            ours_text.len(),
            prog_text.len()
        );
        return;
    }
    let (mut t_ours, mut t_prog) = (Vec::new(), Vec::new());
    let (mut o_ours, mut o_prog) = (None, None);
    // Alternate the order each round so that drift on a shared machine hits both alike.
    for round in 0..a.runs {
        for which in [round % 2 == 0, round % 2 == 1] {
            if which && do_ours {
                let t = Instant::now();
                let o = std::hint::black_box(ours(&a.ours, &ours_text, &settings));
                t_ours.push(t.elapsed());
                o_ours = Some(o);
            } else if !which && do_prog {
                let t = Instant::now();
                let o = std::hint::black_box(progenitor(&prog_text));
                t_prog.push(t.elapsed());
                o_prog = Some(o);
            }
        }
    }
    let label = if a.label.is_empty() {
        a.ours.clone()
    } else {
        a.label.clone()
    };
    let name = |p: &str| {
        std::path::Path::new(p)
            .file_name()
            .map_or_else(|| p.to_owned(), |n| n.to_string_lossy().into_owned())
    };
    println!("{label}: {profile}, median of {} alternating runs", a.runs);
    println!("| generator | input | median ms | min ms | output | ratio vs progenitor |");
    println!("|---|---|---:|---:|---|---:|");
    let prog_median = (!t_prog.is_empty()).then(|| median(t_prog.clone()));
    if let Some(o) = o_prog {
        let m = median(t_prog.clone());
        let min = t_prog.iter().min().copied().unwrap_or_default();
        println!(
            "| progenitor 0.15.1 (baseline) | {} | {:.1} | {:.1} | {o} | 1.00 |",
            name(&a.progenitor),
            ms(m),
            ms(min)
        );
    }
    if let Some(o) = o_ours {
        let m = median(t_ours.clone());
        let min = t_ours.iter().min().copied().unwrap_or_default();
        let ratio = prog_median
            .map(|p| format!("{:.3}", m.as_secs_f64() / p.as_secs_f64()))
            .unwrap_or_else(|| "-".to_owned());
        println!(
            "| atlas-codegen generate() | {} | {:.1} | {:.1} | {o} | {ratio} |",
            name(&a.ours),
            ms(m),
            ms(min)
        );
    }
}

fn main() {
    let args = parse_args();
    // progenitor recurses deeply on big specs at opt-level 0; give both generators the same room.
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run(args));
    match worker.map(|h| h.join()) {
        Ok(Ok(())) => {}
        _ => {
            eprintln!("error: the generator thread failed");
            exit(1)
        }
    }
}
