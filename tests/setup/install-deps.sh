#!/usr/bin/env bash
# Installs (only) what Phoenix needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped; apt runs only when something is missing.
# Usage: tests/setup/install-deps.sh [build|test|bench]   (test adds the test runtime: keyring, Xvfb, PostgreSQL, clang;
#        bench adds what only benchmarks use, not CI: Chromium and npm for bench_rfb's noVNC figure)
set -euo pipefail
what=${1:-build}

BUILD_PKGS=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-image-formats-plugins
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus
  libyaml-cpp-dev
  qt6-websockets-dev zlib1g-dev libssl-dev
  fonts-dejavu-core fonts-wqy-microhei qt6-translations-l10n
  xvfb xauth x11-utils imagemagick
)
TEST_PKGS=(
  trayer postgresql postgresql-client clang-14 libclang-rt-14-dev lld-14 python3 curl
  x11vnc websockify xdotool
  dpkg-dev file lintian desktop-file-utils appstream debootstrap   # label package (issue 17)
)
BENCH_PKGS=(chromium)
command -v npm >/dev/null || BENCH_PKGS+=(npm) # a Node.js from elsewhere brings its own npm
pkgs=("${BUILD_PKGS[@]}")
[ "$what" = test ] && pkgs+=("${TEST_PKGS[@]}")
[ "$what" = bench ] && pkgs+=("${TEST_PKGS[@]}" "${BENCH_PKGS[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi

SUDO=
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -o DPkg::Lock::Timeout=900 -y -q)
# Package scripts must not start daemons (PostgreSQL is started by the test scripts themselves).
made_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d; made_policy=1
fi
cleanup() { [ $made_policy = 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d; true; }
trap cleanup EXIT
for i in 1 2 3; do
  $SUDO "${APT[@]}" update && break
  [ $i = 3 ] && { echo "install-deps: apt-get update failed" >&2; exit 1; }
  sleep 10
done
# dbus-x11 turns a missing session bus into a hanging keyring prompt: never install it.
$SUDO "${APT[@]}" install --no-install-recommends "${missing[@]}"
