#!/usr/bin/env bash
# Times atlas-codegen against progenitor 0.15.1 (library path, as a build.rs would call it), both
# in one process of the `peers/` crate (outside the workspace), at opt-level 0 (dev: what build
# scripts run at) and release, and prints one table per spec and profile; then times other YAML
# readers against the generator's (serde_yaml) on the same specs.
#
# usage: scripts/bench-peers.sh [--profiles "dev release"] [--runs N] [--full-runs N] [--no-full]
#
# progenitor reads a normalized copy of each spec, written by peers' `normalize` binary (see
# peers/src/bin/normalize.rs for what it changes and why).
# The machine is shared and noisy: read the ratio column, not the milliseconds.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
profiles="dev release"
runs=20
full_runs=3
full=1
while [ $# -gt 0 ]; do
    case "$1" in
        --profiles) profiles=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --full-runs) full_runs=$2; shift 2 ;;
        --no-full) full=0; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

fragment=spec/export-buckets.v2.yaml
whole=admin-api/spec/atlas-api-transformed.yaml

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target/peers}
cargo build --quiet --manifest-path peers/Cargo.toml --bin normalize
normalize=$CARGO_TARGET_DIR/debug/normalize
"$normalize" "$fragment" "$tmp/fragment.json" --version 2024-05-30
if [ "$full" = 1 ]; then
    "$normalize" "$whole" "$tmp/full.json" --single-success --one-type --fix-defaults
fi
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg); shared and noisy: compare ratios"
for profile in $profiles; do
    if [ "$profile" = release ]; then flag=--release; dir=release; else flag=; dir=debug; fi
    cargo build --quiet --manifest-path peers/Cargo.toml $flag
    bin=$CARGO_TARGET_DIR/$dir/atlas-peers
    echo
    "$bin" --label "fragment $fragment" --ours "$fragment" --overrides spec/overrides.yaml \
        --progenitor "$tmp/fragment.json" --runs "$runs"
    if [ "$full" = 1 ]; then
        echo
        "$bin" --label "whole Atlas spec" --ours "$whole" --progenitor "$tmp/full.json" \
            --runs "$full_runs"
        echo
        echo "whole Atlas spec, $profile: peak RSS of one generation (/usr/bin/time -v)"
        echo "| process | peak RSS MB | ratio vs progenitor |"
        echo "|---|---:|---:|"
        declare -A rss=()
        for only in none progenitor ours; do
            /usr/bin/time -v "$bin" --ours "$whole" --progenitor "$tmp/full.json" --runs 1 \
                --only "$only" >/dev/null 2>"$tmp/time.txt"
            rss[$only]=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$tmp/time.txt")
        done
        for only in none progenitor ours; do
            case $only in
                none) label="both inputs read, nothing generated (floor)" ;;
                progenitor) label="progenitor 0.15.1 (baseline)" ;;
                ours) label="atlas-codegen generate()" ;;
            esac
            awk -v label="$label" -v kb="${rss[$only]}" -v base="${rss[progenitor]}" \
                'BEGIN { printf "| %s | %.0f | %.2f |\n", label, kb / 1024, kb / base }'
        done
        unset rss
    fi
    # The YAML readers the generator could use, at this profile (peers/src/bin/yaml_readers.rs).
    echo
    "$CARGO_TARGET_DIR/$dir/yaml_readers" "$fragment" "$runs"
    if [ "$full" = 1 ]; then
        echo
        "$CARGO_TARGET_DIR/$dir/yaml_readers" "$whole" "$full_runs"
    fi
done
