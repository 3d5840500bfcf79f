#!/usr/bin/env bash
# Builds atlas-admin-api (admin-api/: the whole Atlas Administration API v2, 514 operations,
# generated from admin-api/spec/) with every tag (`--features all`), warnings denied.
# Usage: bash scripts/admin-api.sh [--clippy] [--prism]
#   --clippy  also lints every target with the operation index (`all,operation-index`)
#   --prism   also drives every operation through the client against Prism
#             (admin-api/tests/prism_all.rs; needs `bash .ci/install-prism.sh`)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
cargo build --locked -p atlas-admin-api --features all
end=$(date +%s)
out=$(ls -t target/debug/build/atlas-admin-api-*/out/atlas.rs | head -n 1)
printf 'atlas-admin-api, all tags: %s lines, %s bytes, %s operation modules, built in %s s\n' \
    "$(wc -l < "$out")" "$(wc -c < "$out")" "$(($(grep -c '^pub mod ' "$out") - 1))" "$((end - start))"
for arg in "$@"; do
    case "$arg" in
        --clippy)
            cargo clippy --locked -p atlas-admin-api --features all,operation-index --all-targets -- -D warnings
            ;;
        --prism)
            cargo test --locked -p atlas-admin-api --features all,operation-index --test prism_all -- --nocapture
            ;;
        *)
            echo "admin-api.sh: unknown argument $arg" >&2
            exit 2
            ;;
    esac
done
