#!/usr/bin/env bash
# Runs every fuzz target of a TRELLO_ONBOARD_FUZZ=ON build for a bounded time each, starting from
# the seed corpus under tests/fuzz/corpus/<name>/ (never writing into it: new inputs go to a
# temporary folder). Prints one line per target and ends with "N passed, N failed"; exits non-zero
# when any target found a crash, a sanitizer report or a broken invariant.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [extra libFuzzer flags...]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: run.sh BUILD_DIR [SECONDS_PER_TARGET] [libFuzzer flags...]}
seconds=${2:-25}
shift $(( $# >= 2 ? 2 : 1 ))

work=$(mktemp -d "${TMPDIR:-/tmp}/trello-fuzz.XXXXXX")
artifacts=${TRELLO_FUZZ_ARTIFACTS:-$build/fuzz-artifacts}
mkdir -p "$artifacts"
trap 'rm -rf "$work"' EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# One target, its outcome in $work/<name>.result: "passed …" or "FAILED" followed by the log's end.
fuzz_one() {
    local corpus=$1 name binary log runs
    name=$(basename "$corpus")
    binary="$build/bin/fuzz_$name"
    if [ ! -x "$binary" ]; then
        echo "NOT BUILT ($binary)" >"$work/$name.result"
        return
    fi
    mkdir -p "$work/$name"
    log="$work/$name.log"
    # -timeout: one input may take at most 10 s; -rss_limit_mb: a runaway allocation is a finding.
    if "$binary" "$work/$name" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -artifact_prefix="$artifacts/$name-" -print_final_stats=1 "${extra[@]}" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        echo "passed (${runs:-?} inputs in ${seconds}s)" >"$work/$name.result"
    else
        { echo "FAILED; the input is under $artifacts/, the end of the log:"; tail -n 40 "$log" | sed 's/^/    /'; } \
            >"$work/$name.result"
    fi
}

# As many targets at once as there are cores (TRELLO_FUZZ_JOBS to change it).
extra=("$@")
jobs=${TRELLO_FUZZ_JOBS:-$(nproc)}
for corpus in "$here"/corpus/*/; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    fuzz_one "$corpus" &
done
wait

passed=0
failed=0
for corpus in "$here"/corpus/*/; do
    name=$(basename "$corpus")
    result=$(cat "$work/$name.result" 2>/dev/null || echo "FAILED; no result")
    echo "fuzz_$name: $result"
    case $result in
        passed*) passed=$((passed + 1)) ;;
        *) failed=$((failed + 1)) ;;
    esac
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
