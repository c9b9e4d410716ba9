# shellcheck shell=bash
# Starting the test bed's daemons without an init system, databases and schemas.

# ---------------------------------------------------------------------------
# generic daemon handling
# ---------------------------------------------------------------------------
# checksum of a daemon's configuration files and command line
daemon_sum() { # NAME CMD...
  local name=$1 f; shift
  { for f in ${DAEMON_FILES[$name]:-}; do cat "$f" 2>/dev/null; done; echo "$*"; } | md5sum | cut -d' ' -f1
}

STARTED_DAEMONS=()
# start_daemon NAME USER [VAR=VALUE...] -- CMD ARGS...
# Leaves a running daemon alone unless its configuration or command line changed since it
# was started by us; then it is restarted. Output goes to $LAB_LOG/NAME.log.
start_daemon() {
  local name=$1 user=$2; shift 2
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  local sum; sum=$(daemon_sum "$name" "$@")
  if daemon_running "$name"; then
    if [ "$(cat "$LAB_RUN/$name.sum" 2>/dev/null)" = "$sum" ]; then
      log "$name: running (pid $(daemon_pid "$name")), unchanged"
      return 0
    fi
    log "$name: configuration changed, restarting"
    stop_daemons "$name"
  fi
  local home
  home=$(getent passwd "$user" | cut -d: -f6)
  [ -d "$home" ] || home=/tmp
  echo "==== $(date -Is) start: $*" >> "$LAB_LOG/$name.log"
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" \
      no_proxy=127.0.0.1,localhost "${envs[@]}" \
    start-stop-daemon --start --background --make-pidfile --pidfile "$(pidfile_of "$name")" \
      --chuid "$user" --chdir "$home" --output "$LAB_LOG/$name.log" \
      --startas "$1" -- "${@:2}" 9>&-
  echo "$sum" > "$LAB_RUN/$name.sum"
  STARTED_DAEMONS+=("$name")
  log "$name: started (pid $(daemon_pid "$name"))"
}

# wait_until SECONDS DAEMON CMD...: poll CMD every second; give up early if DAEMON died
wait_until() {
  local limit=$1 daemon=$2 t0; shift 2
  t0=$(date +%s)
  until "$@" >/dev/null 2>&1; do
    if [ -n "$daemon" ] && ! daemon_running "$daemon"; then
      tail -n 15 "$LAB_LOG/$daemon.log" | sed 's/^/    | /'
      die "$daemon exited"
    fi
    [ $(( $(date +%s) - t0 )) -lt "$limit" ] || return 1
    sleep 1
  done
}

http_answers() { # URL: any HTTP answer that is not a 5xx
  local code
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1")
  [ "$code" != 000 ] && [ "${code:0:1}" != 5 ]
}
tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
sql() { mariadb --protocol=socket -uroot -N -B -e "$1"; }
rabbitctl() { rabbitmqctl "$@" 9>&-; }   # may spawn epmd, which must not keep our lock fd
# run a command as a service user with a clean environment
as_user() { local u=$1; shift; runuser -u "$u" -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/tmp "$@"; }

# ---------------------------------------------------------------------------
# MariaDB, memcached, RabbitMQ
# ---------------------------------------------------------------------------
start_backing_services() {
  step "start MariaDB, memcached, RabbitMQ" "$LAB_LOG/"
  if [ ! -d /var/lib/mysql/mysql ]; then
    log "initialising the MariaDB data directory"
    install -d -o mysql -g mysql -m 755 /var/lib/mysql
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db \
      >> "$LAB_LOG/mariadb.log" 2>&1 || die "mariadb-install-db failed"
  fi
  install -d -o mysql -g mysql /run/mysqld
  if ! daemon_running mariadb && mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1; then
    die "a MariaDB that this test bed did not start is running; stop it first"
  fi

  # RabbitMQ boots slowest: start it first and wait for it last
  local epmd_was_running=0
  ss -Hltn 'sport = :4369' | grep -q . && epmd_was_running=1
  start_daemon rabbitmq rabbitmq RABBITMQ_CONF_ENV_FILE=/etc/rabbitmq/rabbitmq-env.conf \
    ERL_EPMD_ADDRESS="$LAB_IP" -- /usr/lib/rabbitmq/bin/rabbitmq-server
  start_daemon mariadb root -- /usr/sbin/mariadbd --user=mysql
  start_daemon memcached memcache -- /usr/bin/memcached -l "$LAB_IP" -p 11211 -U 0 -m 64 -c 1024

  step "wait for MariaDB and memcached" "$LAB_LOG/mariadb.log"
  wait_until 60 mariadb mariadb-admin --protocol=socket -uroot ping || die "MariaDB did not answer"
  wait_until 30 memcached tcp_open "$LAB_IP" 11211 || die "memcached did not listen"
  EPMD_WAS_RUNNING=$epmd_was_running
}

