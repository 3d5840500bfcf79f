#!/usr/bin/env bash
# Property-based conformance of the fake Atlas server to the spec it serves: schemathesis 4.32.5
# (bash .ci/install-schemathesis.sh) against `atlas-export-buckets serve` on a loopback port, for
# spec/export-buckets.v2.yaml and spec/export-buckets.v1.yaml: every phase (examples, coverage,
# fuzzing, stateful), every check, a fixed seed, 50 examples per operation, one worker,
# authenticated with a service-account token from the fake's /api/oauth/token.
#
# tests/schemathesis/hooks.py sends a declared versioned Accept per operation and absorbs only
# the spec faults listed in tests/schemathesis/exceptions.toml (counted below). Any other
# failure fails the script.
#
# Without schemathesis installed this skips with a message, unless CI is set: then it fails.
# Run from anywhere: bash scripts/schemathesis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

VENV=tests/schemathesis/.venv
ST="$VENV/bin/st"
INSTALL="bash .ci/install-schemathesis.sh"
SEED="${ATLAS_ST_SEED:-20240530}"  # fixed; override only to explore
SPECS=(export-buckets.v2.yaml export-buckets.v1.yaml)
# Each spec's run takes seconds; a run that hangs is a failure, not a stuck CI.
RUN_LIMIT=240

if [[ ! -x "$ST" ]]; then
    if [[ -n "${CI:-}" ]]; then
        echo "schemathesis.sh: schemathesis is not installed ($ST); CI is set, so this is a failure. Install it: $INSTALL" >&2
        exit 1
    fi
    bar="$(printf '!%.0s' {1..100})"
    printf '%s\n!! SKIPPED: the schemathesis run of the fake (schemathesis is not installed: %s)\n!! Install it with: %s\n%s\n' \
        "$bar" "$ST" "$INSTALL" "$bar" >&2
    exit 0
fi

echo "==> the spec exceptions' conditions (tests/schemathesis/check_exceptions.py)"
"$VENV/bin/python" tests/schemathesis/check_exceptions.py

export CARGO_TERM_COLOR=never
cargo build --locked --quiet -p atlas-export-buckets-cli
bin="${CARGO_TARGET_DIR:-target}/debug/atlas-export-buckets"

work="$(mktemp -d)"
server=""
stop_server() {
    if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
        kill -INT "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    server=""
}
cleanup() {
    stop_server
    rm -rf -- "$work"
}
trap cleanup EXIT

# Port 0: the system picks a free loopback port, and serve prints the address it got.
"$bin" serve --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
base=""
for _ in $(seq 1 100); do
    base="$(sed -n 's/^Fake Atlas listening on \(http:[^ ]*\)$/\1/p' "$work/serve.log")"
    [[ -n "$base" ]] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "schemathesis.sh: serve exited" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$base" ]] || { cat "$work/serve.log" >&2; echo "schemathesis.sh: serve printed no address" >&2; exit 1; }
# "  Service account:   <id> / <secret>"
read -r client_id client_secret < <(sed -n 's|^ *Service account: *\([^ ]*\) / \([^ ]*\)$|\1 \2|p' "$work/serve.log")
[[ -n "${client_secret:-}" ]] || { cat "$work/serve.log" >&2; echo "schemathesis.sh: serve printed no service account" >&2; exit 1; }
echo "fake: $base (service account $client_id)"

token="$("$VENV/bin/python" - "$base" "$client_id" "$client_secret" <<'EOF'
import base64, json, sys, urllib.request
base, client_id, secret = sys.argv[1:]
basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
request = urllib.request.Request(
    f"{base}/api/oauth/token",
    data=b"grant_type=client_credentials",
    headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
)
with urllib.request.urlopen(request, timeout=10) as response:
    answer = json.load(response)
if answer.get("expires_in", 0) < 3600:
    sys.exit(f"the token lives {answer.get('expires_in')} s, less than the 3600 s this run relies on")
print(answer["access_token"])
EOF
)"

failed=()
summary=()
for spec in "${SPECS[@]}"; do
    printf '\n==> schemathesis: spec/%s against %s\n' "$spec" "$base"
    start=$SECONDS
    rc=0
    # From the scratch directory: schemathesis and Hypothesis keep state (.schemathesis/,
    # .hypothesis/) in the working directory, and each run starts from none.
    (cd "$work" && ATLAS_ST_SPEC="$spec" ATLAS_ST_COUNTS="$work/counts-$spec.json" \
        SCHEMATHESIS_HOOKS="$root/tests/schemathesis/hooks.py" \
        timeout "$RUN_LIMIT" "$root/$ST" run "$root/spec/$spec" \
        --url "$base" \
        --header "Authorization: Bearer $token" \
        --phases examples,coverage,fuzzing,stateful \
        --checks all \
        --seed "$SEED" \
        --max-examples 50 \
        --workers 1 \
        --generation-database none \
        --request-timeout 10 \
        --no-color) || rc=$?
    summary+=("$(printf '%-24s exit %d in %ds' "$spec" "$rc" "$((SECONDS - start))")")
    [[ "$rc" -eq 0 ]] || failed+=("$spec (exit $rc)")
done
stop_server

printf '\n==> schemathesis summary (seed %s)\n' "$SEED"
printf '  %s\n' "${summary[@]}"
"$VENV/bin/python" - "$work" "${SPECS[@]}" <<'EOF'
import json, pathlib, sys
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
work, specs = pathlib.Path(sys.argv[1]), sys.argv[2:]
entries = tomllib.loads(pathlib.Path("tests/schemathesis/exceptions.toml").read_text())["exception"]
counts = {}
for spec in specs:
    path = work / f"counts-{spec}.json"
    if path.exists():
        counts.update(json.loads(path.read_text()))
print("  spec exceptions (tests/schemathesis/exceptions.toml), results absorbed:")
for entry in entries:
    n = counts.get(entry["id"])
    print(f"  {'-' if n is None else n:>6}  {entry['id']}  [{entry['check']}] {entry['pointer']}")
print(f"  {sum(counts.values()):>6}  in all")
EOF
if [[ ${#failed[@]} -gt 0 ]]; then
    printf 'schemathesis found failures that no spec exception covers: %s\n' "${failed[*]}" >&2
    exit 1
fi
echo "schemathesis: 0 failures"
