# shellcheck shell=bash
# Shared settings and helpers of the Phoenix OpenStack test bed (sourced by up.sh and down.sh).

# ---------------------------------------------------------------------------
# Fixed settings. Everything listens on the loopback only, so the passwords are
# deliberately simple and documented in README.md.
# ---------------------------------------------------------------------------
LAB_IP=127.0.0.1
LAB_REGION=RegionOne
LAB_STATE=${PHOENIX_LAB_DIR:-/var/lib/phoenix-lab}     # clouds.yaml, launcher, markers
LAB_LOG=/var/log/phoenix-lab
LAB_RUN=/run/phoenix-lab                               # pid files, config checksums, lock
CLOUDS_YAML=$LAB_STATE/clouds.yaml
TIMINGS_LOG=$LAB_LOG/timings.log

LAB_PROJECT=school                 # the classroom project the app works in
LAB_COMPUTE_HOST=phoenix-compute1  # nova [DEFAULT] host == fake hypervisor == neutron agent host
# A second nova-compute process on the same machine, with its own host name (its own fake
# hypervisor, resource provider and placeholder agent): live migration, cold migration and
# evacuation then run against the real Nova. Its settings override nova.conf in nova-compute2.conf.
LAB_COMPUTE_HOST2=phoenix-compute2
LAB_API_PROCS=${PHOENIX_LAB_API_PROCS:-2}   # uwsgi processes per API service

ADMIN_PASS=admin-pass
LABADMIN_PASS=labadmin-pass
SERVICE_PASS=service-pass
DB_PASS=db-pass
RABBIT_USER=phoenix
RABBIT_PASS=rabbit-pass
APPCRED_NAME=phoenix-lab
APPCRED_SECRET=labadmin-appcred-secret
# teacherN / studentN use the password "<name>-pass"

KEYSTONE_URL=http://$LAB_IP:5000/v3
TRANSPORT_URL=rabbit://$RABBIT_USER:$RABBIT_PASS@$LAB_IP:5672/

PY=/usr/bin/python3                # Debian's interpreter (a pyenv one may come first in PATH)
OSC=/usr/bin/openstack
UWSGI=/usr/bin/uwsgi_python3

# Daemons in start order; down.sh stops them in reverse.
LAB_DAEMONS=(mariadb memcached rabbitmq keystone placement-api glance-api neutron-server nova-api
             nova-conductor nova-scheduler nova-novncproxy nova-compute nova-compute2 epmd)

export LC_ALL=C.UTF-8 LANG=C.UTF-8
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY

# ---------------------------------------------------------------------------
# logging and timing
# ---------------------------------------------------------------------------
log()  { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }
now()  { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

CURRENT_STEP="start-up"
CURRENT_LOG=""
# step NAME [LOG]: what we are doing now, reported if anything fails
step() { CURRENT_STEP=$1; CURRENT_LOG=${2:-}; log "-- $1"; }

die() {
  log "FAILED at step '$CURRENT_STEP': $*"
  [ -n "$CURRENT_LOG" ] && log "see log: $CURRENT_LOG"
  log "all logs: $LAB_LOG/"
  exit 1
}

RUN_TIMINGS=()
# timing LABEL SECONDS: remember for the summary and append to timings.log
timing() {
  RUN_TIMINGS+=("$(printf '%-44s %7s s' "$1" "$2")")
  printf '%s %-44s %7s s\n' "$(date -Is)" "$1" "$2" >> "$TIMINGS_LOG"
}

# ---------------------------------------------------------------------------
# process helpers (only pids recorded in $LAB_RUN are ever signalled)
# ---------------------------------------------------------------------------
pidfile_of() { echo "$LAB_RUN/$1.pid"; }
pid_alive() { [ -e "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
daemon_pid() { local f; f=$(pidfile_of "$1"); [ -s "$f" ] && cat "$f"; }
daemon_running() { local p; p=$(daemon_pid "$1") && pid_alive "$p"; }

# children, grandchildren, ... of a pid
descendants_of() {
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null || true); do echo "$c"; descendants_of "$c"; done
}

# stop_daemons NAME...: TERM all of them at once, wait up to 30 s, then KILL leftovers
# (including children that outlived their parent). Removes pid and checksum files.
stop_daemons() {
  local n p k i waiting
  local -A pids=() kids=()
  for n in "$@"; do
    p=$(daemon_pid "$n") || continue
    if pid_alive "$p"; then
      kids[$n]=$(descendants_of "$p" | tr '\n' ' ')
      log "stopping $n (pid $p)"
      kill -TERM "$p" 2>/dev/null || true
      pids[$n]=$p
    else
      rm -f "$(pidfile_of "$n")" "$LAB_RUN/$n.sum"
    fi
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  for i in $(seq 1 60); do
    waiting=0
    for n in "${!pids[@]}"; do pid_alive "${pids[$n]}" && waiting=1; done
    [ $waiting = 0 ] && break
    sleep 0.5
  done
  for n in "${!pids[@]}"; do
    if pid_alive "${pids[$n]}"; then
      log "$n ignored SIGTERM for 30 s, sending SIGKILL"
      kill -KILL "${pids[$n]}" 2>/dev/null || true
    fi
    for k in ${kids[$n]}; do
      for i in $(seq 1 10); do pid_alive "$k" || break; sleep 0.3; done
      if pid_alive "$k"; then kill -KILL "$k" 2>/dev/null || true; fi
    done
    rm -f "$(pidfile_of "$n")" "$LAB_RUN/$n.sum"
    echo "==== $(date -Is) stopped" >> "$LAB_LOG/$n.log" 2>/dev/null || true
  done
}

# names of pid files in $LAB_RUN that are not in LAB_DAEMONS (left by an older up.sh)
other_pidfiles() {
  local f n
  for f in "$LAB_RUN"/*.pid; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .pid)
    [[ " ${LAB_DAEMONS[*]} " == *" $n "* ]] || echo "$n"
  done
}

# take the lab lock on fd 9 (every daemon is started with fd 9 closed)
take_lock() {
  mkdir -p "$LAB_RUN"
  exec 9>"$LAB_RUN/lock"
  flock -w "${1:-0}" 9 || { echo "another up.sh/down.sh of the Phoenix test bed is running" >&2; exit 3; }
}

# re-run the calling script through sudo when not root
become_root() {
  [ "$(id -u)" = 0 ] && return 0
  command -v sudo >/dev/null || { echo "run as root (sudo not found)" >&2; exit 1; }
  exec sudo --preserve-env=PHOENIX_LAB_DIR,PHOENIX_LAB_API_PROCS "$@"
}
