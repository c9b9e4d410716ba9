#!/usr/bin/python3
"""Records real OpenStack replies from the project's test bed for the demo cloud's drift check.

    tests/data/openstack-recorded/record.py [clouds.yaml] [output dir]

Defaults: /var/lib/phoenix-lab/clouds.yaml (tests/openstack/up.sh) and this script's directory.
Uses the clouds lab-school (admin role) and lab-teacher (member) and plain HTTP (urllib), the way
Phoenix talks to the cloud: compute microversion 2.79 (RestClient::WantedComputeMinor).
Creates one server "phoenix-drift-rec-<pid>", a snapshot and a floating IP, and deletes them
again. Every reply is stored as {"request", "status", "headers", "body"} with ids, tokens and
secrets scrubbed (replaced by same-shaped placeholders: the drift test compares key sets and
value types, tst_democloud_drift.cpp).
"""
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request

import yaml

CLOUDS = sys.argv[1] if len(sys.argv) > 1 else '/var/lib/phoenix-lab/clouds.yaml'
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
MICROVERSION = '2.79'
KEPT_HEADERS = ('x-openstack-request-id', 'x-subject-token', 'openstack-api-version', 'location',
                'content-type', 'retry-after', 'www-authenticate', 'vary')


def log(msg):
    print(msg, file=sys.stderr, flush=True)


class Scrubber:
    """Replaces ids and secrets by stable placeholders of the same form."""
    UUID = re.compile(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}')
    HEX32 = re.compile(r'(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])')

    def __init__(self):
        self.map = {}

    def _sub(self, kind, value):
        if value not in self.map:
            n = len(self.map) + 1
            self.map[value] = ('00000000-0000-4000-8000-%012d' % n) if kind == 'uuid' else ('%032d' % n)
        return self.map[value]

    def text(self, s):
        s = self.UUID.sub(lambda m: self._sub('uuid', m.group(0)), s)
        s = self.HEX32.sub(lambda m: self._sub('hex', m.group(0)), s)
        s = re.sub(r'token=[A-Za-z0-9_\-%.]+', 'token=SCRUBBED', s)
        return s

    def value(self, v, key=''):
        if isinstance(v, dict):
            return {k: self.value(x, k) for k, x in v.items()}
        if isinstance(v, list):
            return [self.value(x, key) for x in v]
        if isinstance(v, str):
            if key in ('adminPass', 'secret', 'password', 'audit_ids'):
                return 'SCRUBBED'
            return self.text(v)
        return v


SCRUB = Scrubber()


def call(method, url, token=None, body=None, headers=None, compute=False, raw_body=None):
    data = None
    h = {'Accept': 'application/json', 'User-Agent': 'phoenix-drift-recorder'}
    if token:
        h['X-Auth-Token'] = token
    if compute:
        h['OpenStack-API-Version'] = 'compute ' + MICROVERSION
        h['X-OpenStack-Nova-API-Version'] = MICROVERSION
    if body is not None:
        data = json.dumps(body).encode()
        h['Content-Type'] = 'application/json'
    if raw_body is not None:
        data = raw_body
    h.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, rh, payload = r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        status, rh, payload = e.code, dict(e.headers), e.read()
    try:
        parsed = json.loads(payload) if payload else None
    except ValueError:
        parsed = payload.decode(errors='replace')
    return status, {k.lower(): v for k, v in rh.items()}, parsed


