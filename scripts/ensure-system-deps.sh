#!/usr/bin/env bash
# Install the Debian/Ubuntu packages that Python venvs and Qt need, only when some are missing.
# Usage: scripts/ensure-system-deps.sh [run|test|screenshots|dist]
# Nothing is installed on non-Debian systems; we print what is needed instead.
set -euo pipefail
what=${1:-test}

pkgs=(python3-venv libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
      libxkbcommon0 fontconfig-config fonts-dejavu-core)
# A real X display (make run on a desktop, Xvfb for screenshots) needs the xcb helpers too.
xcb=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
     libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0
     libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxcb-xinerama0)
case "$what" in
  run|dist) pkgs+=("${xcb[@]}") ;;
  screenshots) pkgs+=("${xcb[@]}" xvfb xauth fonts-noto-cjk) ;;  # the Chinese screenshots need CJK glyphs
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "ensure-system-deps: not a Debian-like system; make sure the Qt runtime libraries are installed:" >&2
  echo "  ${pkgs[*]}" >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  # python3-venv only matters when the interpreter has no ensurepip of its own (pyenv builds do).
  if [ "$p" = python3-venv ] && python3 -c "import ensurepip" >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-system-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
