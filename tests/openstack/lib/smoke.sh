# shellcheck shell=bash
# Quick end-to-end check through the public REST APIs (curl + jq), the way the Phoenix app
# talks to the cloud, plus one openstack CLI call that proves clouds.yaml works.

SMOKE_LOG=$LAB_LOG/smoke.log
SMOKE_PREFIX=phoenix-smoke-

slog() { printf '%s %s\n' "$(date '+%T')" "$*" >> "$SMOKE_LOG"; }

# api METHOD URL [JSON]: prints the body; fails on HTTP >= 400 (logged)
api() {
  local method=$1 url=$2 data=${3:-} code
  local args=(-s -m 30 -X "$method" -o "$SMOKE_TMP/body" -w '%{http_code}'
              -H "X-Auth-Token: $SMOKE_TOKEN" -H 'Accept: application/json')
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' -d "$data")
  code=$(curl "${args[@]}" "$url") || code=000
  slog "$method $url -> $code"
  if [ "$code" = 000 ] || [ "$code" -ge 400 ]; then head -c 600 "$SMOKE_TMP/body" >> "$SMOKE_LOG"; echo >> "$SMOKE_LOG"; return 1; fi
  cat "$SMOKE_TMP/body"
}

# get_token JSON_AUTH: sets SMOKE_TOKEN and writes the token body (catalog) to $SMOKE_TMP/token
get_token() {
  local code
  code=$(curl -s -m 30 -o "$SMOKE_TMP/token" -D "$SMOKE_TMP/headers" -w '%{http_code}' \
    -H 'Content-Type: application/json' -d "$1" "$KEYSTONE_URL/auth/tokens") || code=000
  slog "POST $KEYSTONE_URL/auth/tokens -> $code"
  [ "$code" = 201 ] || return 1
  SMOKE_TOKEN=$(awk 'tolower($1) == "x-subject-token:" { print $2 }' "$SMOKE_TMP/headers" | tr -d '\r')
  [ -n "$SMOKE_TOKEN" ]
}

endpoint() { # TYPE: public URL of a catalog entry of the last token
  jq -r --arg t "$1" '.token.catalog[] | select(.type == $t) | .endpoints[]
                      | select(.interface == "public") | .url' "$SMOKE_TMP/token" | head -n1
}

server_status() { # URL: status of a server, "GONE" once it is deleted
  local code
  code=$(curl -s -m 15 -o "$SMOKE_TMP/server" -w '%{http_code}' -H "X-Auth-Token: $SMOKE_TOKEN" "$1") || code=000
  case $code in
    200) jq -r '.server.status' "$SMOKE_TMP/server" ;;
    404) echo GONE ;;
    *) echo "HTTP-$code" ;;
  esac
}

# wait_server URL WANTED SECONDS
wait_server() {
  local t0 s=""; t0=$(date +%s)
  while [ $(( $(date +%s) - t0 )) -lt "$3" ]; do
    s=$(server_status "$1")
    [ "$s" = "$2" ] && { slog "server is $s"; return 0; }
    if [ "$s" = ERROR ]; then
      slog "server went to ERROR: $(jq -c '.server.fault' "$SMOKE_TMP/server")"
      return 1
    fi
    sleep 1
  done
  slog "server still $s after $3 s (wanted $2)"
  return 1
}

smoke_fail() { die "smoke test: $1 (see $SMOKE_LOG)"; }

