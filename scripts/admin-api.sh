#!/usr/bin/env bash
# Builds atlas-admin-api (admin-api/: the whole Atlas Administration API v2, 514 operations,
# generated from admin-api/spec/) with every tag (`--features all`), warnings denied.
# Usage: bash scripts/admin-api.sh [--clippy]
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
cargo build --locked -p atlas-admin-api --features all
if [[ "${1:-}" == "--clippy" ]]; then
    cargo clippy --locked -p atlas-admin-api --features all --all-targets -- -D warnings
fi
end=$(date +%s)
out=$(ls -t target/debug/build/atlas-admin-api-*/out/atlas.rs | head -n 1)
printf 'atlas-admin-api, all tags: %s lines, %s bytes, %s operation modules, built in %s s\n' \
    "$(wc -l < "$out")" "$(wc -c < "$out")" "$(($(grep -c '^pub mod ' "$out") - 1))" "$((end - start))"
