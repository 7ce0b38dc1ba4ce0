#!/usr/bin/env bash
# The benchmark: each case against a yardstick measured in the same run, alternating, at least
# 20 pairs; prints "CASE: ratio R (A ms vs B ms), peak M MiB … [target <= T]" with R the median of
# per-pair ratios, A and B the medians of the case and the yardstick, M the case's peak RSS, T the
# goal (printed, never asserted). A pair where either command failed is left out, and said.
#   tests/bench/run.sh [BUILD_DIR]     (default: ./build; built by ./dev first if missing)
#   BENCH_RUNS=N     pairs per case (default 20)
#   BENCH_ONLY=RE    only the cases whose name matches the extended regular expression RE
# It sets up what it needs itself: a private D-Bus with gnome-keyring and an Xvfb display
# (tests/support/session.sh --display), the sandbox Trello on loopback, a token stored through
# `trello-onboard import`. The command-line cases are timed by bench-spawn-timer (spawn to exit,
# nothing of this script inside the window); the window cases (consent page, whole setup, wizard
# memory) by bench-driver against bench-webview; see the README's "Performance" section.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
bin="$build/bin"
runs=${BENCH_RUNS:-20}

if [ -z "${TRELLO_TEST_SESSION_ROOT:-}" ]; then
    exec "$top/tests/support/session.sh" --display -- "$0" "$build"
fi
for tool in "$bin/trello-onboard" "$bin/trello-onboard-gui" "$bin/trello-sandbox" "$bin/bench-bare-core" "$bin/bench-keychain-floor" \
    "$bin/bench-webview" "$bin/bench-driver" "$bin/bench-spawn-timer" "$bin/bench-seed-oauth"; do
    [ -x "$tool" ] || { echo "missing $tool: build first (./dev test or cmake --build build)" >&2; exit 1; }
done
command -v secret-tool curl >/dev/null || { echo "needs secret-tool and curl: packaging/install-deps.sh" >&2; exit 1; }

work="$TRELLO_TEST_SESSION_ROOT/bench"
mkdir -p "$work"

# The sandbox on loopback, with one token issued for the benchmark.
exec 3< <(sleep 3600)
holder=$! # the sleep that holds the sandbox's stdin: it would outlive us and keep our stdout open
"$bin/trello-sandbox" --issue-token 0:read,write:30days <&3 >"$work/sandbox.out" &
sandbox=$!
trap 'kill $sandbox $holder 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ "$(wc -l <"$work/sandbox.out")" -ge 2 ] && break; sleep 0.1; done
api="$(sed -n 1p "$work/sandbox.out" | sed 's/^listening //')/1"
token=$(sed -n 2p "$work/sandbox.out")
key=5a4d0e5b6c7d8e9f0a1b2c3d4e5f6a7b
printf '%s' "$token" | "$bin/trello-onboard" import --key "$key" --api-host "$api" >/dev/null 2>&1
account=$("$bin/trello-onboard" status --json | grep -o '"accountId": "[^"]*"' | cut -d'"' -f4)
# A second settings folder with 20 accounts (20 keys, one member) for "status at scale", and a
# third with one of them, so both sides of that case differ only in the number of accounts.
for i in $(seq 1 20); do
    printf '%s' "$token" | XDG_CONFIG_HOME="$work/twenty" "$bin/trello-onboard" import --key "$(printf '%032x' "$i")" \
        --api-host "$api" >/dev/null 2>&1
done
printf '%s' "$token" | XDG_CONFIG_HOME="$work/one" "$bin/trello-onboard" import --key "$(printf '%032x' 1)" \
    --api-host "$api" >/dev/null 2>&1
