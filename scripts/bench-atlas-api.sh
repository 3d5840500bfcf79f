#!/usr/bin/env bash
# atlas-api against atlas-export-buckets, in one run on one machine:
#   - each crate's own release build time (dependencies already built; the whole API for
#     atlas-api, every tag and the preview API), and each binary's size;
#   - start-up: `atlas-api <tag> <op> --help` and `--dry-run` against `atlas-export-buckets
#     --help`, the median of many runs each, interleaved, and their ratios.
# Usage: bash scripts/bench-atlas-api.sh [--startup-only] [RUNS]   (default 200 runs of each
# command; --startup-only times the release binaries already built, without the clean builds)
set -euo pipefail
cd "$(dirname "$0")/.."
startup_only=false
if [ "${1:-}" = --startup-only ]; then
    startup_only=true
    shift
fi
runs=${1:-200}

cargo build --locked --release --bin atlas-api --bin atlas-export-buckets >/dev/null 2>&1
build() {
    cargo clean --release --quiet "${@:2}"
    local start end
    start=$(date +%s.%N)
    cargo build --locked --release --quiet --bin "$1"
    end=$(date +%s.%N)
    printf '%s: own release build %.0f s, binary %s bytes\n' "$1" "$(echo "$end - $start" | bc)" \
        "$(stat -c %s "target/release/$1")"
}
if ! $startup_only; then
build atlas-export-buckets -p atlas-export-buckets-cli -p atlas-export-buckets -p atlas-cli-common -p atlas-client-runtime -p atlas-codegen
build atlas-api -p atlas-api -p atlas-admin-api -p atlas-cli-common -p atlas-client-runtime -p atlas-codegen
fi

python3 - "$runs" <<'EOF'
import os, statistics, subprocess, sys, time
runs = int(sys.argv[1])
env = {"PATH": os.environ.get("PATH", ""), "HOME": "/nonexistent"}
group = "32b6e34b3d91647abb20e7b8"
cmds = {
    "atlas-export-buckets --help": ["target/release/atlas-export-buckets", "--help"],
    "atlas-api cloudBackups listExportBuckets --help": ["target/release/atlas-api", "cloudBackups", "listExportBuckets", "--help"],
    "atlas-api cloudBackups listExportBuckets --dry-run": ["target/release/atlas-api", "cloudBackups", "listExportBuckets", "--groupId", group, "--dry-run"],
    "atlas-api clusters createCluster --help (the largest command)": ["target/release/atlas-api", "clusters", "createCluster", "--help"],
}
times = {k: [] for k in cmds}
for _ in range(runs):
    for k, c in cmds.items():
        t = time.perf_counter()
        r = subprocess.run(c, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[k].append(time.perf_counter() - t)
        if r.returncode != 0:
            sys.exit(f"{k}: exit {r.returncode}")
base = statistics.median(times["atlas-export-buckets --help"])
for k, ts in times.items():
    m = statistics.median(ts)
    print(f"{k}: median {m * 1000:.2f} ms over {runs} runs, {m / base:.2f} x atlas-export-buckets --help")
EOF
