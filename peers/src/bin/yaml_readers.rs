//! Times YAML readers on one spec, each producing the same JSON value the generator reads:
//! `atlas_codegen::parse::read_yaml` (serde_yaml with the generator's own visitor), serde-saphyr
//! through that visitor, and yaml-rust2's loader plus a conversion. The generator reads YAML at
//! the build script's opt-level 0, so the dev figures are the ones that count.
//!
//! ```sh
//! cargo run --manifest-path peers/Cargo.toml --bin yaml_readers -- admin-api/spec/atlas-api-transformed.yaml 3
//! ```

use std::process::exit;
use std::time::Instant;

use atlas_codegen::json::Value;

/// serde-saphyr's reading, through the generator's visitor.
struct Saphyr(Value);

impl<'de> serde::Deserialize<'de> for Saphyr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        atlas_codegen::parse::json_value(d).map(Saphyr)
    }
}

/// yaml-rust2's tree as JSON, scalar keys as their text.
fn from_yaml_rust2(y: yaml_rust2::Yaml) -> Value {
    use yaml_rust2::Yaml as Y;
    let key = |k: Y| match k {
        Y::String(s) | Y::Real(s) => s,
        Y::Integer(i) => i.to_string(),
        Y::Boolean(b) => b.to_string(),
        _ => "null".to_owned(),
    };
    match y {
        Y::Real(s) => s
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Y::Integer(i) => Value::from(i),
        Y::String(s) => Value::String(s),
        Y::Boolean(b) => Value::Bool(b),
        Y::Array(a) => Value::Array(a.into_iter().map(from_yaml_rust2).collect()),
        Y::Hash(h) => Value::Object(
            h.into_iter()
                .map(|(k, v)| (key(k), from_yaml_rust2(v)))
                .collect(),
        ),
        _ => Value::Null,
    }
}

fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let _ = f();
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(file), runs) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: yaml_readers SPEC.yaml [RUNS]");
        exit(2)
    };
    let runs: usize = runs.unwrap_or(10);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        eprintln!("error: cannot read {file}: {e}");
        exit(2)
    });
    let ours = || atlas_codegen::parse::read_yaml(&file, &text).ok();
    let saphyr = || serde_saphyr::from_str::<Saphyr>(&text).ok().map(|s| s.0);
    let rust2 = || {
        yaml_rust2::YamlLoader::load_from_str(&text)
            .ok()
            .and_then(|mut docs| (!docs.is_empty()).then(|| from_yaml_rust2(docs.remove(0))))
    };
    let reference = ours();
    let profile = if cfg!(debug_assertions) {
        "dev (opt-level 0)"
    } else {
        "release"
    };
    println!("YAML readers on {file}, {profile}, median of {runs} runs, alternating");
    println!("| reader | median ms | ratio vs serde_yaml | same JSON as the generator's |");
    println!("|---|---:|---:|---|");
    let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        a.push(median_ms(1, ours));
        b.push(median_ms(1, saphyr));
        c.push(median_ms(1, rust2));
    }
    let med = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (a, b, c) = (med(a), med(b), med(c));
    println!("| serde_yaml 0.9 (the generator's `read_yaml`) | {a:.1} | 1.00 | yes |");
    println!(
        "| serde-saphyr 2 | {b:.1} | {:.2} | {} |",
        b / a,
        saphyr() == reference
    );
    println!(
        "| yaml-rust2 0.11 + conversion | {c:.1} | {:.2} | {} |",
        c / a,
        rust2() == reference
    );
}