run_smoke_test() {
  SMOKE_TMP=$LAB_RUN/smoke
  rm -rf "$SMOKE_TMP"; mkdir -p "$SMOKE_TMP"
  echo "==== $(date -Is) smoke test" >> "$SMOKE_LOG"
  local t_start; t_start=$(now)

  step "smoke: openstack --os-cloud lab-teacher token issue" "$SMOKE_LOG"
  OS_CLIENT_CONFIG_FILE=$CLOUDS_YAML "$OSC" --os-cloud lab-teacher token issue -f value -c project_id \
    >> "$SMOKE_LOG" 2>&1 || smoke_fail "CLI token issue failed"

  if grep -q '^  lab-appcred:' "$CLOUDS_YAML"; then
    step "smoke: token from labadmin's application credential" "$SMOKE_LOG"
    get_token "$(jq -n --arg id "$(cat "$LAB_STATE/appcred-id")" --arg s "$APPCRED_SECRET" \
      '{auth: {identity: {methods: ["application_credential"],
                          application_credential: {id: $id, secret: $s}}}}')" ||
      smoke_fail "application credential login failed"
  fi

  step "smoke: token for teacher1 in $LAB_PROJECT (REST)" "$SMOKE_LOG"
  get_token "$(jq -n --arg p "$LAB_PROJECT" \
    '{auth: {identity: {methods: ["password"], password: {user: {name: "teacher1",
       domain: {id: "default"}, password: "teacher1-pass"}}},
       scope: {project: {name: $p, domain: {id: "default"}}}}}')" || smoke_fail "teacher1 login failed"
  local nova glance neutron
  nova=$(endpoint compute); glance=$(endpoint image); neutron=$(endpoint network)
  [ -n "$nova" ] && [ -n "$glance" ] && [ -n "$neutron" ] || smoke_fail "service catalog incomplete"

  step "smoke: list flavors, images, networks as teacher1" "$SMOKE_LOG"
  local flavor image network
  flavor=$(api GET "$nova/flavors" | jq -r '.flavors[] | select(.name == "desk.small") | .id') ||
    smoke_fail "flavor list failed"
  image=$(api GET "$glance/v2/images?name=win10-edu" | jq -r '.images[0].id // empty') ||
    smoke_fail "image list failed"
  network=$(api GET "$neutron/v2.0/networks?name=lab-net" | jq -r '.networks[0].id // empty') ||
    smoke_fail "network list failed"
  slog "flavor=$flavor image=$image network=$network"
  [ -n "$flavor" ] && [ -n "$image" ] && [ -n "$network" ] ||
    smoke_fail "desk.small, win10-edu or lab-net not visible to teacher1"

  # servers left by an interrupted earlier smoke test
  local old
  for old in $(api GET "$nova/servers?name=^$SMOKE_PREFIX" | jq -r '.servers[].id'); do
    api DELETE "$nova/servers/$old" > /dev/null || true
  done

  for old in $(api GET "$neutron/v2.0/floatingips?description=phoenix%20smoke%20test" | jq -r '.floatingips[].id'); do
    api DELETE "$neutron/v2.0/floatingips/$old" > /dev/null || true
  done

  step "smoke: create a server in $LAB_PROJECT and wait for ACTIVE" "$SMOKE_LOG"
  local body id t
  body=$(jq -n --arg n "$SMOKE_PREFIX$$" --arg i "$image" --arg f "$flavor" --arg net "$network" \
    '{server: {name: $n, imageRef: $i, flavorRef: $f, networks: [{uuid: $net}]}}')
  t=$(now)
  id=$(api POST "$nova/servers" "$body" | jq -r '.server.id') || smoke_fail "server create refused"
  slog "server $id created"
  wait_server "$nova/servers/$id" ACTIVE 60 || smoke_fail "server $id did not become ACTIVE"
  timing "  smoke: server ACTIVE after" "$(since "$t")"

  # Neutron must tell Nova about the floating IP, or server addresses would never show it
  step "smoke: floating IP from public shows up in the server's addresses" "$SMOKE_LOG"
  local public port fip_id fip i
  public=$(api GET "$neutron/v2.0/networks?name=public" | jq -r '.networks[0].id // empty') &&
  port=$(api GET "$neutron/v2.0/ports?device_id=$id" | jq -r '.ports[0].id // empty') &&
  [ -n "$public" ] && [ -n "$port" ] || smoke_fail "public network or server port not found"
  t=$(now)
  api POST "$neutron/v2.0/floatingips" "$(jq -n --arg n "$public" --arg p "$port" \
      '{floatingip: {floating_network_id: $n, port_id: $p, description: "phoenix smoke test"}}')" \
      > "$SMOKE_TMP/fip" || smoke_fail "floating IP create refused"
  fip_id=$(jq -r '.floatingip.id' "$SMOKE_TMP/fip"); fip=$(jq -r '.floatingip.floating_ip_address' "$SMOKE_TMP/fip")
  for i in $(seq 1 20); do
    api GET "$nova/servers/$id" | jq -e --arg f "$fip" '[.server.addresses[][] | .addr] | index($f)' \
      > /dev/null && break
    [ "$i" = 20 ] && smoke_fail "floating IP $fip not in the server's addresses after 20 s"
    sleep 1
  done
  timing "  smoke: floating IP visible in Nova after" "$(since "$t")"
  api DELETE "$neutron/v2.0/floatingips/$fip_id" > /dev/null || smoke_fail "floating IP delete refused"

  step "smoke: delete the server" "$SMOKE_LOG"
  t=$(now)
  api DELETE "$nova/servers/$id" > /dev/null || smoke_fail "server delete refused"
  wait_server "$nova/servers/$id" GONE 45 || smoke_fail "server $id was not deleted"
  timing "  smoke: server deleted after" "$(since "$t")"
  timing "smoke test" "$(since "$t_start")"
}
