#!/usr/bin/env bash
# Builds and runs Phoenix's benchmarks, prints every figure and a table at the end, and writes the
# table to tests/bench/RESULTS.md (with the date and machine notes). Figures only: no timing is
# asserted and the exit code says only whether the benchmarks ran.
# Each part's output of record is kept in tests/bench/logs/PART.log (+ PART.when: when, how long,
# load, build type); a run replaces the logs of the parts it ran, and RESULTS.md is always written
# from every part's log there, so running one part never loses the others' figures.
#
# Usage: tests/bench/run-bench.sh BUILD_DIR [desktops] [parse] [engine] [testbed] [list] [bulk] [bulk200] [scheduler] [board] [bell] [rfb] [tray]   (default: all)
#        tests/bench/run-bench.sh BUILD_DIR --report-only   (table and RESULTS.md from tests/bench/logs)
#        ./dev.sh bench                      (BUILD_DIR = ./build, a Debug build by default)
#        PHOENIX_BUILD_TYPE=Release PHOENIX_BUILD_DIR=$PWD/build-bench ./dev.sh bench   (the figures of record)
# Needs for all figures: the OpenStack test bed (sudo tests/openstack/up.sh --no-smoke) for
# bench_testbed, and PostgreSQL (tests/setup/postgres.sh start) for the journal figure on PostgreSQL;
# bench_rfb: Xvfb, x11vnc and websockify (install-deps.sh test), the bed for its nova-novncproxy
# figures, and for noVNC's side `chromium` (install-deps.sh bench) and npm (noVNC is installed
# from the npm registry into BUILD_DIR/bench-novnc); without them those figures are skipped. Environment: PHOENIX_TEST_CLOUDS (clouds.yaml of the
# bed), PHOENIX_TEST_PG_URL, PHOENIX_BENCH_RESULTS (where to write RESULTS.md).
# bench_bulk (issue 18) needs the bed; PHOENIX_BENCH_BULK_ARGS adds options (bench_bulk.py --help). Part bulk: create 50, bulk actions of those 50 until ready and
# three workstations with 50 tasks (~17 minutes quiet). Part bulk200: the same actions of 200 desktops
# (made by Nova's multi-create, without ports) and three workstations with 200 tasks (~25 minutes).
# bench_tray runs on its own Xvfb with trayer when xvfb-run and trayer are installed (the icon in a
# real tray), else offscreen (the no-tray window stands in for the icon).
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,23p' "$0"; exit 2; }
BUILD=$(cd "$1" && pwd); shift
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
REPORT_ONLY=0
[ "${1:-}" = --report-only ] && { REPORT_ONLY=1; shift; }
PARTS=("$@")
[ ${#PARTS[@]} -gt 0 ] || PARTS=(desktops parse engine testbed list bulk bulk200 scheduler board bell rfb tray)
OUT=$BUILD/bench
LOGS=${PHOENIX_BENCH_LOGS:-$ROOT/tests/bench/logs}
RESULTS=${PHOENIX_BENCH_RESULTS:-$ROOT/tests/bench/RESULTS.md}
mkdir -p "$OUT" "$LOGS"

run_benchmarks() {
  targets=()
  for part in "${PARTS[@]}"; do
    [ -f "$ROOT/tests/bench/bench_${part%200}.py" ] || targets+=("bench_$part")   # a .py part drives phoenixctl
    case $part in testbed | bell | list | bulk | bulk200) targets+=(phoenixctl) ;; esac
    [ "$part" = list ] && targets+=(phoenix-democloud)
    [ "$part" = tray ] && targets+=(phoenix)
  done
  echo "== building ${targets[*]} in $BUILD"
  cmake --build "$BUILD" -j"${PHOENIX_BUILD_JOBS:-2}" --target "${targets[@]}" >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log"; echo "run-bench: build failed ($OUT/build.log)" >&2; exit 1; }
  BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
  if [ "$BUILD_TYPE" != Release ]; then
    echo "run-bench: note: $BUILD is a '${BUILD_TYPE:-default}' build; the figures of record come from a Release build"
  fi
  if [ -z "${PHOENIX_TEST_PG_URL:-}" ] && "$ROOT/tests/setup/postgres.sh" status >/dev/null 2>&1; then
    eval "$("$ROOT/tests/setup/postgres.sh" start 2>/dev/null)" || true
  fi
  export QT_QPA_PLATFORM=offscreen
  RUNTIME=$(mktemp -d); chmod 700 "$RUNTIME"; export XDG_RUNTIME_DIR=$RUNTIME
  trap 'rm -rf "$RUNTIME"' EXIT

  for part in "${PARTS[@]}"; do
    args=()
    [ "$part" = testbed ] || [ "$part" = bell ] || [ "$part" = bulk ] && args=(--phoenixctl "$BUILD/app/phoenixctl")
    [ "$part" = bulk ] && args+=(--sizes 50 --create 50)
    [ "$part" = bulk200 ] && args=(--phoenixctl "$BUILD/app/phoenixctl" --sizes 200 --create 0)
    # e.g. PHOENIX_BENCH_BULK_ARGS="--reuse bulk12345 --keep": the desktops of an earlier --keep run
    case $part in bulk | bulk200) read -r -a extra <<<"${PHOENIX_BENCH_BULK_ARGS:-}"; args+=("${extra[@]}") ;; esac
    [ "$part" = list ] && args=(--phoenixctl "$BUILD/app/phoenixctl" --democloud "$BUILD/cloud/demo/phoenix-democloud")
    if [ "$part" = rfb ] && [ ! -f "$BUILD/bench-novnc/node_modules/@novnc/novnc/core/rfb.js" ]; then
      if command -v npm >/dev/null; then # noVNC for the side-by-side figure: from npm, under the build dir
        mkdir -p "$BUILD/bench-novnc"
        cp "$ROOT/tests/bench/novnc/package.json" "$ROOT/tests/bench/novnc/package-lock.json" "$BUILD/bench-novnc/"
        (cd "$BUILD/bench-novnc" && npm ci --no-audit --no-fund --silent) || echo "run-bench: npm ci of noVNC failed"
      else
        echo "run-bench: no npm: bench_rfb runs without noVNC"
      fi
    fi
    bin=$BUILD/tests/bench/bench_$part
    [ -f "$ROOT/tests/bench/bench_${part%200}.py" ] && bin=$ROOT/tests/bench/bench_${part%200}.py   # a script driving phoenixctl
    [ -x "$bin" ] || { echo "run-bench: no such benchmark: $part" >&2; exit 2; }
    echo
    echo "######## bench_$part"
    t0=$(date +%s)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    started=$(date -u '+%Y-%m-%d %H:%M UTC')
    if [ "$part" = tray ]; then
      args=("$BUILD/app/phoenix")
      if command -v xvfb-run >/dev/null && command -v trayer >/dev/null; then
        # a display of its own with a tray host; the benchmark waits for the icon, not for trayer
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash -c '
          trayer --edge top --align right --widthtype request --height 32 --SetDockType true >/dev/null 2>&1 & T=$!
          for i in $(seq 50); do xwininfo -root -tree 2>/dev/null | grep -q "\"panel\"" && break; sleep 0.2; done
          QT_QPA_PLATFORM=xcb "$@"; rc=$?; kill $T; wait $T 2>/dev/null; exit $rc' _ "$bin" "${args[@]}" \
          2>"$OUT/$part.stderr" | tee "$OUT/$part.log" | grep -v '^FIGURE' || true
      else
        env -u DISPLAY "$bin" "${args[@]}" 2>"$OUT/$part.stderr" | tee "$OUT/$part.log" | grep -v '^FIGURE' || true
      fi
    else
      "$bin" "${args[@]}" 2>"$OUT/$part.stderr" | tee "$OUT/$part.log" | grep -v '^FIGURE' || true
    fi
    echo "  (bench_$part took $(( $(date +%s) - t0 )) s; stderr in $OUT/$part.stderr)"
    echo "$started, $(( $(date +%s) - t0 )) s, load average $load before, $(cut -d' ' -f1-3 /proc/loadavg) after, ${BUILD_TYPE:-default} build" >"$OUT/$part.when"
    cp "$OUT/$part.log" "$OUT/$part.when" "$LOGS/"
  done
}

