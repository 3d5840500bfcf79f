#!/usr/bin/env bash
# Installs schemathesis 4.32.5 (PyPI) into tests/schemathesis/.venv for scripts/schemathesis.sh.
# Installs python3-venv with apt-get first when `python3 -m venv` does not work (Debian/Ubuntu;
# needs root or sudo). Idempotent. Run from anywhere: bash .ci/install-schemathesis.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.32.5
VENV=tests/schemathesis/.venv

command -v python3 >/dev/null || { echo "install-schemathesis: python3 is not installed" >&2; exit 1; }

if [[ -x "$VENV/bin/st" ]] && [[ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("schemathesis"))' 2>/dev/null)" == "$VERSION" ]]; then
    echo "schemathesis $VERSION is already installed in $VENV"
    exit 0
fi

# Debian's python3 ships venv without ensurepip unless python3-venv is installed.
probe="$(mktemp -d)"
if ! python3 -m venv "$probe/venv" >/dev/null 2>&1; then
    rm -rf "$probe"
    command -v apt-get >/dev/null || { echo "install-schemathesis: 'python3 -m venv' fails and apt-get is not available; install python3-venv by hand" >&2; exit 1; }
    sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "install-schemathesis: not root and no sudo; run as root: apt-get install python3-venv" >&2; exit 1; }
        sudo=(sudo)
    fi
    pyver="$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    # python3.X-venv matches the interpreter exactly; python3-venv is the fallback name.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "python${pyver}-venv" \
        || "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv
    probe="$(mktemp -d)"
    python3 -m venv "$probe/venv" >/dev/null || { rm -rf "$probe"; echo "install-schemathesis: 'python3 -m venv' still fails after installing python3-venv" >&2; exit 1; }
fi
rm -rf "$probe"

rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$VERSION"
installed="$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("schemathesis"))')"
if [[ "$installed" != "$VERSION" ]]; then
    echo "install-schemathesis: expected schemathesis $VERSION, got $installed" >&2
    exit 1
fi
echo "schemathesis $installed in $VENV"
