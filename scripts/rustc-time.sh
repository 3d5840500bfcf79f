#!/usr/bin/env bash
# A RUSTC_WRAPPER that runs each rustc under GNU time and appends "CRATE SECONDS s PEAK KB" to
# the file RUSTC_TIME_LOG names: the time and peak memory of each crate's compile, where the
# outer /usr/bin/time only sees the largest process. Used by scripts/bench-admin-api-build.sh.
set -euo pipefail
rustc=$1
shift
crate=rustc
prev=
for arg in "$@"; do
    if [ "$prev" = --crate-name ]; then
        crate=$arg
    fi
    prev=$arg
done
if [ -z "${RUSTC_TIME_LOG:-}" ] || [ "$crate" = rustc ] || [ "$crate" = ___ ]; then
    exec "$rustc" "$@"
fi
exec /usr/bin/time -a -o "$RUSTC_TIME_LOG" -f "$crate %e s %M KB" "$rustc" "$@"