member=${account#*:}

# Runs a command once; prints "milliseconds peak-KiB", timed by bench-spawn-timer from just before
# the spawn to just after the wait: nothing of this script is inside the window.
# Prints "fail" instead when the command did not exit 0.
measure() {
    local out
    out=$("$bin/bench-spawn-timer" "$@") || { echo fail; return 0; }
    echo "$out"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# BENCH_ONLY: a regular expression (so "(" in a case's name needs a backslash).
selected() { [ -z "${BENCH_ONLY:-}" ] || [[ "$1" =~ $BENCH_ONLY ]]; }
if [ -n "${BENCH_ONLY:-}" ]; then
    rc=0; [[ "" =~ $BENCH_ONLY ]] || rc=$?
    [ "$rc" -ne 2 ] || { echo "BENCH_ONLY is not a valid extended regular expression: $BENCH_ONLY" >&2; exit 64; }
fi

# bench NAME TARGET -- CASE... --- YARDSTICK...   (TARGET: the goal for the ratio, printed; "-" for none)
bench() {
    local name=$1 target=$2; shift 3
    selected "$name" || return 0
    local case_cmd=() yard_cmd=()
    while [ "$1" != "---" ]; do case_cmd+=("$1"); shift; done
    shift; yard_cmd=("$@")
    : >"$work/pairs"
    measure "${case_cmd[@]}" >/dev/null; measure "${yard_cmd[@]}" >/dev/null # warm the caches
    local a ra b rb failed=0
    for _ in $(seq 1 "$runs"); do
        # A pair counts only when both commands exited 0: a failing run is not a figure.
        read -r a ra < <(measure "${case_cmd[@]}")
        read -r b rb < <(measure "${yard_cmd[@]}")
        if [ "$a" != fail ] && [ "$b" != fail ]; then
            echo "$a $b $ra $rb" >>"$work/pairs"
        else
            failed=$((failed + 1))
        fi
    done
    [ "$failed" -eq 0 ] || echo "$name: $failed run(s) failed and are left out" >&2
    [ -s "$work/pairs" ] || { echo "$name: no run succeeded"; return 0; }
    local ratio am bm peak ypeak goal=""
    ratio=$(awk '{ printf "%.4f\n", $1 / $2 }' "$work/pairs" | median)
    am=$(awk '{ print $1 }' "$work/pairs" | median)
    bm=$(awk '{ print $2 }' "$work/pairs" | median)
    peak=$(awk '{ print $3 }' "$work/pairs" | sort -g | tail -1)
    ypeak=$(awk '{ print $4 }' "$work/pairs" | sort -g | tail -1)
    [ "$target" = - ] || goal=" [target <= $target]"
    printf '%s: ratio %.2f (%.1f ms vs %.1f ms), peak %.1f MiB (yardstick %.1f MiB)%s\n' \
        "$name" "$ratio" "$am" "$bm" "$(echo "$peak" | awk '{ print $1 / 1024 }')" "$(echo "$ypeak" | awk '{ print $1 / 1024 }')" "$goal"
    # For the memory lines: the peaks of the commands measured against the floor, and the floor's.
    case "$name" in
        *"against the floor") echo "$peak $ypeak" >>"$work/peaks" ;;
    esac
}

echo "trello-onboard benchmark: $(nproc) cores, $(uname -m), $runs pairs per case, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "timer: bench-spawn-timer (posix_spawnp to wait4, CLOCK_MONOTONIC) for the command line; bench-driver for windows"
floor=("$bin/bench-keychain-floor" trello-onboard "$account")
# The yardstick of the command-line cases that read the keychain: QtKeychain alone
# (bench-keychain-floor: a QCoreApplication and one ReadPasswordJob). What is above it is ours.
bench "trello-onboard token against the floor" 1.05 -- "$bin/trello-onboard" token --- "${floor[@]}"
bench "trello-onboard exec against the floor" 1.05 -- "$bin/trello-onboard" exec -- /bin/true --- "${floor[@]}"
bench "trello-onboard status, 20 accounts against one" 1.5 -- env XDG_CONFIG_HOME="$work/twenty" "$bin/trello-onboard" status --- \
    env XDG_CONFIG_HOME="$work/one" "$bin/trello-onboard" status
# Against programs outside the project, for a sense of scale (no targets).
bench "trello-onboard token against secret-tool" - -- "$bin/trello-onboard" token --- \
    secret-tool lookup server trello-onboard user "$account"
bench "trello-onboard status (one account) against curl" - -- "$bin/trello-onboard" status --- \
    sh -c 'curl -sf "$1/members/me?key=$2&token=$3" -o /dev/null && curl -sf "$1/tokens/$3?key=$2&token=$3" -o /dev/null' \
    curl "$api" "$key" "$token"
bench "trello-onboard --version against the bare QCoreApplication" - -- "$bin/trello-onboard" --version --- "$bin/bench-bare-core"
bench "floor (bench-keychain-floor) against secret-tool" - -- "${floor[@]}" --- secret-tool lookup server trello-onboard user "$account"
# Peak memory: the largest peak of the commands measured against the floor, against the floor's.
if [ -s "$work/peaks" ]; then
    awk '{ if ($1 > a) a = $1; if ($2 > b) b = $2 } END {
        printf "peak memory of the command-line commands against the floor: ratio %.2f (%.1f MiB vs %.1f MiB) [target <= 1.1]\n", a / b, a / 1024, b / 1024 }' \
        "$work/peaks"
fi
# An OAuth 2.0 account with a day-long access token, alone in a settings folder of its own, against
# the floor reading its keychain item: the common case of `token` for such an account.
oauth_account=$(XDG_CONFIG_HOME="$work/oauth" "$bin/bench-seed-oauth" "$api" "${api%/1}/oauth/token")
bench "OAuth 2.0 token with a valid access token against the floor" 1.05 -- env XDG_CONFIG_HOME="$work/oauth" "$bin/trello-onboard" token --- \
    env XDG_CONFIG_HOME="$work/oauth" "$bin/bench-keychain-floor" trello-onboard "$oauth_account"

