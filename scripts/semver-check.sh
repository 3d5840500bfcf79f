#!/usr/bin/env bash
# Compares the library's public API with a git revision using cargo-semver-checks.
# Usage: bash scripts/semver-check.sh [BASELINE_REV]   (default: the latest v* tag)
# It is large to install, so it is not part of CI; it skips with a message when no baseline exists.
# It does not follow re-exports across crates: the runtime items that atlas-export-buckets
# re-exports from atlas-client-runtime (since that crate was split out) are reported as removed.
# tests/public_paths.rs checks that each of those paths still compiles.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-$(git describe --tags --abbrev=0 --match 'v*' 2>/dev/null || true)}"
if [[ -z "$rev" ]]; then
    echo "semver-check: no baseline (pass a git revision, or tag a release v*); skipping"
    exit 0
fi
if ! git rev-parse --verify --quiet "$rev^{commit}" >/dev/null; then
    echo "semver-check: $rev is not a git revision here; skipping"
    exit 0
fi
if ! cargo semver-checks --version >/dev/null 2>&1; then
    echo "semver-check: cargo-semver-checks is not installed: cargo install cargo-semver-checks --locked" >&2
    exit 2
fi
cargo semver-checks check-release -p atlas-export-buckets --baseline-rev "$rev"
