#!/usr/bin/env bash
# Installs what tests/prism_contract.rs needs: Prism 5.14.2 (pinned in tests/prism/package.json and
# package-lock.json; newer releases need Node 24) into tests/prism/node_modules, and PyYAML for
# ../shared/atlas-spec/prism_spec.py. Idempotent. Run from anywhere: bash .ci/install-prism.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

command -v node >/dev/null || { echo "install-prism: node is not installed (Node >= 18 needed; 20 tested)" >&2; exit 1; }
command -v npm >/dev/null || { echo "install-prism: npm is not installed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "install-prism: python3 is not installed" >&2; exit 1; }

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

step "PyYAML for python3"
if python3 -c 'import yaml' 2>/dev/null; then
    echo "PyYAML already available"
elif python3 -m pip --version >/dev/null 2>&1 && python3 -m pip install --quiet pyyaml==6.0.2; then
    echo "PyYAML installed with pip"
elif command -v apt-get >/dev/null; then
    apt-get install -y python3-yaml || { apt-get update && apt-get install -y python3-yaml; }
fi
python3 -c 'import yaml; print("PyYAML", yaml.__version__)'
