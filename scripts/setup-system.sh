#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Preflight needs. Usage: scripts/setup-system.sh run|dist|test
#   run:  what the app needs (PortAudio, Qt's xcb libraries, fonts)
#   dist: also binutils (PyInstaller needs objdump; build.spec strips with strip/readelf)
#   test: also what the tests need (Xvfb, PulseAudio virtual devices, sox, ffmpeg, iperf3,
#         poppler for PDF checks, ImageMagick for screenshots, coturn: a real TURN server,
#         dbus-daemon: a private bus for the restart tests, gio: runs an autostart entry,
#         nginx-light: a real reverse proxy with a body limit in front of the lab server)
# Skips quietly when everything is present, or when it cannot install (not root / no apt):
# then it lists what is missing and the tests that need it will skip or fail with a reason.
set -euo pipefail
mode="${1:-run}"
run_pkgs=(libportaudio2 libasound2-plugins libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core
  fonts-noto-core fonts-noto-cjk)
# fonts-noto-core (Noto Sans Arabic, and Latin-only Noto Sans for the tests' bare machine) and
# fonts-noto-cjk (Noto Sans CJK SC): Arabic and Chinese in the window and the PDF report
# (`make run`, the tests), and the source of the Linux bundle's fonts (scripts/bundle_fonts.py,
# `make dist`). ~130 MB installed; docs/i18n.md says why Windows and macOS need none.
test_pkgs=(xvfb xauth pulseaudio pulseaudio-utils sox ffmpeg iperf3 iproute2 nftables openssl
  poppler-utils imagemagick binutils coturn dbus-daemon libglib2.0-bin
  at-spi2-core python3-pyatspi nginx-light)
pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
[ "$mode" = dist ] && pkgs+=(binutils)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: no apt-get here; please install: ${missing[*]}" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup-system: not root; please install: ${missing[*]}" >&2
    exit 0
  fi
fi
echo "setup-system: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
