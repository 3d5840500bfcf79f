#!/usr/bin/env bash
# atlas-admin-api's own build (its build script and its rustc; dependencies already built), dev,
# CARGO_INCREMENTAL=0: the crate generated from the spec as published (admin-api/spec/atlas-api.yaml,
# what the crate ships) against the same crate generated from the Go SDK's transformed copy
# (ATLAS_FULL_SPEC=admin-api/spec/atlas-api-transformed.yaml), each with `all` and with only
# `cloud-backups`, alternating, ROUNDS times (default 2). Prints wall time and the peak RSS of
# the largest process (rustc). BENCHMARKS.md row 2u. Usage: bash scripts/bench-admin-api-build.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
export CARGO_INCREMENTAL=0
transformed="$PWD/admin-api/spec/atlas-api-transformed.yaml"
cargo build -q -p atlas-admin-api --features cloud-backups  # dependencies, once
one() {
    local spec=$1 features=$2
    touch admin-api/parts/shared/build.rs
    if [ "$spec" = transformed ]; then
        ATLAS_FULL_SPEC="$transformed" /usr/bin/time -f "$spec $features %e s %M KB" \
            cargo build -q -p atlas-admin-api --features "$features"
    else
        /usr/bin/time -f "$spec $features %e s %M KB" cargo build -q -p atlas-admin-api --features "$features"
    fi
}
for _ in $(seq "$rounds"); do
    for features in all cloud-backups; do
        one published "$features"
        one transformed "$features"
    done
done
