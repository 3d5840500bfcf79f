#!/usr/bin/env bash
# Builds atlas-admin-api (admin-api/: the whole Atlas Administration API v2 as published, 514
# operations and 564 operation versions without the preview API, generated from admin-api/spec/)
# with every tag and the operation index (`--features all,operation-index`: the one feature set
# every whole-API step uses, so the crate is built once), warnings denied.
# Usage: bash scripts/admin-api.sh [--clippy] [--prism] [--recorded]
#   --clippy    also lints every target
#   --prism     also drives every operation version through the client against Prism
#               (admin-api/tests/prism_all.rs; needs `bash .ci/install-prism.sh`)
#   --recorded  also reads every recorded Atlas answer (admin-api/tests/recorded.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
features=all,operation-index
# Every target: the tests' dev-dependencies unify features into the library's dependencies, so a
# library built alone would be built again by `cargo test`.
cargo build --locked -p atlas-admin-api --features "$features" --all-targets
end=$(date +%s)
out=$(ls -t target/debug/build/atlas-admin-api-*/out/atlas.rs | head -n 1)
printf 'atlas-admin-api, all tags and the operation index: %s lines, %s bytes, %s operation modules, built in %s s\n' \
    "$(wc -l < "$out")" "$(wc -c < "$out")" "$(($(grep -c '^pub mod ' "$out") - 1))" "$((end - start))"
for arg in "$@"; do
    case "$arg" in
        --clippy)
            cargo clippy --locked -p atlas-admin-api --features "$features" --all-targets -- -D warnings
            ;;
        --prism)
            cargo test --locked -p atlas-admin-api --features "$features" --test prism_all -- --nocapture
            ;;
        --recorded)
            cargo test --locked -p atlas-admin-api --features "$features" --test recorded -- --nocapture
            ;;
        *)
            echo "admin-api.sh: unknown argument $arg" >&2
            exit 2
            ;;
    esac
done