finish_rabbitmq() {
  step "wait for RabbitMQ" "$LAB_LOG/rabbitmq.log"
  wait_until 120 rabbitmq rabbitctl -q await_startup || die "RabbitMQ did not start"
  # epmd is spawned by Erlang and detaches: remember it if we caused it, for down.sh
  if [ "$EPMD_WAS_RUNNING" = 0 ] && ! daemon_running epmd; then
    ss -Hltnp 'sport = :4369' | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 \
      > "$(pidfile_of epmd)" || true
  fi
  if rabbitctl -q list_users | grep -q "^${RABBIT_USER}[[:space:]]"; then
    rabbitctl -q change_password "$RABBIT_USER" "$RABBIT_PASS" >/dev/null
  else
    rabbitctl -q add_user "$RABBIT_USER" "$RABBIT_PASS" >/dev/null
  fi
  rabbitctl -q set_permissions "$RABBIT_USER" '.*' '.*' '.*' >/dev/null
}

# ---------------------------------------------------------------------------
# databases and schemas
# ---------------------------------------------------------------------------
create_databases() {
  step "create databases" "$LAB_LOG/mariadb.log"
  local spec db user q=""
  for spec in keystone:keystone glance:glance placement:placement nova_api:nova nova:nova \
              nova_cell0:nova neutron:neutron; do
    db=${spec%%:*}; user=${spec##*:}
    q+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8;"
    # services connect over TCP to 127.0.0.1 (skip-name-resolve: no 'localhost' match)
    q+="CREATE USER IF NOT EXISTS '$user'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';"
    q+="ALTER USER '$user'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';"
    q+="GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'127.0.0.1';"
  done
  sql "$q FLUSH PRIVILEGES;" || die "creating databases failed"
}

# A schema sync is skipped when the package version that last synced it is unchanged and the
# database has tables (syncs are idempotent but cost a minute of CPU together).
schema_marker() { echo "$LAB_STATE/schema-$1"; }
schema_is_current() { # NAME PACKAGE DB...
  local name=$1 pkg=$2 db; shift 2
  [ "$(cat "$(schema_marker "$name")" 2>/dev/null)" = "$(dpkg-query -W -f='${Version}' "$pkg")" ] || return 1
  for db in "$@"; do
    [ "$(sql "SELECT count(*) FROM information_schema.tables WHERE table_schema='$db'")" -gt 0 ] || return 1
  done
}

# The sync_* functions run in a background job, as the left side of "||" where errexit
# does not apply: every step is chained with && so that the first failure is the result.
keystone_keys_exist() { [ -e /etc/keystone/fernet-keys/0 ] && [ -e /etc/keystone/credential-keys/0 ]; }
sync_keystone() {
  if ! keystone_keys_exist; then
    install -d -o keystone -g keystone -m 700 /etc/keystone/fernet-keys /etc/keystone/credential-keys &&
    keystone-manage fernet_setup --keystone-user keystone --keystone-group keystone &&
    keystone-manage credential_setup --keystone-user keystone --keystone-group keystone || return 1
  fi
  as_user keystone keystone-manage db_sync && keystone_bootstrap
}
keystone_bootstrap() {
  as_user keystone keystone-manage bootstrap --bootstrap-password "$ADMIN_PASS" \
    --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
    --bootstrap-service-name keystone --bootstrap-region-id "$LAB_REGION" \
    --bootstrap-admin-url "$KEYSTONE_URL/" --bootstrap-internal-url "$KEYSTONE_URL/" \
    --bootstrap-public-url "$KEYSTONE_URL/"
}
sync_glance() { as_user glance glance-manage db sync; }
sync_placement() { as_user placement placement-manage db sync; }
sync_nova() {
  as_user nova nova-manage api_db sync &&
  as_user nova nova-manage cell_v2 map_cell0 &&
  { as_user nova nova-manage cell_v2 list_cells | grep -q ' cell1 ' ||
    as_user nova nova-manage cell_v2 create_cell --name=cell1 --verbose; } &&
  as_user nova nova-manage db sync
}
sync_neutron() {
  as_user neutron neutron-db-manage --config-file /etc/neutron/neutron.conf \
    --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade head
}

declare -A SYNC_PIDS=()
# Start the needed schema syncs as parallel background jobs (they touch different databases).
begin_schema_syncs() {
  step "schema syncs" "$LAB_LOG/db-sync-*.log"
  local spec name pkg dbs
  for spec in "keystone python3-keystone keystone" "glance python3-glance glance" \
              "placement python3-placement placement" "nova python3-nova nova_api nova nova_cell0" \
              "neutron python3-neutron neutron"; do
    read -r name pkg dbs <<< "$spec"
    # shellcheck disable=SC2086
    if schema_is_current "$name" "$pkg" $dbs && { [ "$name" != keystone ] || keystone_keys_exist; }; then
      continue
    fi
    log "schema sync: $name (background)"
    ( t=$(now)
      echo "==== $(date -Is) sync" >> "$LAB_LOG/db-sync-$name.log"
      "sync_$name" >> "$LAB_LOG/db-sync-$name.log" 2>&1 || exit 1
      dpkg-query -W -f='${Version}' "$pkg" > "$(schema_marker "$name")"
      since "$t" > "$LAB_RUN/sync-$name.time"
    ) 9>&- &
    SYNC_PIDS[$name]=$!
  done
}

wait_schema_sync() { # NAME...
  local name
  for name in "$@"; do
    [ -n "${SYNC_PIDS[$name]:-}" ] || continue
    step "wait for schema sync $name" "$LAB_LOG/db-sync-$name.log"
    wait "${SYNC_PIDS[$name]}" || die "schema sync of $name failed"
    timing "  (schema sync $name, in parallel)" "$(cat "$LAB_RUN/sync-$name.time")"
    unset "SYNC_PIDS[$name]"
  done
}

# The placeholder "Open vSwitch agent" on the compute host. The ML2 openvswitch mechanism
# driver binds a port only to a host with a live L2 agent; Nova fails a server whose port
# could not be bound. No agent runs here, so this row stands in for one; agent_down_time is
# ten years, so its heartbeat never expires. Refreshed on every run.
PLACEHOLDER_AGENT_ID=7f3b2c10-5e1d-4c8a-9b6e-0000000f0001
PLACEHOLDER_AGENT2_ID=7f3b2c10-5e1d-4c8a-9b6e-0000000f0002
placeholder_agent_row() { # ID HOST
  local conf
  conf=$(printf '{"bridge_mappings": {"public": "br-ex"}, "tunnel_types": ["vxlan"], "tunneling_ip": "%s", "integration_bridge": "br-int", "ovs_hybrid_plug": false, "datapath_type": "system", "ovs_capabilities": {"datapath_types": ["system"], "iface_types": []}, "l2_population": false, "devices": 0, "extensions": []}' "$LAB_IP")
  sql "INSERT INTO neutron.agents
         (id, agent_type, \`binary\`, topic, host, availability_zone, admin_state_up,
          created_at, started_at, heartbeat_timestamp, description, configurations,
          \`load\`, resources_synced)
       VALUES ('$1', 'Open vSwitch agent', 'neutron-openvswitch-agent', 'N/A',
          '$2', 'nova', 1, UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP(),
          'Phoenix test bed placeholder: no dataplane, lets ML2 bind ports', '$conf', 0, 1)
       ON DUPLICATE KEY UPDATE heartbeat_timestamp = UTC_TIMESTAMP(), admin_state_up = 1,
          host = '$2', configurations = '$conf';"
}
ensure_placeholder_agent() {
  step "placeholder OVS agent rows" "$LAB_LOG/mariadb.log"
  placeholder_agent_row "$PLACEHOLDER_AGENT_ID" "$LAB_COMPUTE_HOST" || die "could not write the agent row"
  placeholder_agent_row "$PLACEHOLDER_AGENT2_ID" "$LAB_COMPUTE_HOST2" || die "could not write the second agent row"
}

# ---------------------------------------------------------------------------
# OpenStack services
# ---------------------------------------------------------------------------
admin_can_log_in() {
  curl -sf -o /dev/null -m 10 -H 'Content-Type: application/json' "$KEYSTONE_URL/auth/tokens" -d \
    '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"id":"default"},"password":"'"$ADMIN_PASS"'"}}},"scope":{"project":{"name":"admin","domain":{"id":"default"}}}}}'
}

start_keystone() {
  step "start keystone" "$LAB_LOG/keystone.log"
  start_daemon keystone keystone -- "$UWSGI" --ini /etc/keystone/phoenix-uwsgi.ini
  wait_until 90 keystone http_answers "$KEYSTONE_URL" || die "keystone did not answer"
  if ! admin_can_log_in; then
    log "admin cannot log in: running keystone-manage bootstrap again"
    keystone_bootstrap >> "$LAB_LOG/db-sync-keystone.log" 2>&1 || die "keystone bootstrap failed"
    admin_can_log_in || die "admin still cannot log in"
  fi
}

# everything but keystone and nova-compute (those need the service users first/last)
start_api_services() {
  step "start placement, glance, neutron, nova services" "$LAB_LOG/"
  start_daemon placement-api placement -- "$UWSGI" --ini /etc/placement/phoenix-uwsgi.ini
  start_daemon glance-api glance -- /usr/bin/glance-api --config-file /etc/glance/glance-api.conf
  start_daemon neutron-server neutron -- /usr/bin/neutron-server --config-file /etc/neutron/neutron.conf \
    --config-file /etc/neutron/plugins/ml2/ml2_conf.ini
  start_daemon nova-api nova -- "$UWSGI" --ini /etc/nova/phoenix-uwsgi.ini
  start_daemon nova-conductor nova -- /usr/bin/nova-conductor --config-file /etc/nova/nova.conf
  start_daemon nova-scheduler nova -- /usr/bin/nova-scheduler --config-file /etc/nova/nova.conf
  start_daemon nova-novncproxy nova -- /usr/bin/nova-novncproxy --config-file /etc/nova/nova.conf
}

COMPUTE_SINCE=""
start_compute() {
  step "start nova-compute (fake driver)" "$LAB_LOG/nova-compute.log"
  local before; before=$(daemon_pid nova-compute || true)
  COMPUTE_SINCE=$(date -u '+%F %T')
  start_compute1
  # unchanged and running: its heartbeat (every 10 s) is enough
  [ "$(daemon_pid nova-compute)" = "$before" ] && COMPUTE_SINCE=$(date -u -d '-60 sec' '+%F %T')
  start_compute2
  return 0
}

start_compute1() {
  start_daemon nova-compute nova -- "$LAB_STATE/nova-compute-fake" --config-file /etc/nova/nova.conf
}

# The second compute host (same machine, own host name); see LAB_COMPUTE_HOST2.
start_compute2() {
  step "start nova-compute2 (fake driver, host $LAB_COMPUTE_HOST2)" "$LAB_LOG/nova-compute2.log"
  install -d -o nova -g nova -m 750 "/var/lib/nova/$LAB_COMPUTE_HOST2" \
    "/var/lib/nova/$LAB_COMPUTE_HOST2/instances" "/var/lib/nova/$LAB_COMPUTE_HOST2/tmp"
  start_daemon nova-compute2 nova -- "$LAB_STATE/nova-compute-fake" --config-file /etc/nova/nova.conf \
    --config-file /etc/nova/nova-compute2.conf
}

wait_for_apis() {
  local spec name url
  for spec in placement-api=http://$LAB_IP:8778/ glance-api=http://$LAB_IP:9292/ \
              neutron-server=http://$LAB_IP:9696/ nova-api=http://$LAB_IP:8774/ \
              nova-novncproxy=http://$LAB_IP:6080/vnc_auto.html; do
    name=${spec%%=*}; url=${spec#*=}
    step "wait for $name ($url)" "$LAB_LOG/$name.log"
    wait_until 180 "$name" http_answers "$url" || die "$name did not answer"
  done
  for name in nova-conductor nova-scheduler; do
    daemon_running "$name" || die "$name is not running (see $LAB_LOG/$name.log)"
  done
}

compute_registered() { # [HOST]
  local host=${1:-$LAB_COMPUTE_HOST}
  [ "$(sql "SELECT count(*) FROM nova.services WHERE host='$host' AND \`binary\`='nova-compute'
            AND deleted=0 AND updated_at >= '$COMPUTE_SINCE'")" -ge 1 ] &&
  [ "$(sql "SELECT count(*) FROM nova.compute_nodes WHERE host='$host' AND deleted=0")" -ge 1 ]
}
compute_in_placement() { # [HOST]
  [ "$(sql "SELECT count(*) FROM placement.inventories i JOIN placement.resource_providers r
            ON r.id = i.resource_provider_id WHERE r.name = '${1:-$LAB_COMPUTE_HOST}'")" -ge 3 ]
}

# nova-compute must report in, be mapped to cell1 and have its inventory in placement before
# the scheduler can place a server
wait_for_compute() {
  step "wait for nova-compute to register" "$LAB_LOG/nova-compute.log"
  wait_until 180 nova-compute compute_registered || die "nova-compute did not register"
  step "wait for nova-compute2 to register" "$LAB_LOG/nova-compute2.log"
  wait_until 180 nova-compute2 compute_registered "$LAB_COMPUTE_HOST2" || die "nova-compute2 did not register"
  local hosts; hosts=$(as_user nova nova-manage cell_v2 list_hosts 2>/dev/null)
  if ! grep -q " $LAB_COMPUTE_HOST " <<<"$hosts" || ! grep -q " $LAB_COMPUTE_HOST2 " <<<"$hosts"; then
    as_user nova nova-manage cell_v2 discover_hosts --verbose >> "$LAB_LOG/db-sync-nova.log" 2>&1 ||
      die "nova-manage cell_v2 discover_hosts failed"
  fi
  step "wait for the compute inventory in placement" "$LAB_LOG/nova-compute.log"
  wait_until 120 nova-compute compute_in_placement || die "no placement inventory for $LAB_COMPUTE_HOST"
  wait_until 120 nova-compute2 compute_in_placement "$LAB_COMPUTE_HOST2" ||
    die "no placement inventory for $LAB_COMPUTE_HOST2"
}
