# shellcheck shell=bash
# Configuration files of the test bed. Every file is rewritten on each run, but only touched
# when its content changes; the daemons remember a checksum of their files (see
# start_daemon in services.sh) and are restarted only when that checksum changes.

HEADER="# written by Phoenix tests/openstack/up.sh - local test bed, loopback only"

# put_file PATH OWNER:GROUP MODE < content
put_file() {
  local path=$1 owner=$2 mode=$3 tmp
  tmp=$(mktemp)
  cat > "$tmp"
  if [ -f "$path" ] && cmp -s "$tmp" "$path"; then
    rm -f "$tmp"
  else
    # keep the packaged original once, for reference
    if [ -f "$path" ] && [ ! -e "$path.phoenix-orig" ]; then cp -p "$path" "$path.phoenix-orig"; fi
    install -D -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$tmp" "$path"
    rm -f "$tmp"
    log "config: wrote $path"
  fi
  chown "$owner" "$path"; chmod "$mode" "$path"
}

# [keystone_authtoken] / [service_user] / [placement] ... : password auth as a service user
service_auth() { # SECTION USER [extra "key = value" lines]
  local section=$1 user=$2; shift 2
  printf '[%s]\n' "$section"
  cat <<EOF
auth_url = http://$LAB_IP:5000/
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = $user
password = $SERVICE_PASS
region_name = $LAB_REGION
EOF
  [ $# -eq 0 ] || printf '%s\n' "$@"
  echo
}

authtoken_section() { # USER
  service_auth keystone_authtoken "$1" \
    "www_authenticate_uri = http://$LAB_IP:5000/" \
    "memcached_servers = $LAB_IP:11211" \
    "service_token_roles_required = true"
}

# uwsgi settings for one API service (the way Debian/devstack run them), loopback only
uwsgi_ini() { # NAME PORT WSGI_SCRIPT HOME_DIR [extra lines]
  local name=$1 port=$2 script=$3 dir=$4; shift 4
  cat <<EOF
$HEADER
[uwsgi]
master = true
http-socket = $LAB_IP:$port
wsgi-file = $script
chdir = $dir
procname-prefix-spaced = $name
processes = $LAB_API_PROCS
threads = 1
enable-threads = true
lazy-apps = true
thunder-lock = true
die-on-term = true
exit-on-reload = false
no-orphans = true
buffer-size = 65535
listen = 100
add-header = Connection: close
EOF
  [ $# -eq 0 ] || printf '%s\n' "$@"
}

write_backing_configs() {
  put_file /etc/mysql/mariadb.conf.d/99-phoenix-lab.cnf root:root 644 <<EOF
$HEADER
[mysqld]
bind-address = $LAB_IP
port = 3306
skip-name-resolve
max_connections = 1024
innodb_buffer_pool_size = 256M
innodb_flush_log_at_trx_commit = 2
innodb_file_per_table = on
character-set-server = utf8
collation-server = utf8_general_ci
EOF

  # node name, AMQP listener, Erlang distribution and epmd all on the loopback
  put_file /etc/rabbitmq/rabbitmq-env.conf root:root 644 <<EOF
$HEADER
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=$LAB_IP
NODE_PORT=5672
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=$LAB_IP
EOF
  put_file /etc/rabbitmq/rabbitmq.conf root:root 644 <<EOF
$HEADER
listeners.tcp.default = $LAB_IP:5672
loopback_users.guest = true
vm_memory_high_watermark.relative = 0.2
disk_free_limit.absolute = 200MB
EOF
}

write_keystone_configs() {
  put_file /etc/keystone/keystone.conf root:keystone 640 <<EOF
$HEADER
[DEFAULT]
debug = false
[database]
connection = mysql+pymysql://keystone:$DB_PASS@$LAB_IP/keystone
[token]
provider = fernet
expiration = 86400
[fernet_tokens]
key_repository = /etc/keystone/fernet-keys/
[credential]
key_repository = /etc/keystone/credential-keys/
[cache]
# Without a cache every token validation costs hundreds of SQL queries (seconds here).
enabled = true
backend = oslo_cache.memcache_pool
memcache_servers = $LAB_IP:11211
EOF
  uwsgi_ini keystone 5000 /usr/bin/keystone-wsgi-public /var/lib/keystone \
    | put_file /etc/keystone/phoenix-uwsgi.ini root:keystone 640
}

write_glance_configs() {
  {
    cat <<EOF
$HEADER
[DEFAULT]
debug = false
bind_host = $LAB_IP
bind_port = 9292
workers = 1
node_staging_uri = file:///var/lib/glance/staging
image_cache_dir = /var/lib/glance/image-cache
[database]
connection = mysql+pymysql://glance:$DB_PASS@$LAB_IP/glance
[paste_deploy]
flavor = keystone
[glance_store]
stores = file,http
default_store = file
filesystem_store_datadir = /var/lib/glance/images/
[oslo_concurrency]
lock_path = /var/lib/glance/tmp
[oslo_messaging_notifications]
driver = noop

EOF
    authtoken_section glance
  } | put_file /etc/glance/glance-api.conf root:glance 640
}

write_placement_configs() {
  {
    cat <<EOF
$HEADER
[DEFAULT]
debug = false
[api]
auth_strategy = keystone
[placement_database]
connection = mysql+pymysql://placement:$DB_PASS@$LAB_IP/placement

EOF
    authtoken_section placement
  } | put_file /etc/placement/placement.conf root:placement 640
  uwsgi_ini placement-api 8778 /usr/bin/placement-api /var/lib/placement \
    | put_file /etc/placement/phoenix-uwsgi.ini root:placement 640
}

write_nova_configs() {
  # one nova.conf for api, conductor, scheduler, compute and the noVNC proxy
  {
    cat <<EOF
$HEADER
[DEFAULT]
debug = false
host = $LAB_COMPUTE_HOST
my_ip = $LAB_IP
state_path = /var/lib/nova
instances_path = /var/lib/nova/instances
transport_url = $TRANSPORT_URL
enabled_apis = osapi_compute
# guests are simulated by nova.virt.fake.FakeDriver (started through nova-compute-fake)
compute_driver = fake.FakeDriver
# nothing ever plugs a VIF, so neither wait for nor insist on network-vif-plugged
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
# the fake driver keeps guests in memory only: the database stays authoritative
sync_power_state_interval = -1
heal_instance_info_cache_interval = 300
allow_resize_to_same_host = true
# noVNC's web files for nova-novncproxy
web = /usr/share/novnc
# the fake hypervisor reports 1000 vCPU / 800000 MB: with this ratio 150+ desk.large fit
initial_ram_allocation_ratio = 4.0
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[api_database]
connection = mysql+pymysql://nova:$DB_PASS@$LAB_IP/nova_api
[database]
connection = mysql+pymysql://nova:$DB_PASS@$LAB_IP/nova
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 60
[glance]
region_name = $LAB_REGION
[cinder]
os_region_name = $LAB_REGION
[vnc]
enabled = true
server_listen = $LAB_IP
server_proxyclient_address = $LAB_IP
novncproxy_host = $LAB_IP
novncproxy_port = 6080
novncproxy_base_url = http://$LAB_IP:6080/vnc_auto.html
[oslo_concurrency]
lock_path = /var/lib/nova/tmp
[oslo_messaging_notifications]
driver = noop

EOF
    authtoken_section nova
    service_auth service_user nova "send_service_user_token = true"
    service_auth placement nova
    service_auth neutron neutron "default_floating_pool = public"
  } | put_file /etc/nova/nova.conf root:nova 640
  uwsgi_ini nova-api 8774 /usr/bin/nova-api-wsgi /var/lib/nova \
    | put_file /etc/nova/phoenix-uwsgi.ini root:nova 640
  put_file "$LAB_STATE/nova-compute-fake" root:root 755 < "$LAB_LIB/nova-compute-fake.py"
  # the second compute host: read after nova.conf, so only these lines differ
  cat <<EOF | put_file /etc/nova/nova-compute2.conf root:nova 640
$HEADER
[DEFAULT]
host = $LAB_COMPUTE_HOST2
state_path = /var/lib/nova/$LAB_COMPUTE_HOST2
instances_path = /var/lib/nova/$LAB_COMPUTE_HOST2/instances
[oslo_concurrency]
lock_path = /var/lib/nova/$LAB_COMPUTE_HOST2/tmp
EOF
}

write_neutron_configs() {
  # ML2 with the openvswitch mechanism driver, but no agent and no dataplane. up.sh inserts
  # one placeholder OVS agent row so that ML2 can bind ports (see README).
  # neutron-server runs as the eventlet daemon, not under uwsgi: its notifications to Nova
  # (e.g. "a floating IP was attached") are sent from a green thread that, under uwsgi, only
  # runs when the worker serves its next request, i.e. they would arrive late or never.
  {
    cat <<EOF
$HEADER
[DEFAULT]
debug = false
bind_host = $LAB_IP
bind_port = 9696
api_workers = 0
rpc_workers = 1
rpc_state_report_workers = 0
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
allow_overlapping_ips = true
transport_url = $TRANSPORT_URL
state_path = /var/lib/neutron
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
dhcp_agent_notification = false
router_distributed = false
l3_ha = false
# the placeholder agent must never be considered dead (10 years)
agent_down_time = 315360000
[database]
connection = mysql+pymysql://neutron:$DB_PASS@$LAB_IP/neutron
# 200 desktops suspended at once make both nova-computes ask Neutron about their ports together:
# with the default pool (5 + 50, 30 s) requests failed and the suspends with them; a larger pool
# that waits longer makes the bed slow under such bursts, as a real cloud is, not broken.
max_pool_size = 20
max_overflow = 100
pool_timeout = 120
[oslo_concurrency]
lock_path = /var/lib/neutron/tmp
[oslo_messaging_notifications]
driver = noop

EOF
    authtoken_section neutron
    service_auth nova nova
  } | put_file /etc/neutron/neutron.conf root:neutron 640
  put_file /etc/neutron/plugins/ml2/ml2_conf.ini root:neutron 640 <<EOF
$HEADER
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = openvswitch
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public
[ml2_type_vlan]
network_vlan_ranges = public
[ml2_type_vxlan]
vni_ranges = 1:10000
[securitygroup]
enable_security_group = true
EOF
}

make_runtime_dirs() {
  install -d -o mysql -g mysql /run/mysqld
  install -d -o keystone -g keystone /var/lib/keystone
  install -d -o glance -g glance /var/lib/glance /var/lib/glance/images /var/lib/glance/staging \
    /var/lib/glance/image-cache /var/lib/glance/tmp
  install -d -o placement -g placement /var/lib/placement
  install -d -o nova -g nova /var/lib/nova /var/lib/nova/instances /var/lib/nova/tmp
  install -d -o neutron -g neutron /var/lib/neutron /var/lib/neutron/tmp
}

write_all_configs() {
  write_backing_configs
  write_keystone_configs
  write_glance_configs
  write_placement_configs
  write_nova_configs
  write_neutron_configs
  make_runtime_dirs
}

# The files each daemon depends on: a change restarts the daemon.
declare -A DAEMON_FILES=(
  [mariadb]="/etc/mysql/mariadb.conf.d/99-phoenix-lab.cnf"
  [memcached]=""
  [rabbitmq]="/etc/rabbitmq/rabbitmq-env.conf /etc/rabbitmq/rabbitmq.conf"
  [keystone]="/etc/keystone/keystone.conf /etc/keystone/phoenix-uwsgi.ini"
  [placement-api]="/etc/placement/placement.conf /etc/placement/phoenix-uwsgi.ini"
  [glance-api]="/etc/glance/glance-api.conf"
  [neutron-server]="/etc/neutron/neutron.conf /etc/neutron/plugins/ml2/ml2_conf.ini"
  [nova-api]="/etc/nova/nova.conf /etc/nova/phoenix-uwsgi.ini"
  [nova-conductor]="/etc/nova/nova.conf"
  [nova-scheduler]="/etc/nova/nova.conf"
  [nova-novncproxy]="/etc/nova/nova.conf"
  [nova-compute]="/etc/nova/nova.conf $LAB_STATE/nova-compute-fake"
  [nova-compute2]="/etc/nova/nova.conf /etc/nova/nova-compute2.conf $LAB_STATE/nova-compute-fake"
)

# clouds.yaml: one entry per lab user (written after the identity seed, which knows the
# application credential's id)
cloud_entry() { # NAME USER PASSWORD PROJECT
  cat <<EOF
  $1:
    auth:
      auth_url: $KEYSTONE_URL
      username: $2
      password: $3
      project_name: $4
      user_domain_name: Default
      project_domain_name: Default
    region_name: $LAB_REGION
    interface: public
    identity_api_version: 3
EOF
}

write_clouds_yaml() {
  local appcred_id=""
  [ -s "$LAB_STATE/appcred-id" ] && appcred_id=$(cat "$LAB_STATE/appcred-id")
  {
    echo "$HEADER"
    echo "# Phoenix OpenStack test bed on $LAB_IP; see tests/openstack/README.md"
    echo "clouds:"
    cloud_entry lab-admin admin "$ADMIN_PASS" admin
    cloud_entry lab-school labadmin "$LABADMIN_PASS" "$LAB_PROJECT"
    cloud_entry lab-teacher teacher1 teacher1-pass "$LAB_PROJECT"
    cloud_entry lab-teacher2 teacher2 teacher2-pass "$LAB_PROJECT"
    local i
    for i in 1 2 3; do cloud_entry "lab-student$i" "student$i" "student$i-pass" "$LAB_PROJECT"; done
    if [ -n "$appcred_id" ]; then
      cat <<EOF
  lab-appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: $KEYSTONE_URL
      application_credential_id: $appcred_id
      application_credential_secret: $APPCRED_SECRET
    region_name: $LAB_REGION
    interface: public
    identity_api_version: 3
EOF
    fi
  } | put_file "$CLOUDS_YAML" root:root 644
}
