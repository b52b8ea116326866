#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian/Ubuntu when they are missing.
# With --tests, also what the test suite drives for real: a PostgreSQL server (started by the
# tests on loopback) and CUPS (the tests run a private scheduler and queue of their own).
# Runs without asking only as root (CI, containers); otherwise prints the command to run.
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to do here

packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
          libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core)
if [ "${1:-}" = "--tests" ]; then
  packages+=(postgresql cups cups-client cups-bsd cups-filters poppler-utils)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "ArenaDesk needs these system packages: ${missing[*]}"
  echo "Install them with: sudo apt-get install ${missing[*]}"
fi
