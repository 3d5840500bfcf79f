#!/usr/bin/env bash
# atlas-admin-api's own build: the generating crate's build script (atlas-admin-api-base, which
# writes every part) compiled and run, then the shared crate, the four part crates and
# atlas-admin-api itself; their dependencies already built. Dev, CARGO_INCREMENTAL=0. The crate
# generated from the spec as published (admin-api/spec/atlas-api.yaml, what the crate ships)
# against the same crates generated from the Go SDK's transformed copy
# (ATLAS_FULL_SPEC=admin-api/spec/atlas-api-transformed.yaml), each with `all` and with only
# `cloud-backups`, alternating, ROUNDS times (default 2). Prints the wall time and the peak RSS of
# the largest process, then each crate's compile (scripts/rustc-time.sh). BENCHMARKS.md rows 2u
# and 2za. Usage: bash scripts/bench-admin-api-build.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
export CARGO_INCREMENTAL=0
transformed="$PWD/admin-api/spec/atlas-api-transformed.yaml"
cargo build -q -p atlas-admin-api --features cloud-backups  # dependencies, once
log=$(mktemp)
trap 'rm -f "$log"' EXIT
one() {
    local spec=$1 features=$2
    touch admin-api/parts/base/build.rs
    : > "$log"
    if [ "$spec" = transformed ]; then
        export ATLAS_FULL_SPEC="$transformed"
    else
        unset ATLAS_FULL_SPEC
    fi
    RUSTC_WRAPPER="$PWD/scripts/rustc-time.sh" RUSTC_TIME_LOG="$log" \
        /usr/bin/time -f "$spec $features %e s %M KB" cargo build -q -p atlas-admin-api --features "$features"
    grep '^atlas_admin_api\|^build_script_build' "$log" | sed 's/^/    /'
}
for _ in $(seq "$rounds"); do
    for features in all cloud-backups; do
        one published "$features"
        one transformed "$features"
    done
done