def save(name, request, status, headers, body):
    kept = {k: headers[k] for k in KEPT_HEADERS if k in headers}
    if 'x-subject-token' in kept:
        kept['x-subject-token'] = 'SCRUBBED'
    doc = {'request': SCRUB.text(request), 'status': status, 'headers': SCRUB.value(kept), 'body': SCRUB.value(body)}
    path = os.path.join(OUT, name + '.json')
    with open(path, 'w') as f:
        json.dump(doc, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write('\n')
    log('%-34s %s -> %s' % (name, request, status))


def rec(name, method, url, token=None, body=None, expect=None, **kw):
    status, headers, payload = call(method, url, token, body, **kw)
    short = re.sub(r'^https?://[^/]+', '', url)
    save(name, '%s %s' % (method, short), status, headers, payload)
    if expect is not None and status != expect:
        raise SystemExit('%s: expected %s, got %s: %s' % (name, expect, status, payload))
    return status, headers, payload


def auth_body(cloud):
    a = cloud['auth']
    if cloud.get('auth_type') == 'v3applicationcredential':
        return {'auth': {'identity': {'methods': ['application_credential'], 'application_credential': {
            'id': a['application_credential_id'], 'secret': a['application_credential_secret']}}}}
    return {'auth': {'identity': {'methods': ['password'], 'password': {'user': {
        'name': a['username'], 'password': a['password'], 'domain': {'name': a['user_domain_name']}}}},
        'scope': {'project': {'name': a['project_name'], 'domain': {'name': a['project_domain_name']}}}}}


def endpoint(token_body, stype):
    for svc in token_body['token']['catalog']:
        if svc['type'] == stype:
            for ep in svc['endpoints']:
                if ep['interface'] == 'public':
                    return ep['url'].rstrip('/')
    raise SystemExit('no %s endpoint' % stype)


def wait_server(nova, token, sid, wanted, seconds=120):
    t0 = time.time()
    while time.time() - t0 < seconds:
        status, _, body = call('GET', '%s/servers/%s' % (nova, sid), token, compute=True)
        if status == 404 and wanted == 'GONE':
            return
        if status == 200:
            st = body['server']['status']
            if st == wanted and not body['server'].get('OS-EXT-STS:task_state'):
                return
            if st == 'ERROR':
                raise SystemExit('server went to ERROR: %s' % body['server'].get('fault'))
        time.sleep(1)
    raise SystemExit('server %s not %s after %s s' % (sid, wanted, seconds))


def wait_image(glance, token, iid, seconds=20):
    """True once active. The test bed's fake virt driver uploads no data, so its snapshots stay
    queued: then the snapshot is recorded as it is."""
    t0 = time.time()
    while time.time() - t0 < seconds:
        _, _, body = call('GET', '%s/v2/images/%s' % (glance, iid), token)
        if isinstance(body, dict) and body.get('status') == 'active':
            return True
        time.sleep(1)
    log('image %s not active after %s s: recording it as it is' % (iid, seconds))
    return False


def main():
    clouds = yaml.safe_load(open(CLOUDS))['clouds']
    auth_url = clouds['lab-school']['auth']['auth_url'].rstrip('/')

    # ---------------- Keystone
    rec('keystone-version', 'GET', auth_url)
    _, h, admin_tok = rec('keystone-token-admin', 'POST', auth_url + '/auth/tokens',
                          body=auth_body(clouds['lab-school']), expect=201)
    admin = h['x-subject-token']
    _, h, tok_body = rec('keystone-token-member', 'POST', auth_url + '/auth/tokens',
                         body=auth_body(clouds['lab-teacher']), expect=201)
    teacher = h['x-subject-token']
    if 'lab-appcred' in clouds:
        rec('keystone-token-appcred', 'POST', auth_url + '/auth/tokens',
            body=auth_body(clouds['lab-appcred']), expect=201)
    bad = auth_body(clouds['lab-teacher'])
    bad['auth']['identity']['password']['user']['password'] = 'wrong'
    rec('keystone-error-401', 'POST', auth_url + '/auth/tokens', body=bad, expect=401)
    rec('keystone-auth-projects', 'GET', auth_url + '/auth/projects', teacher, expect=200)
    rec('keystone-token-validate', 'GET', auth_url + '/auth/tokens', admin,
        headers={'X-Subject-Token': teacher}, expect=200)
    rec('keystone-token-validate-404', 'GET', auth_url + '/auth/tokens', admin,
        headers={'X-Subject-Token': 'gAAAAABnotavalidtoken'}, expect=404)

    nova = endpoint(tok_body, 'compute')
    glance = endpoint(tok_body, 'image')
    neutron = endpoint(tok_body, 'network')
    project_id = tok_body['token']['project']['id']

    # ---------------- Nova, read-only
    rec('nova-version', 'GET', nova, teacher, compute=True, expect=200)
    rec('nova-error-406', 'GET', nova + '/servers', teacher,
        headers={'OpenStack-API-Version': 'compute 2.999', 'X-OpenStack-Nova-API-Version': '2.999'})
    rec('nova-error-401', 'GET', nova + '/servers/detail', 'gAAAAABbogus', compute=True, expect=401)
    _, _, flavors = rec('nova-flavors-detail', 'GET', nova + '/flavors/detail', teacher, compute=True, expect=200)
    rec('nova-limits', 'GET', nova + '/limits', teacher, compute=True, expect=200)
    rec('nova-hypervisors-detail', 'GET', nova + '/os-hypervisors/detail', admin, compute=True, expect=200)
    rec('nova-error-403-policy', 'GET', nova + '/os-hypervisors/detail', teacher, compute=True, expect=403)
    rec('nova-error-404', 'GET', nova + '/servers/00000000-0000-4000-8000-00000000dead', teacher,
        compute=True, expect=404)

    flavor = next(f for f in flavors['flavors'] if f['name'] == 'desk.tiny')
    _, _, images = call('GET', glance + '/v2/images?name=ubuntu-22.04-desktop', teacher)
    image = images['images'][0]
    _, _, nets = call('GET', neutron + '/v2.0/networks?name=lab-net', teacher)
    net = nets['networks'][0]

    # ---------------- Nova, one server through its life
    # leftovers of an interrupted earlier run
    _, _, old = call('GET', nova + '/servers?name=^phoenix-drift-rec-', teacher, compute=True)
    for s in (old or {}).get('servers', []):
        call('DELETE', '%s/servers/%s' % (nova, s['id']), teacher, compute=True)
    _, _, old = call('GET', glance + '/v2/images?owner=' + project_id, teacher)
    for i in (old or {}).get('images', []):
        if i['name'].startswith('phoenix-drift-rec-'):
            call('PATCH', '%s/v2/images/%s' % (glance, i['id']), teacher,
                 raw_body=json.dumps([{'op': 'replace', 'path': '/protected', 'value': False}]).encode(),
                 headers={'Content-Type': 'application/openstack-images-v2.1-json-patch'})
            call('DELETE', '%s/v2/images/%s' % (glance, i['id']), teacher)
    _, _, old = call('GET', neutron + '/v2.0/floatingips', teacher)
    for f in (old or {}).get('floatingips', []):
        if f.get('description') == 'drift recording':
            call('DELETE', '%s/v2.0/floatingips/%s' % (neutron, f['id']), teacher)

    name = 'phoenix-drift-rec-%d' % os.getpid()
    server_body = {'server': {
        'name': name, 'imageRef': image['id'], 'flavorRef': flavor['id'],
        'networks': [{'uuid': net['id']}],
        'metadata': {'phoenix:type': 'course', 'phoenix:role': 'student', 'phoenix:owner': 'drift'},
        'tags': ['phoenix']}}
    _, h, created = rec('nova-server-create', 'POST', nova + '/servers', teacher, server_body,
                        compute=True, expect=202)
    sid = created['server']['id']
    fip_id = None
    snapshot_id = None
    try:
        rec('nova-server-show-build', 'GET', '%s/servers/%s' % (nova, sid), teacher, compute=True, expect=200)
        wait_server(nova, teacher, sid, 'ACTIVE')
        rec('nova-server-show', 'GET', '%s/servers/%s' % (nova, sid), teacher, compute=True, expect=200)
        rec('nova-server-show-admin', 'GET', '%s/servers/%s' % (nova, sid), admin, compute=True, expect=200)
        rec('nova-servers-detail', 'GET', nova + '/servers/detail?tags=phoenix&limit=1', teacher,
            compute=True, expect=200)
        rec('nova-servers', 'GET', nova + '/servers?limit=1', teacher, compute=True, expect=200)
        rec('nova-server-metadata-post', 'POST', '%s/servers/%s/metadata' % (nova, sid), teacher,
            {'metadata': {'phoenix:seat': '7'}}, compute=True, expect=200)
        rec('nova-error-404-metadata', 'DELETE', '%s/servers/%s/metadata/nope' % (nova, sid), teacher,
            compute=True, expect=404)
        rec('nova-remote-console', 'POST', '%s/servers/%s/remote-consoles' % (nova, sid), teacher,
            {'remote_console': {'protocol': 'vnc', 'type': 'novnc'}}, compute=True, expect=200)
        rec('nova-error-409-vmstate', 'POST', '%s/servers/%s/action' % (nova, sid), teacher,
            {'resume': None}, compute=True, expect=409)

        # ports and a floating IP on the server
        _, _, ports = rec('neutron-ports-device', 'GET', neutron + '/v2.0/ports?device_id=' + sid, teacher,
                          expect=200)
        port = ports['ports'][0]
        _, _, ext = call('GET', neutron + '/v2.0/networks?router:external=True', teacher)
        _, _, fip = rec('neutron-floatingip-create', 'POST', neutron + '/v2.0/floatingips', teacher,
                        {'floatingip': {'floating_network_id': ext['networks'][0]['id'],
                                        'description': 'drift recording'}}, expect=201)
        fip_id = fip['floatingip']['id']
        rec('neutron-floatingip-associate', 'PUT', '%s/v2.0/floatingips/%s' % (neutron, fip_id), teacher,
            {'floatingip': {'port_id': port['id']}}, expect=200)
        time.sleep(3)  # nova's network info cache picks up the floating IP
        rec('nova-server-show-floating', 'GET', '%s/servers/%s' % (nova, sid), teacher, compute=True,
            expect=200)
        rec('neutron-floatingips', 'GET', neutron + '/v2.0/floatingips', teacher, expect=200)
        rec('neutron-floatingip-disassociate', 'PUT', '%s/v2.0/floatingips/%s' % (neutron, fip_id), teacher,
            {'floatingip': {'port_id': None}}, expect=200)

        # stop, then a conflicting action while it powers off
        call('POST', '%s/servers/%s/action' % (nova, sid), teacher, {'os-stop': None}, compute=True)
        rec('nova-error-409-taskstate', 'POST', '%s/servers/%s/action' % (nova, sid), teacher,
            {'suspend': None}, compute=True)
        wait_server(nova, teacher, sid, 'SHUTOFF')
        rec('nova-server-show-shutoff', 'GET', '%s/servers/%s' % (nova, sid), teacher, compute=True,
            expect=200)
        _, _, snap = rec('nova-server-createimage', 'POST', '%s/servers/%s/action' % (nova, sid), teacher,
                         {'createImage': {'name': name + '-snap'}}, compute=True, expect=202)
        snapshot_id = snap['image_id']
        rec('glance-image-show-queued', 'GET', '%s/v2/images/%s' % (glance, snapshot_id), teacher)
        wait_image(glance, teacher, snapshot_id)
        wait_server(nova, teacher, sid, 'SHUTOFF')
        rec('nova-instance-actions', 'GET', '%s/servers/%s/os-instance-actions' % (nova, sid), teacher,
            compute=True, expect=200)

        # ---------------- Glance
        rec('glance-images', 'GET', glance + '/v2/images?limit=1', teacher, expect=200)
        rec('glance-image-show', 'GET', '%s/v2/images/%s' % (glance, image['id']), teacher, expect=200)
        rec('glance-image-show-snapshot', 'GET', '%s/v2/images/%s' % (glance, snapshot_id), teacher, expect=200)
        patch = [{'op': 'replace', 'path': '/name', 'value': name + '-renamed'},
                 {'op': 'replace', 'path': '/protected', 'value': True}]
        rec('glance-image-patch', 'PATCH', '%s/v2/images/%s' % (glance, snapshot_id), teacher,
            raw_body=json.dumps(patch).encode(),
            headers={'Content-Type': 'application/openstack-images-v2.1-json-patch'}, expect=200)
        rec('glance-error-delete-protected', 'DELETE', '%s/v2/images/%s' % (glance, snapshot_id), teacher)
        call('PATCH', '%s/v2/images/%s' % (glance, snapshot_id), teacher,
             raw_body=json.dumps([{'op': 'replace', 'path': '/protected', 'value': False}]).encode(),
             headers={'Content-Type': 'application/openstack-images-v2.1-json-patch'})
        rec('glance-error-404', 'GET', glance + '/v2/images/00000000-0000-4000-8000-00000000dead', teacher,
            expect=404)
        rec('glance-error-401', 'GET', glance + '/v2/images', 'gAAAAABbogus', expect=401)

        # ---------------- Neutron
        rec('neutron-networks', 'GET', neutron + '/v2.0/networks', teacher, expect=200)
        rec('neutron-subnets', 'GET', neutron + '/v2.0/subnets', teacher, expect=200)
        rec('neutron-routers', 'GET', neutron + '/v2.0/routers', teacher, expect=200)
        rec('neutron-ports', 'GET', neutron + '/v2.0/ports', teacher, expect=200)
        rec('neutron-quota', 'GET', '%s/v2.0/quotas/%s' % (neutron, project_id), teacher, expect=200)
        rec('neutron-error-404', 'GET', neutron + '/v2.0/networks/00000000-0000-4000-8000-00000000dead',
            teacher, expect=404)
        rec('neutron-error-401', 'GET', neutron + '/v2.0/networks', 'gAAAAABbogus', expect=401)
    finally:
        if fip_id:
            rec('neutron-floatingip-delete', 'DELETE', '%s/v2.0/floatingips/%s' % (neutron, fip_id), teacher)
        since = time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(time.time() - 5))
        rec('nova-server-delete', 'DELETE', '%s/servers/%s' % (nova, sid), teacher, compute=True)
        wait_server(nova, teacher, sid, 'GONE')
        rec('nova-servers-changes-since', 'GET', '%s/servers/detail?changes-since=%s' % (nova, since),
            teacher, compute=True, expect=200)
        if snapshot_id:
            rec('glance-image-delete', 'DELETE', '%s/v2/images/%s' % (glance, snapshot_id), teacher)
        # (a revoked token keeps working at Nova until keystonemiddleware's token cache expires,
        # up to 5 minutes: nothing to record there)
        rec('keystone-token-revoke', 'DELETE', auth_url + '/auth/tokens', admin,
            headers={'X-Subject-Token': teacher})


if __name__ == '__main__':
    main()
