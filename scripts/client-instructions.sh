#!/usr/bin/env bash
# Instructions, L1 data-cache misses and branch mispredictions per GET: the client against bare
# reqwest (as in the client bench's table, and configured as the client configures its own), by
# valgrind's cachegrind. Counts are deterministic, unlike times on a shared machine. Each figure
# is (run of 1,500 calls - run of 500 calls) / 1,000, so start-up and warm-up cancel out.
#
#   bash scripts/client-instructions.sh        (needs valgrind: apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v valgrind > /dev/null; then
    echo "valgrind is not installed: apt-get install valgrind" >&2
    exit 1
fi
bin=$(cargo bench --bench client --no-run --message-format=json 2> /dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "client" and m.get("executable"):
        print(m["executable"])')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() { # kind calls -> "Ir D1-misses mispredictions"
    valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
        --cachegrind-out-file="$tmp/out" "$bin" --probe "$1" "$2" > /dev/null 2> "$tmp/log"
    python3 - "$tmp/log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def total(label):
    m = re.search(label + r"\s*:\s*([\d,]+)", text)
    return int(m.group(1).replace(",", ""))
print(total("I\\s+refs"), total("D1\\s+misses"), total("Mispredicts"))
PY
}
declare -A per
for kind in bare alike client; do
    read -r i1 d1 b1 <<< "$(count "$kind" 500)"
    read -r i2 d2 b2 <<< "$(count "$kind" 1500)"
    per[$kind]="$(( (i2 - i1) / 1000 )) $(( (d2 - d1) / 1000 )) $(( (b2 - b1) / 1000 ))"
done
printf '| per GET | instructions | L1 data misses | branch mispredictions |\n|---|---:|---:|---:|\n'
for kind in bare alike client; do
    read -r i d b <<< "${per[$kind]}"
    printf '| %s | %s | %s | %s |\n' "$kind" "$i" "$d" "$b"
done
read -r ib db bb <<< "${per[bare]}"
read -r ia da ba <<< "${per[alike]}"
read -r ic dc bc <<< "${per[client]}"
python3 -c "print('client / bare: instructions %.3f, L1 data misses %.3f, mispredictions %.3f' % ($ic/$ib, $dc/$db, $bc/$bb)); print('client / alike: instructions %.3f, L1 data misses %.3f, mispredictions %.3f' % ($ic/$ia, $dc/$da, $bc/$ba))"
