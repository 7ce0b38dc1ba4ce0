#!/usr/bin/env bash
# Runs the fuzz targets for longer, by hand, on every core: builds build-sanitize/ (clang, ASan +
# UBSan, libFuzzer) when needed, then gives each target SECONDS (default 600) with one job per
# core. New interesting inputs are kept in build-sanitize/fuzz-corpus/<target>/ between runs;
# crashes land in build-sanitize/fuzz-artifacts/. Copy a small, telling input into
# tests/fuzz/corpus/<target>/ when it is worth keeping as a seed.
#   tests/fuzz/run-long.sh [SECONDS] [TARGET...]      e.g. tests/fuzz/run-long.sh 3600 configfile
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="${TRELLO_ONBOARD_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for corpus in "$here"/corpus/*/; do targets+=("$(basename "$corpus")"); done
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTRELLO_ONBOARD_SANITIZE=ON -DTRELLO_ONBOARD_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz_targets

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/fuzz-artifacts"
status=0
for name in "${targets[@]}"; do
    mkdir -p "$build/fuzz-corpus/$name"
    echo "== fuzz_$name for ${seconds}s on $(nproc) cores"
    "$build/bin/fuzz_$name" "$build/fuzz-corpus/$name" "$here/corpus/$name" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -fork="$(nproc)" \
        -artifact_prefix="$build/fuzz-artifacts/$name-" -print_final_stats=1 || status=1
done
exit "$status"
