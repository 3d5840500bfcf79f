#!/usr/bin/env bash
# Checks that the repository stands alone: nothing outside documentation names a folder beside
# it, and the tests and builds that read large vendored inputs pass in a fresh clone of HEAD
# placed where nothing sits beside it. The clone reuses this checkout's target directory (so
# dependencies are not built again) and its installed Prism.
#
# What runs in the clone: the whole-spec generator tests (codegen/tests/evolution.rs), both Prism
# suites (tests/prism_contract.rs, tests/prism_fake.rs) and a build of atlas-admin-api with one
# tag (the build script of atlas-admin-api-base reads admin-api/spec/ through its spec/ link).
#
# usage: bash scripts/standalone-check.sh      (commit first: the clone has HEAD only)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

sibling='\.\./shared'
if hits=$(git grep -l -E "$sibling" -- ':!*.md'); then
    echo "these tracked files name a folder outside the repository:" >&2
    echo "$hits" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-hardlinks "$root" "$tmp/repo"
if [ -n "$(ls -A "$tmp" | grep -v '^repo$' || true)" ]; then
    echo "the clone's parent folder is not empty" >&2
    exit 1
fi
echo "clone of $(git rev-parse --short HEAD) at $tmp/repo, nothing beside it"
if [ -d tests/prism/node_modules ]; then
    ln -s "$root/tests/prism/node_modules" "$tmp/repo/tests/prism/node_modules"
fi

cd "$tmp/repo"
export CARGO_TARGET_DIR="$root/target"
cargo test --locked -p atlas-codegen --test evolution
cargo test --locked -p atlas-export-buckets --features fake --test prism_contract --test prism_fake
cargo build --locked -p atlas-admin-api --no-default-features --features cloud-backups
echo "stands alone: the whole-spec tests, both Prism suites and atlas-admin-api (cloud-backups) pass in the clone"
