#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: Phoenix on the built-in demo cloud under Xvfb, every view
# in English and in Chinese. Uses a throw-away settings/data directory, never the user's.
# Usage: tests/setup/screenshots.sh BUILD_DIR
set -euo pipefail
BUILD=$(cd "${1:?usage: screenshots.sh BUILD_DIR}" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/docs/screenshots
APP=$BUILD/app/phoenix
[ -x "$APP" ] || { echo "screenshots.sh: $APP is missing; build first" >&2; exit 1; }
mkdir -p "$OUT"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/runtime" && chmod 700 "$WORK/runtime"
export XDG_RUNTIME_DIR=$WORK/runtime
export QT_LOGGING_RULES="phoenix.*.info=false;phoenix.*.debug=false"
export OUT APP WORK

# name | phoenix arguments (each run gets fresh settings, so the window starts the same way)
SHOTS='
welcome|
students|--demo --demo-speed 3 --demo-batch --tab students --course py-01 --screenshot-after 13000
teachers|--demo --demo-speed 3 --tab teachers
others|--demo --demo-speed 3 --tab others
images|--demo --demo-speed 3 --tab images
network|--demo --demo-speed 3 --tab network
tasks|--demo --demo-speed 3 --demo-batch --tab tasks --screenshot-after 16000
audit|--demo --demo-speed 3 --demo-batch --tab audit --screenshot-after 17000
create|--demo --demo-speed 3 --course net-01 --open create
connect|--open connect
settings|--open settings
'
export SHOTS

# One X server for every run; phoenix grabs its own window (or the dialog --open opened).
xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" bash -c '
  set -u
  failed=0
  for lang in en zh_CN; do
    while IFS="|" read -r name args; do
      [ -z "$name" ] && continue
      home=$WORK/home-$lang-$name
      mkdir -p "$home/config" "$home/data"
      after=4000
      case " $args " in *" --screenshot-after "*) after=$(sed -E "s/.*--screenshot-after ([0-9]+).*/\1/" <<<"$args");; esac
      file=$OUT/$lang-$name.png
      rm -f "$file"
      # shellcheck disable=SC2086
      XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
        timeout 60 "$APP" --lang "$lang" $args --screenshot "$file" --quit-after $((after + 1500)) >/dev/null 2>&1 || true
      if [ -s "$file" ]; then echo "  $file"; else echo "  FAILED: $lang $name" >&2; failed=1; fi
    done <<<"$SHOTS"
  done
  exit $failed'
# The classroom views, the Hosts view and the tray are taken by their tests (fixtures with a school in them).
for lang in en zh_CN; do
  PHOENIX_SCREENSHOT_LANG=$lang PHOENIX_SCREENSHOT_DIR=$OUT QT_QPA_PLATFORM=offscreen \
    "$BUILD/tests/gui/tst_courseviews" screenshots >/dev/null || echo "  FAILED: $lang courses, timetable, calendar" >&2
  PHOENIX_SCREENSHOT_LANG=$lang PHOENIX_SCREENSHOTS=$OUT QT_QPA_PLATFORM=offscreen \
    "$BUILD/tests/gui/tst_classroomviews" screenshots >/dev/null || echo "  FAILED: $lang today, board, seating" >&2
  PHOENIX_SCREENSHOT_LANG=$lang PHOENIX_SCREENSHOTS=$OUT QT_QPA_PLATFORM=offscreen \
    "$BUILD/tests/gui/tst_hostsview" screenshots >/dev/null || echo "  FAILED: $lang hosts" >&2
done
[ -x "$ROOT/tests/setup/tray-screenshots.sh" ] && "$ROOT/tests/setup/tray-screenshots.sh" "$BUILD" || true
echo "screenshots.sh: done ($OUT)"
