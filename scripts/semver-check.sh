#!/usr/bin/env bash
# Compares the library's public API with a git revision using cargo-semver-checks.
# Usage: bash scripts/semver-check.sh [BASELINE_REV]   (default: the latest v* tag)
# It is large to install, so it is not part of CI; it skips with a message when no baseline exists.
# It does not follow re-exports across crates: the runtime items that atlas-export-buckets
# re-exports from atlas-client-runtime (since that crate was split out) are reported as removed.
# tests/public_paths.rs checks that each of those paths still compiles.
# Expected reports since the client's builder moved into the runtime (each is source-compatible
# for method-call code; tests/, examples/ and the CLI compile unchanged):
# - `ClientBuilder` is a type alias of `atlas_client_runtime::ClientBuilder<Client>`, no longer a
#   struct of this crate: its methods are the runtime's, and `From<atlas_client_runtime::ClientBuilder>`
#   is gone (`ClientBuilder::builds` converts a builder between client types).
# - `Client`'s inherent `base_url`, `tokens_fetched`, `digest_algorithm` and `execute` are reached
#   through `Deref<Target = atlas_client_runtime::Client>`: `client.execute(..)` compiles as
#   before; the path form `Client::execute(&client, ..)` does not.
# - `Operation` has a new associated constant `PRODUCT` with a default, so implementations compile.
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
