#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for Phoenix's store tests, without systemd.
#   tests/setup/postgres.sh start    install PostgreSQL if missing, init + start the cluster, create the
#                                    `phoenix` role and the `phoenix_test` database; prints exactly one
#                                    line on stdout:  export PHOENIX_TEST_PG_URL=postgresql://...
#                                    (so that `eval "$(tests/setup/postgres.sh start)"` works)
#   tests/setup/postgres.sh stop     stop the cluster (the data stays)
#   tests/setup/postgres.sh status   exit 0 when it answers, 3 when it does not
# Idempotent. Listens on 127.0.0.1 only; the `phoenix` role authenticates by trust on loopback
# (a throw-away test cluster: never point it at real data).
# Environment: PHOENIX_PG_DIR (default /var/lib/phoenix-pg), PHOENIX_PG_PORT (default 55432).
set -euo pipefail
exec 3>&1 1>&2 # everything goes to stderr; only the export line goes to the original stdout

PG_MAJOR=15
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin
DATA=${PHOENIX_PG_DIR:-/var/lib/phoenix-pg}
PORT=${PHOENIX_PG_PORT:-55432}
HOST=127.0.0.1
ROLE=phoenix
DB=phoenix_test
URL="postgresql://$ROLE@$HOST:$PORT/$DB"

say() { echo "postgres.sh: $*"; }
die() { echo "postgres.sh: error: $*"; exit 1; }

SUDO=
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || die "needs root or sudo (to install PostgreSQL and run it as the postgres user)"
  SUDO=sudo
fi
# Runs a command as the postgres system user.
# fd 3 (our stdout) is closed for it: a server started from here must not hold the caller's
# $(...) pipe open, or `eval "$(postgres.sh start)"` would never return.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@" 3>&-; else sudo -u postgres -- "$@" 3>&-; fi
}

install_if_missing() {
  [ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/pg_ctl" ] && command -v psql >/dev/null && return 0
  say "installing postgresql-$PG_MAJOR"
  export DEBIAN_FRONTEND=noninteractive
  local apt=(apt-get -o DPkg::Lock::Timeout=900 -y -q)
  # The package scripts must not start Debian's own cluster: we run a private one.
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local rc=0
  { $SUDO "${apt[@]}" update && $SUDO "${apt[@]}" install --no-install-recommends \
      "postgresql-$PG_MAJOR" postgresql-client; } || rc=$?
  [ $made_policy = 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d
  [ $rc = 0 ] || die "apt-get failed ($rc)"
  [ -x "$PGBIN/initdb" ] || die "$PGBIN/initdb missing after installation"
}

is_running() {
  [ -f "$DATA/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

answers() {
  "$PGBIN/pg_isready" -q -h "$HOST" -p "$PORT" -t 2
}

init_cluster() {
  [ -f "$DATA/PG_VERSION" ] && return 0
  say "initialising a cluster in $DATA"
  id postgres >/dev/null 2>&1 || die "the postgres system user does not exist"
  $SUDO install -d -m 0700 -o postgres -g postgres "$DATA"
  as_pg "$PGBIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
  as_pg mkdir -p "$DATA/run"
  # Private settings: loopback only, our port, sockets inside the data dir (no /run/postgresql needed).
  as_pg tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# --- phoenix test cluster (tests/setup/postgres.sh) ---
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = '$DATA/run'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  as_pg tee "$DATA/pg_hba.conf" >/dev/null <<EOF
# phoenix test cluster: loopback and the private socket only
local all all trust
host  all all 127.0.0.1/32 trust
EOF
}

start_cluster() {
  if is_running; then
    say "already running on $HOST:$PORT ($DATA)"
  else
    if answers; then
      die "something else answers on $HOST:$PORT; set PHOENIX_PG_PORT to another port"
    fi
    say "starting on $HOST:$PORT"
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 120 start >/dev/null \
      || { tail -n 30 "$DATA/server.log" 2>/dev/null || true; die "pg_ctl start failed"; }
  fi
  local i
  for i in $(seq 1 60); do
    answers && break
    [ "$i" = 60 ] && die "the server does not answer on $HOST:$PORT"
    sleep 1
  done
}

psql_admin() {
  as_pg "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DATA/run" -p "$PORT" -U postgres -d postgres "$@"
}

ensure_role_and_db() {
  if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    say "creating role $ROLE"
    psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB"
  fi
  if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    say "creating database $DB"
    psql_admin -c "CREATE DATABASE $DB OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0"
  fi
}

cmd=${1:-}
case "$cmd" in
  start)
    install_if_missing
    init_cluster
    start_cluster
    ensure_role_and_db
    say "ready: $URL"
    echo "export PHOENIX_TEST_PG_URL=$URL" >&3
    ;;
  stop)
    if [ -x "$PGBIN/pg_ctl" ] && is_running; then
      as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
      say "stopped"
    else
      say "not running"
    fi
    ;;
  status)
    if [ -x "$PGBIN/pg_ctl" ] && is_running && answers; then
      say "running on $HOST:$PORT ($DATA): $URL"
      exit 0
    fi
    say "not running"
    exit 3
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
