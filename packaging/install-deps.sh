#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing trello-onboard need.
# Idempotent: when everything is present it installs nothing and does not touch apt.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # build: GLib's D-Bus, for the Secret Service's unlock prompt, and libsecret, for reading many
    # entries at once (both are in the process at run time anyway, under QtKeychain)
    libglib2.0-dev libsecret-1-dev
    libgl-dev libxkbcommon-dev
    # run: the Qt platform plugins (X11; Wayland) and a font for the windows
    qt6-qpa-plugins qt6-wayland libqt6svg6 fonts-dejavu-core qt6-translations-l10n
    # test: a headless Wayland compositor, and its screenshooter
    weston
    # test: a display, a private session bus, a real Secret Service and its CLI
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    # test: gnome-keyring's unlock prompt (gcr-prompter), and a Secret Service that stays silent
    gcr python3-dbus
    # test: a desktop notification server on the private bus (check --notify), and the check's
    # systemd units verified
    python3-gi systemd
    # test: a real browser as the person's own (sign-in in the browser), started through xdg-open
    chromium xdg-utils
    # test and look: screenshots of windows
    imagemagick x11-utils
    # test: a key press into a window from outside (the Done page of a process)
    xdotool
    # packaging: the .deb and the checks of its desktop files
    dpkg-dev file desktop-file-utils appstream
    # the benchmark: a yardstick, and peak memory
    curl time
    # hardening (./dev test's second pass): clang, libFuzzer and the sanitizer runtimes,
    # llvm-symbolizer for readable reports, openssl for the self-signed TLS test host
    clang libclang-rt-14-dev llvm openssl
    # test: the man page rendered and linted (groff, man, mandoc) and the shell completions run
    # in their shells (bash-completion, zsh, fish)
    groff-base man-db mandoc bash-completion zsh fish
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
