#!/usr/bin/env bash
# Bring up Phoenix's OpenStack test bed: a real single-node OpenStack Zed (Debian 12
# packages) on 127.0.0.1 only, with Nova's fake virt driver and a seeded school project.
#
# Usage: tests/openstack/up.sh [--no-smoke]
#   --no-smoke   skip the final smoke test (token, lists, create + delete one server)
#
# Idempotent: installs missing packages, rewrites configs, restarts only daemons whose
# configuration changed, starts what is not running, seeds what is missing. Safe while a
# previous run's daemons are alive, and after down.sh.
# Env:  PHOENIX_LAB_DIR        state dir, also where clouds.yaml goes (/var/lib/phoenix-lab)
#       PHOENIX_LAB_API_PROCS  uwsgi processes per API service (2)
# Logs: /var/log/phoenix-lab/   Stop: tests/openstack/down.sh   Docs: tests/openstack/README.md
set -Eeuo pipefail

LAB_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_LIB=$LAB_HOME/lib

DO_SMOKE=1
for arg in "$@"; do
  case $arg in
    --no-smoke) DO_SMOKE=0 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

# shellcheck source=lib/common.sh
source "$LAB_LIB/common.sh"
become_root "$0" "$@"
# shellcheck source=lib/packages.sh
source "$LAB_LIB/packages.sh"
# shellcheck source=lib/configs.sh
source "$LAB_LIB/configs.sh"
# shellcheck source=lib/services.sh
source "$LAB_LIB/services.sh"
# shellcheck source=lib/smoke.sh
source "$LAB_LIB/smoke.sh"

mkdir -p "$LAB_LOG" "$LAB_RUN" "$LAB_STATE"
chmod 755 "$LAB_LOG" "$LAB_STATE"
take_lock 0
exec > >(tee -a "$LAB_LOG/up.log") 2>&1
trap 'rc=$?; [ "$BASH_SUBSHELL" = 0 ] && die "command failed (exit $rc, line $LINENO): $BASH_COMMAND"' ERR

# seed.py's settings
export LAB_IP LAB_REGION LAB_PROJECT KEYSTONE_URL ADMIN_PASS LABADMIN_PASS SERVICE_PASS \
       APPCRED_NAME APPCRED_SECRET
export APPCRED_ID_FILE=$LAB_STATE/appcred-id IMAGE_FILE=$LAB_STATE/desktop-1MiB.raw
run_seed() { # identity|resources
  echo "==== $(date -Is) seed $1" >> "$LAB_LOG/seed.log"
  "$PY" "$LAB_LIB/seed.py" "$1" >> "$LAB_LOG/seed.log" 2>&1 || die "seeding ($1) failed"
}

# per-category totals for the summary
declare -A PHASE=([apt]=0 [config]=0 [start]=0 [seed]=0 [smoke]=0)
T_PHASE=0
phase_begin() { T_PHASE=$(now); }
phase_end() { PHASE[$1]=$(awk -v a="${PHASE[$1]}" -v b="$(since "$T_PHASE")" 'BEGIN { printf "%.1f", a + b }'); }

T_ALL=$(now)
echo "==== $(date -Is) run $$: up.sh $*" >> "$TIMINGS_LOG"
log "==== Phoenix OpenStack test bed: up.sh (pid $$) ===="

phase_begin
install_packages
phase_end apt

phase_begin
step "write configuration" "$LAB_LOG/up.log"
write_all_configs
phase_end config

phase_begin
retired=$(other_pidfiles)
# shellcheck disable=SC2086  # one name per word
if [ -n "$retired" ]; then step "stop daemons this version no longer runs"; stop_daemons $retired; fi
start_backing_services
create_databases
begin_schema_syncs
finish_rabbitmq
wait_schema_sync keystone
start_keystone
phase_end start

phase_begin
step "seed identity (projects, users, catalog)" "$LAB_LOG/seed.log"
run_seed identity
write_clouds_yaml
phase_end seed

phase_begin
wait_schema_sync glance placement nova neutron
ensure_placeholder_agent
start_api_services
start_compute
wait_for_apis
wait_for_compute
phase_end start

phase_begin
step "seed images, flavors, networks, quotas" "$LAB_LOG/seed.log"
[ -s "$IMAGE_FILE" ] || head -c 1048576 /dev/zero > "$IMAGE_FILE"
run_seed resources
phase_end seed

if [ $DO_SMOKE = 1 ]; then
  phase_begin
  run_smoke_test
  phase_end smoke
fi

for p in apt config start seed smoke; do timing "phase: $p" "${PHASE[$p]}"; done
timing "total" "$(since "$T_ALL")"

log "==== summary ===="
cat <<EOF
Endpoints (region $LAB_REGION, all on $LAB_IP):
  identity  http://$LAB_IP:5000/v3       compute  http://$LAB_IP:8774/v2.1
  image     http://$LAB_IP:9292          network  http://$LAB_IP:9696
  placement http://$LAB_IP:8778          noVNC    http://$LAB_IP:6080/vnc_auto.html
clouds.yaml: $CLOUDS_YAML
  clouds: lab-admin lab-school lab-teacher lab-teacher2 lab-student1 lab-student2 lab-student3$(grep -q '^  lab-appcred:' "$CLOUDS_YAML" && echo ' lab-appcred')
  e.g.  OS_CLIENT_CONFIG_FILE=$CLOUDS_YAML openstack --os-cloud lab-teacher server list
Daemons started by this run: ${STARTED_DAEMONS[*]:-none (all were running and unchanged)}
Timings of this run (history: $TIMINGS_LOG):
EOF
printf '  %s\n' "${RUN_TIMINGS[@]}"
if [ $DO_SMOKE = 1 ]; then
  echo "TESTBED: READY"
else
  echo "TESTBED: READY (smoke test skipped: --no-smoke)"
fi
