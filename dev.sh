#!/usr/bin/env bash
# Phoenix developer entry point. On a fresh Debian 12 machine these do all the set-up themselves:
#   ./dev.sh run  [phoenix args]   install what is missing, build, start the Phoenix window
#   ./dev.sh test                  install what is missing, build, start the test services
#                                  (OpenStack test bed, PostgreSQL), run every test
#   ./dev.sh build                 install build dependencies and build only
#   ./dev.sh bench                 build and run the benchmarks (prints figures)
#   ./dev.sh fuzz [SECONDS]        build the libFuzzer targets (clang) and fuzz each SECONDS (default 20)
#   ./dev.sh screenshots           regenerate docs/screenshots/*.png under Xvfb
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
BUILD=${PHOENIX_BUILD_DIR:-$ROOT/build}
TYPE=${PHOENIX_BUILD_TYPE:-Debug}

build() {
  tests/setup/install-deps.sh "${1:-build}"
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$TYPE" >/dev/null
  cmake --build "$BUILD" -j"$(nproc)"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    build build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "dev.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset); starting Phoenix on a virtual X server." >&2
      echo "        Use 'xvfb-run -a ./build/app/phoenix' yourself, or run on a desktop session." >&2
      exec xvfb-run -a -s "-screen 0 1366x768x24" "$BUILD/app/phoenix" "$@"
    fi
    exec "$BUILD/app/phoenix" "$@"
    ;;
  build)
    build build
    ;;
  test)
    build test
    exec tests/setup/run-tests.sh "$BUILD" "$@"
    ;;
  bench)
    build build
    exec tests/bench/run-bench.sh "$BUILD" "$@"
    ;;
  fuzz)
    tests/setup/install-deps.sh test
    exec tests/fuzz/run-fuzz.sh "$@"
    ;;
  screenshots)
    build test
    exec tests/setup/screenshots.sh "$BUILD"
    ;;
  *)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac
