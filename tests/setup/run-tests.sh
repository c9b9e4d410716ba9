#!/usr/bin/env bash
# Brings up the test services and runs every ctest label inside a headless desktop session:
# Xvfb (+ trayer as tray host), a private D-Bus session and an unlocked gnome-keyring in a fresh
# keyring directory. Prints ctest's summary; fails on any failure or when no test ran.
# Usage: tests/setup/run-tests.sh BUILD_DIR [extra ctest args]
set -euo pipefail
BUILD=$(cd "$1" && pwd); shift
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# --- services -----------------------------------------------------------------------------------
if [ "${PHOENIX_SKIP_OPENSTACK:-0}" != 1 ]; then
  echo "== OpenStack test bed (tests/openstack/up.sh)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO "$ROOT/tests/openstack/up.sh" --no-smoke
fi
export PHOENIX_TEST_CLOUDS=${PHOENIX_TEST_CLOUDS:-/var/lib/phoenix-lab/clouds.yaml}
if [ -x "$ROOT/tests/setup/postgres.sh" ] && [ "${PHOENIX_SKIP_POSTGRES:-0}" != 1 ]; then
  echo "== PostgreSQL (tests/setup/postgres.sh)"
  eval "$("$ROOT/tests/setup/postgres.sh" start)"   # exports PHOENIX_TEST_PG_URL
fi

# --- headless session ---------------------------------------------------------------------------
RUNTIME=$(mktemp -d); chmod 700 "$RUNTIME"
KEYRINGS=$(mktemp -d)
trap 'rm -rf "$RUNTIME" "$KEYRINGS"' EXIT
export XDG_RUNTIME_DIR=$RUNTIME XDG_DATA_HOME=$KEYRINGS
export PHOENIX_CTEST_ARGS="$*"
export BUILD
xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" dbus-run-session -- bash -c '
  printf %s phoenix-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  trayer --edge top --align right --widthtype request --height 32 --SetDockType true >/dev/null 2>&1 &
  TRAYER=$!
  cd "$BUILD"
  ctest --output-on-failure --no-tests=error $PHOENIX_CTEST_ARGS; rc=$?
  kill $TRAYER 2>/dev/null; wait $TRAYER 2>/dev/null
  exit $rc'
