#!/usr/bin/env bash
# Installs what the Prism tests (tests/prism_contract.rs, tests/prism_fake.rs) need: Prism 5.14.2
# (pinned in tests/prism/package.json and package-lock.json; newer releases need Node 24) into
# tests/prism/node_modules. Idempotent. Run from anywhere: bash .ci/install-prism.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

command -v node >/dev/null || { echo "install-prism: node is not installed (Node >= 18 needed; 20 tested)" >&2; exit 1; }
command -v npm >/dev/null || { echo "install-prism: npm is not installed" >&2; exit 1; }

step "Prism (npm, tests/prism)"
if [[ -f tests/prism/package-lock.json ]]; then
    (cd tests/prism && npm ci --no-audit --no-fund)
else
    (cd tests/prism && npm install --no-audit --no-fund --save-exact)
fi
version="$(tests/prism/node_modules/.bin/prism --version)"
if [[ "$version" != "5.14.2" ]]; then
    echo "install-prism: expected Prism 5.14.2, got $version" >&2
    exit 1
fi
echo "prism $version"
