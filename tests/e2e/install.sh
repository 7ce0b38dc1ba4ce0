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
echo "installed and started: $version"
