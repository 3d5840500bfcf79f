#!/usr/bin/env bash
# Builds and runs the cargo-fuzz targets in fuzz/ (its own workspace; see fuzz/Cargo.toml).
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]   run one target, or all one after another, for
#                                            SECONDS each (default 600); new inputs are added
#                                            to fuzz/corpus/<target>/ (minimize with --cmin)
#   scripts/fuzz.sh --ci [TARGET|all]        a short smoke run of each target (15 s each, 75 s
#                                            in all) on a scratch copy of the corpus; exits
#                                            non-zero on a crash, panic, hang or OOM
#   scripts/fuzz.sh --keep-going [TARGET|all] [SECONDS]
#                                            like the first form, but goes on past crashes
#                                            (libFuzzer -fork=1 -ignore_crashes=1, one worker)
#   scripts/fuzz.sh --cmin [TARGET|all]      minimizes fuzz/corpus/<target>/ in place, to at
#                                            most 480 files (and 1.2 MB for generate)
#
# Targets: generate, generate_shapes, decode, digest_challenge, fake_http. Needs `cargo install cargo-fuzz`. Runs on stable
# Rust: with `--sanitizer none` (the default here) cargo-fuzz passes rustc no `-Z` flag. A
# sanitizer (FUZZ_SANITIZER=address, ...) needs `-Zsanitizer`, so only then does this script set
# RUSTC_BOOTSTRAP=1, for its own cargo-fuzz commands alone.
#
# One target runs at a time in a single libFuzzer process (one fork worker with --keep-going):
# the machines this runs on have two cores. A crash input is left in fuzz/artifacts/<target>/;
# copy it to fuzz/regressions/<target>/ so `cargo test --test fuzz_corpus` replays it.
# Each run's full libFuzzer log is kept in fuzz/target/fuzz-logs/<target>.log. Extra libFuzzer
# options come from FUZZ_ARGS, e.g. FUZZ_ARGS=-only_ascii=1. --keep-going runs the binary that
# `cargo fuzz build` made directly: after a run with crashes `cargo fuzz run` re-runs every crash
# input one by one through `cargo run`, which takes hours when there are thousands of them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

all_targets=(generate generate_shapes decode digest_challenge fake_http)

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

mode=run
case "${1:-}" in
    --ci) mode=ci; shift ;;
    --cmin) mode=cmin; shift ;;
    --keep-going) mode=keep-going; shift ;;
    -h|--help) usage ;;
esac
target="${1:-all}"
seconds="${2:-600}"
[[ $mode == ci ]] && seconds=15
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: SECONDS must be a positive integer, got '$seconds'" >&2; exit 2; }

if [[ $target == all ]]; then
    targets=("${all_targets[@]}")
else
    case " ${all_targets[*]} " in
        *" $target "*) targets=("$target") ;;
        *) echo "fuzz.sh: unknown target '$target' (known: ${all_targets[*]}, all)" >&2; exit 2 ;;
    esac
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz is not installed; install it with: cargo install cargo-fuzz" >&2
    exit 127
fi

sanitizer="${FUZZ_SANITIZER:-none}"
cargo_fuzz() {
    if [[ $sanitizer == none ]]; then
        cargo fuzz "$@"
    else
        # -Zsanitizer is a nightly flag: let stable rustc accept it, for this command only.
        RUSTC_BOOTSTRAP=1 cargo fuzz "$@"
    fi
}

# Per-target libFuzzer options. -max_len covers the largest seed (the v2 spec, ~41 KB);
# -timeout is per input (a slower one is reported as a hang).
options() {
    local dict="fuzz/dict/$1.dict"
    case "$1" in
        generate) echo "-max_len=65536 -timeout=10" ;;
        # A program, not a spec: a few hundred bytes build a deep, cyclic document.
        generate_shapes) echo "-max_len=2048 -timeout=20" ;;
        decode) echo "-max_len=16384 -timeout=10" ;;
        digest_challenge) echo "-max_len=4096 -timeout=10" ;;
        # Pipelined requests on one connection; a fake must close it within 10 s (DEADLINE).
        fake_http) echo "-max_len=8192 -timeout=20" ;;
    esac
    [[ -f $dict ]] && echo "-dict=$dict"
    return 0
}

# The committed corpus stays small: at most max_files files a target, budget bytes.
max_files=480
budget() {
    case "$1" in
        generate) echo 1200000 ;;
        *) echo 200000 ;;
    esac
}

corpus_bytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

