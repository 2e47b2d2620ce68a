#!/usr/bin/env bash
# Wrap the PyInstaller folder (dist/rete-desktop, built first if missing) into a Debian package:
#   packaging/linux/build-deb.sh      -> dist/rete-desktop_<version>_<arch>.deb
# The app goes to /opt/rete-desktop, `rete-desktop` (the app) and `rete` (the command line) to
# /usr/bin, a menu entry and icon to /usr/share. Depends lists the system libraries Qt's xcb
# platform plugin loads (the wheel bundles Qt itself) and a font; checked by test-deb.sh in a
# freshly bootstrapped Debian root.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x dist/rete-desktop/rete-desktop ] || packaging/build.sh --no-smoke
version=$(dist/rete-desktop/rete --version)
arch=$(dpkg --print-architecture)
root=build/deb/rete-desktop
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/rete-desktop "$root/opt/rete-desktop"
ln -s /opt/rete-desktop/rete-desktop "$root/usr/bin/rete-desktop"
ln -s /opt/rete-desktop/rete "$root/usr/bin/rete"
install -m 644 packaging/linux/rete-desktop.desktop "$root/usr/share/applications/"
install -m 644 resources/icons/rete.svg \
  "$root/usr/share/icons/hicolor/scalable/apps/rete-desktop.svg"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: rete-desktop
Version: $version
Architecture: $arch
Maintainer: Rete Desktop maintainers <rete-desktop@example.invalid>
Installed-Size: $size
Section: misc
Priority: optional
Depends: libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3,
 libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0,
 libxcb-xinerama0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0, fonts-dejavu-core
Description: office desktop of a territorial anti-violence network
 Offline-first case records in an encrypted vault (SQLCipher) and signed, encrypted
 referrals between the offices of the network. Italian and English.
CONTROL
mkdir -p dist
out="dist/rete-desktop_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out" >/dev/null
echo "$out ($(du -h "$out" | cut -f1))"
