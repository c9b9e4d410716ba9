#!/usr/bin/env bash
# Stop Phoenix's OpenStack test bed (only the daemons up.sh started, found by pid file).
#
# Usage: tests/openstack/down.sh            stop everything; data is kept, up.sh brings the
#                                           same cloud back (servers included)
#        tests/openstack/down.sh --status   show what is running
#        tests/openstack/down.sh --wipe     stop everything and delete the cloud's data
#                                           (databases, RabbitMQ state, images, keystone keys,
#                                           clouds.yaml); packages and configs stay
set -Eeuo pipefail

LAB_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib
# shellcheck source=lib/common.sh
source "$LAB_LIB/common.sh"

MODE=stop
case "${1:-}" in
  "") ;;
  --status) MODE=status ;;
  --wipe) MODE=wipe ;;
  -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--status|--wipe]" >&2; exit 2 ;;
esac

# proportional memory (PSS, shared pages counted once) of a pid and its descendants, in MiB
pss_mib() {
  local p kb total=0
  for p in "$1" $(descendants_of "$1"); do
    kb=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

show_status() {
  local n p m up=0 mem=0
  for n in "${LAB_DAEMONS[@]}"; do
    if daemon_running "$n"; then
      p=$(daemon_pid "$n"); m=$(pss_mib "$p"); up=$((up + 1)); mem=$((mem + m))
      printf '  %-16s running  pid %-7s %5s MiB  %s\n' "$n" "$p" "$m" "$(ps -o args= -p "$p" | cut -c1-60)"
    else
      printf '  %-16s stopped\n' "$n"
    fi
  done
  echo "$up of ${#LAB_DAEMONS[@]} running, $mem MiB (PSS); logs in $LAB_LOG; clouds.yaml: $CLOUDS_YAML"
}

if [ $MODE = status ]; then
  [ -d "$LAB_RUN" ] || { echo "test bed not running ($LAB_RUN does not exist)"; exit 0; }
  show_status
  exit 0
fi

become_root "$0" "$@"
[ -d "$LAB_RUN" ] || [ $MODE = wipe ] || { echo "nothing to stop ($LAB_RUN does not exist)"; exit 0; }
take_lock 60
t0=$(now)
# newest layer first; epmd only exists here when our RabbitMQ spawned it
stop_daemons nova-compute2 nova-compute nova-novncproxy nova-scheduler nova-conductor nova-api neutron-server \
             glance-api placement-api keystone
# shellcheck disable=SC2046
stop_daemons $(other_pidfiles)     # anything an older version of up.sh started
stop_daemons rabbitmq memcached
stop_daemons mariadb
stop_daemons epmd
log "test bed stopped in $(since "$t0") s"

if [ $MODE = wipe ]; then
  log "wiping the cloud's data"
  rm -rf /var/lib/mysql /var/lib/rabbitmq/mnesia /var/lib/glance/images /var/lib/glance/staging \
         /etc/keystone/fernet-keys /etc/keystone/credential-keys
  find /var/lib/nova/instances -mindepth 1 -delete 2>/dev/null || true
  rm -f "$LAB_STATE"/schema-* "$LAB_STATE/appcred-id" "$CLOUDS_YAML"
  log "wiped; the next up.sh builds a new cloud"
fi
