#!/usr/bin/env bash
# Install the .deb with apt into a freshly bootstrapped Debian 12 root (no Python, no venv, no
# build tree), start the app there under Xvfb with openbox, type the passphrase with xdotool and
# wait for the unlocked main window. Fails if apt cannot satisfy the package's dependencies, the
# app does not start, or the vault does not open.
#
#   packaging/linux/test-deb.sh dist/rete-desktop_0.1.0_amd64.deb [--screenshot FILE.png]
#
# Needs root (chroot, mounts), mmdebstrap and a Debian mirror (MIRROR, default deb.debian.org).
# CI runs it after packaging/linux/build-deb.sh; it takes minutes, so it is not in ./scripts/test.
set -euo pipefail
deb=$(realpath "$1")
shot=""
[ "${2:-}" = "--screenshot" ] && shot=$(realpath -m "$3")
mirror=${MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "test-deb.sh needs root (chroot)" >&2; exit 2; }
command -v mmdebstrap >/dev/null || { echo "install mmdebstrap first" >&2; exit 2; }
work=$(mktemp -d /tmp/rete-deb-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
root=$work/root
echo "== bootstrapping a clean Debian 12 root (xvfb, openbox, xdotool only)"
mmdebstrap --quiet --variant=apt --include=xvfb,xauth,openbox,xdotool,x11-apps \
  bookworm "$root" "$mirror"
cp "$deb" "$root/tmp/rete-desktop.deb"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat > "$root/tmp/inside.sh" <<'INSIDE'
set -euo pipefail
export HOME=/root LANG=C.UTF-8 RETE_LANG=it RETE_VAULT=/root/vault
pass="prova del pacchetto debian 2026"
echo "== apt install ./rete-desktop.deb"
had_python=$(command -v python3 || true)  # openbox's tools may bring it; the app must not
apt-get update -qq >/tmp/apt.log 2>&1
apt-get install -y /tmp/rete-desktop.deb >>/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
echo "   $(grep -c '^Setting up' /tmp/apt.log) packages set up"
[ -z "$had_python" ] && command -v python3 >/dev/null \
  && { echo "python3 came in with the package" >&2; exit 1; }
echo "== rete --version: $(rete --version); creating a vault"
RETE_PASSPHRASE="$pass" rete init --office-name "CAV Prova Pacchetto" --office-kind cav >/dev/null
Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:77
sleep 2
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm $xvfb 2>/dev/null' EXIT
rete-desktop >/tmp/app.log 2>&1 &
app=$!
echo "== waiting for the unlock dialog"
timeout 90 xdotool search --sync --onlyvisible --name "bloccat" windowactivate --sync >/dev/null \
  || { echo "no unlock dialog"; cat /tmp/app.log; exit 1; }
xdotool type --delay 30 "$pass"
xdotool key Return
echo "== passphrase typed; waiting for the main window"
timeout 90 xdotool search --sync --onlyvisible --name "CAV Prova Pacchetto" >/dev/null \
  || { echo "the vault did not open"; xwd -root -silent >/tmp/screen.xwd; cat /tmp/app.log; exit 1; }
sleep 3
xwd -root -silent >/tmp/screen.xwd
kill -0 $app
xdotool key ctrl+q
timeout 30 tail --pid=$app -f /dev/null || true
echo "UNLOCKED: the packaged app opened the vault"
INSIDE
echo "== entering the clean root"
unshare --mount --fork bash -c "
  mount -t proc proc '$root/proc' && mount --rbind /dev '$root/dev'
  chroot '$root' bash /tmp/inside.sh"
if [ -n "$shot" ] && [ -f "$root/tmp/screen.xwd" ]; then
  convert "xwd:$root/tmp/screen.xwd" "$shot" && echo "screenshot: $shot"
fi
