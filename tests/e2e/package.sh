#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it, and checks what an installed system would get: the
# programs, the desktop entry, the AppStream metainfo, the icon, the autostart entry, computed
# Depends — and that the unpacked program starts.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
fail() { echo "FAIL: $*"; exit 1; }

root="$work/root"
id=io.github.trelloonboard.TrelloOnboard
for f in usr/bin/trello-onboard usr/libexec/trello-onboard/trello-onboard-gui \
         usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$id.svg \
         usr/share/trello-onboard/autostart/trello-onboard-firstrun.desktop \
         usr/share/trello-onboard/examples/installer-example.sh \
         usr/share/man/man1/trello-onboard.1.gz usr/share/bash-completion/completions/trello-onboard \
         usr/share/zsh/vendor-completions/_trello-onboard usr/share/fish/vendor_completions.d/trello-onboard.fish \
         usr/lib/systemd/user/trello-onboard-check.service usr/lib/systemd/user/trello-onboard-check.timer; do
    [ -e "$root/$f" ] || fail "$f is not in the package"
done
# The daily check names the packaged program, and is shipped, not enabled (no .wants link).
grep -qx 'ExecStart=/usr/bin/trello-onboard check --notify' "$root/usr/lib/systemd/user/trello-onboard-check.service" ||
    fail "the check service does not start /usr/bin/trello-onboard"
[ -z "$(find "$root" -name '*.wants')" ] || fail "the package enables a unit"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop entry"
desktop-file-validate "$root/usr/share/trello-onboard/autostart/trello-onboard-firstrun.desktop" || fail "autostart entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/as.log" 2>&1 || { cat "$work/as.log"; fail "metainfo"; }

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6webenginecore6 libqt6keychain1 libsecret-1-0 qt6-wayland; do
    case "$depends" in *"$lib"*) ;; *) fail "Depends lacks $lib" ;; esac
done
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "no Description"
version=$(dpkg-deb -f "$deb" Version)
"$root/usr/bin/trello-onboard" --version | grep -qF "$version" || fail "--version does not say $version"
echo "package ok: version $version"