# Both sides of "whole setup" are clicked the same way, from outside through DevTools: the click
# itself takes 30-60 ms (bench-driver echoes when it clicked), and pressing the yardstick's button in-process would count it against
# the wizard alone. Both are timed from start to exit.
# The window cases, timed by bench-driver (it starts the program, watches its output, clicks
# through Chromium's DevTools endpoint and sums the PSS of the process tree; it prints
# "MS PEAK_KIB PSS_KIB"). Both sides run under the same Xvfb with the same environment.
base=${api%/1}
return_url=http://localhost:17645/trello-onboard/callback
consent_url="$base/1/authorize?key=$key&name=trello-onboard&scope=read&expiration=30days&response_type=token&callback_method=fragment&return_url=$return_url"
setup_options=(setup --key "$key" --app-name trello-onboard --scope read --expiration 30days --api-host "$api"
    --authorize-url "$base/1/authorize" --return-url "$return_url" --credentials-in query)
devtools=$(( 20000 + RANDOM % 20000 ))
export QT_LOGGING_RULES="trello.onboard.gui.debug=true"
export QTWEBENGINE_REMOTE_DEBUGGING="127.0.0.1:$devtools"
driver="$bin/bench-driver"

# bench_gui NAME COLUMN TARGET -- CASE-DRIVER-ARGS... --- YARDSTICK-DRIVER-ARGS...
# COLUMN 1 compares times, 3 compares the summed PSS.
bench_gui() {
    local name=$1 column=$2 target=$3; shift 4
    selected "$name" || return 0
    local case_cmd=() yard_cmd=()
    while [ "$1" != "---" ]; do case_cmd+=("$1"); shift; done
    shift; yard_cmd=("$@")
    : >"$work/pairs"
    "$driver" "${case_cmd[@]}" >/dev/null 2>&1 || true; "$driver" "${yard_cmd[@]}" >/dev/null 2>&1 || true
    local a b
    for _ in $(seq 1 "$runs"); do
        a=$("$driver" "${case_cmd[@]}" 2>>"$work/driver.err") || { echo "$name: a run failed (see $work/driver.err)" >&2; continue; }
        b=$("$driver" "${yard_cmd[@]}" 2>>"$work/driver.err") || { echo "$name: a yardstick run failed" >&2; continue; }
        echo "$a $b" >>"$work/pairs"
    done
    [ -s "$work/pairs" ] || { echo "$name: no run succeeded"; return; }
    local ratio am bm peak ypeak bc=$(( column + 3 ))
    ratio=$(awk -v a="$column" -v b="$bc" '{ printf "%.4f\n", $a / $b }' "$work/pairs" | median)
    am=$(awk -v c="$column" '{ print $c }' "$work/pairs" | median)
    bm=$(awk -v c="$bc" '{ print $c }' "$work/pairs" | median)
    peak=$(awk '{ print $2 }' "$work/pairs" | sort -g | tail -1)
    ypeak=$(awk '{ print $5 }' "$work/pairs" | sort -g | tail -1)
    if [ "$column" -eq 1 ]; then
        printf '%s: ratio %.2f (%.1f ms vs %.1f ms), peak %.1f MiB (yardstick %.1f MiB; largest single process) [target <= %s]\n' \
            "$name" "$ratio" "$am" "$bm" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')" "$(awk -v k="$ypeak" 'BEGIN { print k / 1024 }')" "$target"
    else
        printf '%s: ratio %.2f (%.1f MiB vs %.1f MiB PSS, all processes) [target <= %s]\n' \
            "$name" "$ratio" "$(awk -v k="$am" 'BEGIN { print k / 1024 }')" "$(awk -v k="$bm" 'BEGIN { print k / 1024 }')" "$target"
    fi
}

bench_gui "consent page loaded (setup, every option given)" 1 1.1 -- \
    --until-line "consent page loaded: true" -- "$bin/trello-onboard" "${setup_options[@]}" --- \
    --until-line loaded -- "$bin/bench-webview" "$consent_url"
bench_gui "whole setup (installer mode, start to stored and verified to exit)" 1 1.15 -- \
    --click-on-line "consent page loaded: true" --click-url /1/authorize --click-id allow --devtools-port "$devtools" \
    -- "$bin/trello-onboard" "${setup_options[@]}" --close-when-done --json --- \
    --click-on-line loaded --click-url /1/authorize --click-id allow --devtools-port "$devtools" \
    -- "$bin/bench-webview" "$consent_url" --until-fragment "$return_url"
# Memory: the wizard on its Done page after the capture (the web engine should be gone), against
# the same wizard on its first page before any web view exists (no key given: the Welcome page).
bench_gui "memory of the wizard after capture (all processes)" 3 1.2 -- \
    --click-on-line "consent page loaded: true" --click-url /1/authorize --click-id allow --devtools-port "$devtools" \
    --pss-on-line "stored a verified token" --settle-ms 1500 -- "$bin/trello-onboard" "${setup_options[@]}" --- \
    --pss-after-ms 2500 -- "$bin/trello-onboard" setup
