#!/usr/bin/env bash
# Installs Apache httpd (mod_auth_digest, mod_proxy) and htdigest for tests/digest_apache.rs.
# Does nothing when both are already installed. Debian/Ubuntu only; needs root (or sudo).
# Run from anywhere: bash .ci/install-apache.sh
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }

if have apache2 && have htdigest; then
    echo "apache2 and htdigest are already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-apache.sh: apt-get not found; install Apache httpd 2.4 (apache2) and apache2-utils by hand" >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "install-apache.sh: not root and no sudo; run as root: apt-get install apache2 apache2-utils" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends apache2 apache2-utils

if ! have apache2 || ! have htdigest; then
    echo "install-apache.sh: apache2/htdigest still missing after apt-get install" >&2
    exit 1
fi
/usr/sbin/apache2 -v
