#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks the installed programs start.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/trello-onboard" || { echo "bin/trello-onboard was not installed"; exit 1; }
test -x "$prefix/libexec/trello-onboard/trello-onboard-gui" || { echo "the GUI executable was not installed"; exit 1; }
version=$("$prefix/bin/trello-onboard" --version)
case "$version" in
    "trello-onboard "[0-9]*) ;;
    *) echo "unexpected --version output: $version"; exit 1 ;;
esac
"$prefix/bin/trello-onboard" --help | grep -q 'Usage: trello-onboard' || { echo "--help printed no usage"; exit 1; }
# The manual page and the shell completions, where man, bash-completion, zsh and fish look.
man=$(ls "$prefix"/share/man/man1/trello-onboard.1* 2>/dev/null) || { echo "the man page was not installed"; exit 1; }
for f in share/bash-completion/completions/trello-onboard \
         share/zsh/vendor-completions/_trello-onboard share/fish/vendor_completions.d/trello-onboard.fish; do
    test -f "$prefix/$f" || { echo "$f was not installed"; exit 1; }
done
if command -v man >/dev/null; then
    [ "$(MANPATH="$prefix/share/man" man -w trello-onboard)" = "$man" ] || { echo "man does not find the installed page"; exit 1; }
    MANPATH="$prefix/share/man" MANWIDTH=80 man trello-onboard 2>/dev/null | grep -q 'EXIT STATUS' || { echo "the installed man page does not render"; exit 1; }
fi
# The daily check as a systemd user service and timer (installed, not enabled), naming the
# installed program; systemd-analyze verify checks both (and that their man page is found).
units=$prefix/lib/systemd/user
for f in trello-onboard-check.service trello-onboard-check.timer; do
    test -f "$units/$f" || { echo "lib/systemd/user/$f was not installed"; exit 1; }
done
grep -qx "ExecStart=$prefix/bin/trello-onboard check --notify" "$units/trello-onboard-check.service" ||
    { echo "the check service does not start the installed program:"; grep ExecStart "$units/trello-onboard-check.service"; exit 1; }
grep -qx 'Persistent=true' "$units/trello-onboard-check.timer" && grep -qx 'OnCalendar=daily' "$units/trello-onboard-check.timer" ||
    { echo "the check timer is not daily and persistent"; exit 1; }
if command -v systemd-analyze >/dev/null; then
    (cd "$units" && MANPATH="$prefix/share/man" systemd-analyze verify trello-onboard-check.service trello-onboard-check.timer) ||
        { echo "systemd-analyze verify refused the check's units"; exit 1; }
else
    echo "systemd-analyze is not installed: the check's units were not verified"
fi
echo "installed and started: $version"
