#!/usr/bin/env bash
# Issue 14 on the test bed: "Open my desktop" from SUSPENDED with teacher1's own credentials,
# `phoenixctl my-desktop open --no-launch --detect-timeout 0 --json` against the same steps by hand
# with the openstack CLI (server resume, server show until ACTIVE, the port's floating IP, a TCP
# probe of the RDP port). Prints the seconds per stage; asserts nothing. Makes one desktop with a
# floating IP as teacher1 and deletes both at the end.
# Usage: tests/bench/open-vs-cli.sh BUILD_DIR [ROUNDS]   (clouds.yaml: PHOENIX_TEST_CLOUDS)
set -euo pipefail
BUILD=$(cd "${1:?usage: open-vs-cli.sh BUILD_DIR [ROUNDS]}" && pwd)
ROUNDS=${2:-2}
export OS_CLIENT_CONFIG_FILE=${PHOENIX_TEST_CLOUDS:-/var/lib/phoenix-lab/clouds.yaml}
export OS_CLOUD=lab-teacher
WORK=$(mktemp -d)
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data # phoenixctl: settings and journal of its own
mkdir -p "$XDG_CONFIG_HOME/Phoenix" "$XDG_DATA_HOME"
printf '[poll]\nfastSeconds=1\n' >"$XDG_CONFIG_HOME/Phoenix/phoenix.conf"
NAME=bench-open-$$
FIP=
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
status() { openstack server show "$NAME" -f value -c status; }
wait_status() { # the desktop reaches $1 (setup only, not timed)
  for _ in $(seq 180); do [ "$(status)" = "$1" ] && return 0; sleep 1; done
  echo "open-vs-cli: $NAME never reached $1" >&2; return 1
}
cleanup() {
  openstack server delete --wait "$NAME" >/dev/null 2>&1 || true
  [ -n "$FIP" ] && openstack floating ip delete "$FIP" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== setup: $NAME (teacher1's, desk.tiny) with a floating IP"
openstack --os-compute-api-version 2.52 server create --image ubuntu-22.04-desktop --flavor desk.tiny --network lab-net \
  --property phoenix:type=static --property phoenix:role=teacher --property phoenix:owner=teacher1 --tag phoenix \
  --wait "$NAME" >/dev/null
FIP=$(openstack floating ip create public -f value -c floating_ip_address)
openstack server add floating ip "$NAME" "$FIP"
echo "   floating IP $FIP; load $(cut -d' ' -f1-3 /proc/loadavg)"

for round in $(seq "$ROUNDS"); do
  openstack server suspend "$NAME"; wait_status SUSPENDED
  t0=$(now)
  "$BUILD/app/phoenixctl" my-desktop open "$NAME" --no-launch --detect-timeout 0 --json >"$WORK/open.json" 2>"$WORK/open.err" || {
    cat "$WORK/open.err" >&2; exit 1; }
  t1=$(now)
  phoenix=$(python3 - "$WORK/open.json" <<'EOF'
import json, sys
o = json.load(open(sys.argv[1]))
by = {}
for s in o.get("stages", []):
    by[s["stage"]] = by.get(s["stage"], 0) + s["seconds"]
print(" + ".join(f"{by.get(k, 0):.1f}" for k in ("action", "wait", "floating", "detect")) + f" = {o['seconds']:.1f} s (address {o['address']})")
EOF
)
  echo "round $round, Phoenix: action + wait + address + detect = task: $phoenix; whole command $(secs "$t0" "$t1") s"

  openstack server suspend "$NAME"; wait_status SUSPENDED
  c0=$(now)
  openstack server resume "$NAME"
  c1=$(now)
  for _ in $(seq 100); do [ "$(status)" = ACTIVE ] && break; done # as a person would: show, show, ...
  c2=$(now)
  port=$(openstack port list --server "$NAME" -f value -c ID)
  addr=$(openstack floating ip list --port "$port" -f value -c "Floating IP Address")
  c3=$(now)
  timeout 2 bash -c "</dev/tcp/$addr/3389" 2>/dev/null || true
  c4=$(now)
  echo "round $round, openstack CLI: action + wait + address + probe = total: $(secs "$c0" "$c1") + $(secs "$c1" "$c2") + $(secs "$c2" "$c3") + $(secs "$c3" "$c4") = $(secs "$c0" "$c4") s (address $addr)"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
