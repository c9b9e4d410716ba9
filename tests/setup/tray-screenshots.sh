#!/usr/bin/env bash
# docs/screenshots/{en,zh_CN}-tray-menu.png and -tray-window.png: `phoenix --tray` as the demo
# school's teacher li.na (phoenix-democloud), under Xvfb with trayer as the tray host; the menu is
# popped up by --open menu and the whole screen taken with `import -window root`, then cropped.
# The no-tray window: the same without trayer. li.na's course net-01 (its desktops, its roster and
# a lesson in two days, which the scheduler leaves alone for now) goes into a database of the
# screenshots' own with phoenixctl first, so that the menu shows its "Class desktops: N of M ready"
# line. Usage: tests/setup/tray-screenshots.sh BUILD_DIR
# (PHOENIX_SHOT_LANGS="en": English only; default "en zh_CN")
set -euo pipefail
BUILD=$(cd "${1:?usage: tray-screenshots.sh BUILD_DIR}" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/docs/screenshots
WORK=$(mktemp -d)
trap 'kill $DEMO 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/runtime" && chmod 700 "$WORK/runtime"
export XDG_RUNTIME_DIR=$WORK/runtime QT_LOGGING_RULES="phoenix.*.info=false"
"$BUILD/cloud/demo/phoenix-democloud" --port 0 --clouds-yaml "$WORK/clouds.yaml" --speed 3 >"$WORK/demo.log" 2>&1 &
DEMO=$!
for _ in $(seq 50); do [ -s "$WORK/clouds.yaml" ] && break; sleep 0.2; done
export LANGS=${PHOENIX_SHOT_LANGS:-en zh_CN}
export OS_CLIENT_CONFIG_FILE=$WORK/clouds.yaml BUILD WORK OUT
# The lessons store: net-01 as the demo school has it (its students' desktops carry their seats).
export DB=sqlite:$WORK/phoenix.sqlite
ctl() { XDG_CONFIG_HOME=$WORK/ctl-config XDG_DATA_HOME=$WORK/ctl-data OS_CLOUD=phoenix-demo-li.na "$BUILD/app/phoenixctl" "$@"; }
ctl desktops list --json | python3 -c '
import json, sys
print("owner,seat")
for d in json.load(sys.stdin):
    if d.get("course") == "net-01" and d.get("role") == "student" and d.get("owner") and d.get("seat"):
        print(d["owner"] + "," + str(d["seat"]))' >"$WORK/net-01.csv"
ctl courses create net-01 --name "网络基础" --teacher li.na --image "Windows 10 Edu 22H2" --flavor desk.medium \
  --network school-net --protocol rdp --db "$DB" >/dev/null
ctl courses roster import net-01 "$WORK/net-01.csv" --db "$DB" >/dev/null
ctl lessons add net-01 --start "$(date -u -d '+2 days' +%FT%H:00:00Z)" --end "$(date -u -d '+2 days 45 min' +%FT%H:%M:00Z)" --db "$DB" >/dev/null
xvfb-run -a -s "-screen 0 1024x600x24 -nolisten tcp" bash -c '
  set -u
  for lang in $LANGS; do
    for kind in menu window; do
      home=$WORK/home-$lang-$kind; mkdir -p "$home/config" "$home/data"
      if [ $kind = menu ]; then
        trayer --edge top --align right --widthtype request --height 28 --SetDockType true >/dev/null 2>&1 & T=$!
        for _ in $(seq 50); do xwininfo -root -tree | grep -q "\"panel\"" && break; sleep 0.2; done
      fi
      XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data "$BUILD/app/phoenix" --tray --lang $lang \
        --os-cloud phoenix-demo-li.na --db "$DB" --open menu --screenshot-after 6000 --quit-after 9000 >/dev/null 2>&1 & P=$!
      sleep 8
      import -window root "$WORK/shot.png"
      if [ $kind = menu ]; then
        /usr/bin/convert "$WORK/shot.png" -crop 420x360+604+0 +repage "$OUT/$lang-tray-menu.png"
        kill $T 2>/dev/null; wait $T 2>/dev/null
      else
        /usr/bin/convert "$WORK/shot.png" -trim +repage "$OUT/$lang-tray-window.png"
      fi
      wait $P 2>/dev/null || true
    done
  done'
ls -la "$OUT"/*tray*.png
