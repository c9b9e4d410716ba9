#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, AddressSanitizer + UndefinedBehaviorSanitizer) in a build
# directory of their own and runs each for SECONDS; prints executions, coverage and findings.
# Fails when a target crashes (or leaks, hangs, runs out of memory) or a fixed crash is back.
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]     default 20 s per target (what the test command runs)
#        ./dev.sh fuzz 600                    the longer run
# Environment:
#   PHOENIX_FUZZ_BUILD_DIR   build directory (default: <repo>/build-fuzz); the corpus grows in
#                            <dir>/corpus/<target> from run to run, findings go to <dir>/findings
#   PHOENIX_FUZZ_TARGETS     a subset, e.g. "fuzz_cloudsyaml fuzz_errorbody"
#   PHOENIX_FUZZ_JOBS        targets fuzzed at the same time (default 2)
# Exit: 0 clean, 1 findings or build failure, 77 clang-14/libFuzzer missing (not under CI=true).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/tests/fuzz
DURATION=${1:-20}
BUILD=${PHOENIX_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
JOBS=${PHOENIX_FUZZ_JOBS:-2}
TARGETS=(${PHOENIX_FUZZ_TARGETS:-fuzz_apiparsers fuzz_cloudsyaml fuzz_errorbody fuzz_authreply fuzz_paging fuzz_rfb})

missing() {
  echo "run-fuzz: $1 (tests/setup/install-deps.sh test installs clang-14 and libclang-rt-14-dev)" >&2
  [ "${CI:-}" = true ] && exit 1
  exit 77
}
command -v clang++-14 >/dev/null || missing "clang++-14 not found"
compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null \
  || missing "the libFuzzer runtime (libclang-rt-14-dev) is missing"

# --- build --------------------------------------------------------------------------------------
t0=$(date +%s)
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$BUILD" -G Ninja -DPHOENIX_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" >/dev/null
fi
if ! cmake --build "$BUILD" -j"${PHOENIX_BUILD_JOBS:-2}" --target phoenix_fuzzers >"$BUILD/build.log" 2>&1; then
  tail -40 "$BUILD/build.log"
  echo "run-fuzz: build failed (log: $BUILD/build.log)" >&2
  exit 1
fi
echo "run-fuzz: built ${TARGETS[*]} in $(( $(date +%s) - t0 )) s ($BUILD)"

python3 "$HERE/seeds.py" "$BUILD/seeds" >/dev/null
mkdir -p "$BUILD/logs"

# --- one target -----------------------------------------------------------------------------------
run_one() {
  local t=$1 bin=$BUILD/tests/fuzz/$1 findings=$BUILD/findings/$1 corpus=$BUILD/corpus/$1
  local dict=$HERE/json.dict result=$BUILD/logs/$1.result
  [ "$t" = fuzz_cloudsyaml ] && dict=$HERE/yaml.dict
  [ "$t" = fuzz_rfb ] && dict=$HERE/rfb.dict
  rm -rf "$findings"; mkdir -p "$findings" "$corpus"
  local regressions=0 regression_rc=0
  if compgen -G "$HERE/regressions/$t/*" >/dev/null; then
    regressions=$(ls "$HERE/regressions/$t" | wc -l)
    "$bin" "$HERE/regressions/$t"/* >"$BUILD/logs/$t.regressions.log" 2>&1 || regression_rc=$?
  fi
  local rc=0
  "$bin" -max_total_time="$DURATION" -timeout=10 -rss_limit_mb=2048 -dict="$dict" \
    -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" "$BUILD/seeds/$t" \
    >"$BUILD/logs/$t.log" 2>&1 || rc=$?
  local execs rate cov corp
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$BUILD/logs/$t.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$BUILD/logs/$t.log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$BUILD/logs/$t.log" | tail -1 | cut -d' ' -f2)
  corp=$(ls "$corpus" | wc -l)
  echo "$t ${execs:-0} ${rate:-0} ${cov:-0} $corp $(ls "$findings" | wc -l) $rc $regressions $regression_rc" >"$result"
}

echo "run-fuzz: fuzzing ${#TARGETS[@]} targets for $DURATION s each, $JOBS at a time"
for t in "${TARGETS[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  run_one "$t" &
done
wait

# --- report ---------------------------------------------------------------------------------------
failed=0
total=0
printf '\n%-18s %12s %9s %9s %8s %9s  %s\n' target executions exec/s coverage corpus findings regressions
for t in "${TARGETS[@]}"; do
  read -r name execs rate cov corp nfind rc nreg regrc <"$BUILD/logs/$t.result"
  total=$((total + execs))
  regtext="-"
  [ "$nreg" -gt 0 ] && regtext="$nreg ok"
  [ "$regrc" != 0 ] && regtext="$nreg FAILED (rc $regrc, $BUILD/logs/$t.regressions.log)" && failed=1
  printf '%-18s %12s %9s %9s %8s %9s  %s\n' "$name" "$execs" "$rate" "$cov" "$corp" "$nfind" "$regtext"
  if [ "$nfind" -gt 0 ] || [ "$rc" != 0 ]; then
    failed=1
    grep -m1 -E '^SUMMARY|ERROR: libFuzzer|terminate called' "$BUILD/logs/$t.log" | sed "s/^/  $t: /" || true
    for f in "$BUILD/findings/$t"/*; do
      [ -e "$f" ] || continue
      echo "  $t: finding $f  (reproduce: $BUILD/tests/fuzz/$t $f)"
    done
    echo "  $t: log $BUILD/logs/$t.log"
  fi
done
echo "run-fuzz: $total executions in total, $(date -u +%FT%TZ)"
echo "$(date -u +%FT%TZ) ${DURATION}s/target total=$total $(cat "$BUILD"/logs/*.result | awk '{printf "%s=%s,%s ", $1, $2, $6}')" \
  >>"$BUILD/fuzz-history.log"
if [ $failed = 1 ]; then
  echo "run-fuzz: FINDINGS (crash files above; add fixed ones to tests/fuzz/regressions/<target>/)" >&2
  exit 1
fi
echo "run-fuzz: no findings"
