#!/usr/bin/env bash
# Runs one test in a session of its own: a temporary HOME with XDG folders, a private D-Bus
# session bus with gnome-keyring unlocked on it (the real Secret Service), and with --display
# an Xvfb display, or with --wayland a headless Wayland compositor (weston; its screenshooter is
# allowed: `weston-screenshooter` writes the screen to a PNG in the current folder). Everything
# is torn down when the test ends; the test's exit status is kept.
#   session.sh [--display | --wayland] -- COMMAND [ARGS...]
set -euo pipefail

display=0
while [ $# -gt 0 ]; do
    case "$1" in
        --display) display=1; shift ;;
        --wayland) display=wayland; shift ;;
        --) shift; break ;;
        *) echo "session.sh: unknown option $1" >&2; exit 64 ;;
    esac
done
[ $# -gt 0 ] || { echo "session.sh: no command" >&2; exit 64; }

root=$(mktemp -d "${TMPDIR:-/tmp}/trello-session.XXXXXX")
xvfb_pid=
weston_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    [ -n "$weston_pid" ] && kill "$weston_pid" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT

export HOME="$root/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$root/run" TMPDIR="$root/tmp"
export TRELLO_TEST_SESSION_ROOT="$root"
# The throw-away password of the session's keyring, for tests that restart the daemon.
export TRELLO_TEST_KEYRING_PASSWORD="session-password"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# QtKeychain picks KWallet on a KDE desktop; the tests use the Secret Service.
unset XDG_CURRENT_DESKTOP KDE_FULL_SESSION DESKTOP_SESSION DBUS_SESSION_BUS_ADDRESS
# Chromium refuses to run as root with its sandbox on; only the tests turn it off.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi

if [ "$display" = wayland ]; then
    # Headless, drawn on the CPU (pixman), as large as the Xvfb screen. --debug lets the test
    # take screenshots; nothing else of it is used.
    weston --backend=headless-backend.so --use-pixman --socket=wayland-test --width=1280 --height=900 \
        --idle-time=0 --debug >"$root/weston.log" 2>&1 &
    weston_pid=$!
    for _ in $(seq 1 100); do # at most 10 s
        [ -S "$XDG_RUNTIME_DIR/wayland-test" ] && break
        kill -0 "$weston_pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -S "$XDG_RUNTIME_DIR/wayland-test" ] || { echo "session.sh: weston did not start" >&2; cat "$root/weston.log" >&2; exit 70; }
    export WAYLAND_DISPLAY=wayland-test QT_QPA_PLATFORM=wayland
    unset DISPLAY
elif [ "$display" -eq 1 ]; then
    : >"$root/display" # exists before Xvfb writes to it, so the loop below can always read it
    Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset 3>"$root/display" >"$root/xvfb.log" 2>&1 &
    xvfb_pid=$!
    number=
    for _ in $(seq 1 100); do # at most 10 s
        number=$(tr -dc '0-9' <"$root/display")
        [ -n "$number" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$number" ] || { echo "session.sh: Xvfb did not start" >&2; cat "$root/xvfb.log" >&2; exit 70; }
    export DISPLAY=":$number" QT_QPA_PLATFORM=xcb
else
    export QT_QPA_PLATFORM=offscreen
    unset DISPLAY
fi

set +e
dbus-run-session -- bash -c '
    # A fresh "login" keyring, unlocked with a throw-away password. In the foreground, so it is
    # ours to stop: a daemonised one would outlive the bus and hold the test runner'"'"'s pipes.
    printf "%s" "$TRELLO_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$TRELLO_TEST_SESSION_ROOT/keyring.log" 2>&1 &
    keyring=$!
    for _ in $(seq 1 100); do # at most 10 s
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
        sleep 0.1
    done
    "$@"
    status=$?
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    exit "$status"
' session "$@"
exit $?
