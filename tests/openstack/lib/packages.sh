# shellcheck shell=bash
# Debian packages of the test bed: OpenStack Zed as shipped by Debian 12 (bookworm).

# nova-compute itself is not installed: it would drag in a hypervisor package (qemu/libvirt
# or ironic). The fake driver only needs python3-nova, and our launcher imports nova-compute's
# entry point from there (see lib/nova-compute-fake.py).
LAB_PACKAGES=(
  mariadb-server python3-pymysql rabbitmq-server memcached python3-memcache
  keystone glance-api placement-api
  nova-api nova-conductor nova-scheduler nova-consoleproxy
  neutron-api uwsgi-plugin-python3   # neutron-api brings neutron-common (neutron-server)
  python3-openstackclient python3-openstacksdk python3-osc-placement
  curl jq iproute2 procps
)

APT_OPTS=(-o DPkg::Lock::Timeout=900
          -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold
          -o Dpkg::Options::=--force-unsafe-io)

missing_packages() {
  local p
  for p in "${LAB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

# The maintainer scripts must neither ask questions (we write every config ourselves) nor
# create databases and endpoints through dbconfig-common.
preseed_debconf() {
  local pkg q
  {
    for pkg in keystone glance-common placement-common nova-common nova-api neutron-common; do
      for q in configure_db dbconfig-install; do
        echo "$pkg ${pkg%-common}/$q boolean false"
        echo "$pkg $pkg/$q boolean false"
      done
    done
    for pkg in glance-common nova-common neutron-common placement-common; do
      echo "$pkg ${pkg%-common}/configure_rabbit boolean false"
      echo "$pkg ${pkg%-common}/configure_ksat boolean false"
    done
    echo "nova-api novaapi/configure_db boolean false"
    echo "keystone keystone/create-admin-tenant boolean false"
    echo "keystone keystone/register-endpoint boolean false"
    echo "glance-api glance/configure_api-endpoint boolean false"
    echo "placement-api placement/configure_api-endpoint boolean false"
    echo "nova-api nova/configure_api-endpoint boolean false"
    echo "neutron-api neutron/configure_api-endpoint boolean false"
    echo "nova-common nova/configure_neutron boolean false"
    echo "nova-common nova/configure_placement boolean false"
    echo "neutron-common neutron/configure_nova boolean false"
    echo "nova-consoleproxy nova-consoleproxy/daemon_type select novnc"
  } | debconf-set-selections
}

# run_apt ARGS...: apt-get with our options, logged. DPkg::Lock::Timeout makes apt wait for
# dpkg's lock, but not for the lists lock (apt-get update) or the archives lock, which another
# apt (e.g. the project's own dependency installer) may hold: on those, wait and retry (900 s).
run_apt() {
  local deadline=$(( $(date +%s) + 900 )) out
  out=$(mktemp)
  while :; do
    if apt-get "${APT_OPTS[@]}" "$@" 2>&1 | tee -a "$LAB_LOG/apt.log" > "$out"; then rm -f "$out"; return 0; fi
    if grep -q 'Could not get lock' "$out" && [ "$(date +%s)" -lt "$deadline" ]; then
      log "apt: another apt holds a lock, waiting"; sleep 5; continue
    fi
    rm -f "$out"; return 1
  done
}

# apt-get update only when the package lists do not know our packages yet (a fresh machine
# without lists). Stale lists show up as 404s during the install, which then updates and
# retries. A failing third-party source does not matter as long as Debian's lists are usable.
apt_knows_packages() {
  [ "$(apt-cache policy keystone nova-api neutron-api 2>/dev/null | grep -c 'Candidate: [0-9]')" = 3 ]
}
maybe_apt_update() {
  if apt_knows_packages; then log "apt: package lists already know our packages, no update"; return 0; fi
  local i
  for i in 1 2 3; do
    run_apt update && return 0
    if apt_knows_packages; then log "apt: update reported errors, Debian lists usable"; return 0; fi
    log "apt: update failed (try $i), retrying in 10 s"; sleep 10
  done
  die "apt-get update failed"
}

install_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  if [ -z "${missing// }" ]; then log "apt: all packages present"; return 0; fi
  step "install packages ($missing)" "$LAB_LOG/apt.log"
  export DEBIAN_FRONTEND=noninteractive
  preseed_debconf

  local t rc=0
  t=$(now)
  maybe_apt_update
  timing "apt: update" "$(since "$t")"

  # Keep maintainer scripts from starting daemons: there is no init system to own them and
  # we start everything ourselves, bound to loopback.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# temporary: Phoenix test bed (tests/openstack/up.sh) is installing\nexit 101\n' \
      > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
  fi
  t=$(now)
  dpkg-query -W -f='${Package}\n' | sort > "$LAB_STATE/packages-before.txt"
  run_apt install -y --no-install-recommends "${LAB_PACKAGES[@]}" || rc=$?
  if [ $rc != 0 ] && tail -n 30 "$LAB_LOG/apt.log" | grep -q '404 *Not Found\|Unable to fetch'; then
    log "apt: stale package lists, updating and retrying"
    run_apt update || true
    rc=0
    run_apt install -y --no-install-recommends "${LAB_PACKAGES[@]}" || rc=$?
  fi
  if [ $rc != 0 ] && tail -n 30 "$LAB_LOG/apt.log" | grep -q 'dpkg was interrupted'; then
    log "apt: an earlier dpkg run was interrupted, finishing it and retrying"
    dpkg --configure -a >> "$LAB_LOG/apt.log" 2>&1 || true
    rc=0
    run_apt install -y --no-install-recommends "${LAB_PACKAGES[@]}" || rc=$?
  fi
  if [ $own_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  [ $rc = 0 ] || die "apt-get install failed (exit $rc)"
  local added
  added=$(dpkg-query -W -f='${Package}\n' | sort | comm -13 "$LAB_STATE/packages-before.txt" -)
  echo "$added" >> "$LAB_STATE/packages-added.txt"
  timing "apt: install ($(echo "$added" | grep -c .) packages added)" "$(since "$t")"
}