mkdir -p fuzz/target/fuzz-logs
failed=()
for t in "${targets[@]}"; do
    if [[ $mode == cmin ]]; then
        dir="fuzz/corpus/$t"
        echo "== cmin $t: $(find "$dir" -type f | wc -l) files before"
        # libFuzzer's merge keeps every input that adds an edge, smallest first ...
        # shellcheck disable=SC2046
        cargo_fuzz cmin --sanitizer "$sanitizer" "$t" "$dir" -- $(options "$t") -use_counters=0
        # ... which for `generate` is still far too many: then a greedy set cover within the
        # limits (max_files files, budget bytes) keeps the inputs that add the most edges.
        if (($(find "$dir" -type f | wc -l) > max_files || $(corpus_bytes "$dir") > $(budget "$t"))); then
            scratch="$(mktemp -d)"
            mkdir "$scratch/out" "$scratch/keep"
            triple="$(rustc -vV | sed -n 's/^host: //p')"
            # shellcheck disable=SC2046
            "fuzz/target/$triple/release/$t" -merge=1 -use_counters=0 $(options "$t") \
                -merge_control_file="$scratch/control" "$scratch/out" "$dir" >"$scratch/log" 2>&1
            python3 fuzz/select_corpus.py "$scratch/control" "$max_files" "$(budget "$t")" 10000 \
                >"$scratch/list"
            while read -r f; do mv "$f" "$scratch/keep/"; done <"$scratch/list"
            rm -rf "$dir"
            mv "$scratch/keep" "$dir"
            rm -rf "$scratch"
        fi
        echo "== cmin $t: $(find "$dir" -type f | wc -l) files, $(corpus_bytes "$dir") bytes after"
        continue
    fi

    log="fuzz/target/fuzz-logs/$t.log"
    corpus=("fuzz/corpus/$t")
    if [[ $mode == ci ]]; then
        # New inputs go to a scratch directory; the committed corpus is only read.
        scratch="$(mktemp -d)"
        corpus=("$scratch" "fuzz/corpus/$t")
    fi

    echo "== $t: building and fuzzing for ${seconds}s (log: $log)"
    status=0
    if [[ $mode == keep-going ]]; then
        cargo_fuzz build --sanitizer "$sanitizer" "$t" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
        mkdir -p "fuzz/artifacts/$t"
        triple="$(rustc -vV | sed -n 's/^host: //p')"
        # shellcheck disable=SC2046
        "fuzz/target/$triple/release/$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
            -ignore_ooms=1 -artifact_prefix="fuzz/artifacts/$t/" -max_total_time="$seconds" \
            -print_final_stats=1 $(options "$t") ${FUZZ_ARGS:-} "${corpus[@]}" \
            >>"$log" 2>&1 || status=$?
    else
        # shellcheck disable=SC2046
        cargo_fuzz run --sanitizer "$sanitizer" "$t" "${corpus[@]}" -- \
            -max_total_time="$seconds" -print_final_stats=1 $(options "$t") ${FUZZ_ARGS:-} \
            >"$log" 2>&1 || status=$?
    fi
    [[ $mode == ci ]] && rm -rf "$scratch"

    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)"
    new="$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -n1)"
    cov="$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+(/[0-9.]+[a-zA-Z]*)?' "$log" | tail -n1 || true)"
    if [[ -z $execs ]]; then
        # Fork mode prints no final stats; its last status line has the totals:
        # "#N: cov: C ft: F corp: K exec/s: R oom/timeout/crash: O/T/X time: Ss job: J ...".
        last="$(grep -E '^#[0-9]+: cov: ' "$log" | tail -n1 || true)"
        execs="$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$last")"
        secs="$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$last")"
        [[ -n $execs && ${secs:-0} -gt 0 ]] && rate=$((execs / secs))
        new="$(grep -Eo 'oom/timeout/crash: [0-9/]+' <<<"$last" || true);"
    else
        new="$new new inputs,"
    fi
    if [[ $status -eq 0 ]]; then
        echo "$t: ok, ${execs:-?} executions (${rate:-?}/s), ${new:-?} final ${cov:-cov: ?}"
    else
        failed+=("$t")
        echo "$t: FAILED (exit $status) after ${execs:-?} executions, final ${cov:-cov: ?}"
        grep -E '^(==[0-9]+== ?ERROR|thread .* panicked|SUMMARY|artifact_prefix|Test unit written|Running:|error)' "$log" | head -n 20 || true
        sed -n '/panicked at/,+4p' "$log" | head -n 10 || true
        echo "full log: $log"
    fi
done

if ((${#failed[@]})); then
    echo "fuzz.sh: failed: ${failed[*]}; the inputs are in fuzz/artifacts/<target>/" >&2
    exit 1
fi