[ $REPORT_ONLY = 1 ] || run_benchmarks
# The report covers every part that has a log of record in $LOGS: a partial re-run replaces only its part.
ALL=()
for part in desktops parse engine testbed list bulk bulk200 scheduler board bell rfb tray; do
  [ -f "$LOGS/$part.log" ] && ALL+=("$part")
done
[ ${#ALL[@]} -gt 0 ] || { echo "run-bench: no results in $LOGS yet" >&2; exit 1; }
for part in "${ALL[@]}"; do grep '^FIGURE' "$LOGS/$part.log" || true; done >"$OUT/figures.tsv"

# --- the table ------------------------------------------------------------------------------------
echo
echo "######## figures"
awk -F'\t' '{ printf "%-6s %-86s %10s %-9s %-15s %s\n", "#" $2, $3, $4, $5, $6, $7 }' "$OUT/figures.tsv" |
  sed '1i issue  figure                                                                                      value unit      target          verdict'

# --- RESULTS.md -----------------------------------------------------------------------------------
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
QTVER=$( (sed -n 's/.*, Qt \([0-9.]*\),.*/\1/p' "$LOGS/desktops.log" 2>/dev/null || true) | head -1)
{
  echo "# Benchmark results"
  echo
  echo "Written by \`tests/bench/run-bench.sh\` (\`./dev.sh bench\`); figures are printed, never asserted."
  echo
  for part in "${ALL[@]}"; do
    echo "* \`bench_$part\` measured $(cat "$LOGS/$part.when" 2>/dev/null || echo "(time not recorded)")"
  done
  echo "* Machine: $(nproc) cores ($CPU), $MEM RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "* Build: Release unless a part's line says otherwise, $(c++ --version | head -1), Qt ${QTVER:-6}, QT_QPA_PLATFORM=offscreen"
  echo "* Load averages are 1/5/15 min. The machine is shared with other builds and with the OpenStack test"
  echo "  bed, so expect variance between runs."
  echo
  echo "| issue | figure | value | target | verdict | note |"
  echo "| --- | --- | ---: | --- | --- | --- |"
  awk -F'\t' '{ t = ($6 == "-" ? "" : $6); v = ($7 == "-" ? "" : $7); n = ($8 == "-" ? "" : $8);
                gsub(/\|/, "\\|", $3); gsub(/\|/, "\\|", n);
                printf "| %s | %s | %s %s | %s | %s | %s |\n", $2, $3, $4, $5, t, v, n }' "$OUT/figures.tsv"
  echo
  [ -f "$ROOT/tests/bench/notes.md" ] && { cat "$ROOT/tests/bench/notes.md"; echo; }
  echo "## Details printed by the benchmarks"
  echo
  for part in "${ALL[@]}"; do
    echo "\`bench_$part\`:"
    echo
    echo '```'
    grep -v '^FIGURE' "$LOGS/$part.log" || true
    echo '```'
    echo
  done
} >"$RESULTS"
echo
echo "run-bench: table written to $RESULTS; logs in $OUT"
