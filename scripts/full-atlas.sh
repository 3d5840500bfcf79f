#!/usr/bin/env bash
# Generates and builds the whole Atlas Administration API v2 (spec/full/, 514 operations,
# vendored unedited) as the crate full-atlas/, outside the workspace, with warnings denied.
# Usage: bash scripts/full-atlas.sh [--clippy]
set -euo pipefail
cd "$(dirname "$0")/.."
spec="${ATLAS_FULL_SPEC:-$PWD/spec/full/atlas-api-transformed.yaml}"
if [[ ! -f "$spec" ]]; then
    echo "full-atlas: $spec not found" >&2
    exit 1
fi
export ATLAS_FULL_SPEC="$spec"
# Share the workspace's target directory so dependencies are built once. RUSTFLAGS stays as it
# is (changing it would rebuild every dependency into a second copy); warnings in the generated
# crate are denied by its own `#![deny(warnings)]` attribute instead.
start=$(date +%s)
cargo build --locked --manifest-path full-atlas/Cargo.toml --target-dir target
if [[ "${1:-}" == "--clippy" ]]; then
    cargo clippy --locked --manifest-path full-atlas/Cargo.toml --target-dir target -- -D warnings
fi
end=$(date +%s)
out=$(ls -t target/debug/build/atlas-full-api-*/out/atlas.rs | head -n 1)
printf 'whole Atlas API: %s lines, %s bytes, %s operation modules, built in %s s\n' \
    "$(wc -l < "$out")" "$(wc -c < "$out")" "$(($(grep -c '^pub mod ' "$out") - 1))" "$((end - start))"
