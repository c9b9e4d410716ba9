#!/usr/bin/env bash
# Restart one nova-compute of the test bed the way up.sh starts it, and wait until it has
# reported in again. For tests that evacuate a forced-down host: Nova clears that host's
# evacuation records ("done" -> "completed") only when its nova-compute starts, and until then
# refuses to lift its forced_down. The restart itself does not change forced_down or the
# enabled status; the caller restores those through the API.
#
# Usage: tests/openstack/restart-compute.sh [phoenix-compute2|phoenix-compute1]   (default: 2)
# Waits up to 5 minutes for a running up.sh/down.sh (the bed's lock). Exit 0 once the service's
# heartbeat is newer than the restart; the seconds it took are printed.
set -Eeuo pipefail

LAB_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_LIB=$LAB_HOME/lib
# shellcheck source=lib/common.sh
source "$LAB_LIB/common.sh"
become_root "$0" "$@"
# shellcheck source=lib/configs.sh
source "$LAB_LIB/configs.sh"   # DAEMON_FILES: the same checksum as up.sh, so up.sh leaves it alone
# shellcheck source=lib/services.sh
source "$LAB_LIB/services.sh"

host=${1:-$LAB_COMPUTE_HOST2}
case $host in
  "$LAB_COMPUTE_HOST") name=nova-compute ;;
  "$LAB_COMPUTE_HOST2") name=nova-compute2 ;;
  *) echo "restart-compute.sh: unknown compute host '$host' ($LAB_COMPUTE_HOST, $LAB_COMPUTE_HOST2)" >&2; exit 2 ;;
esac

take_lock 300
daemon_running nova-conductor || die "the test bed is not running (tests/openstack/up.sh)"
step "restart $name (host $host)" "$LAB_LOG/$name.log"
t0=$(now)
stop_daemons "$name"
COMPUTE_SINCE=$(date -u '+%F %T')
if [ "$name" = nova-compute ]; then start_compute1; else start_compute2; fi
wait_until 180 "$name" compute_registered "$host" || die "$name did not report in within 180 s"
log "$name restarted and reporting in after $(since "$t0") s"
