#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into OUT/<target>/ (run by run-fuzz.sh).

Sources: tests/data/apiparsers (raw reply bodies), tests/data/openstack-recorded (replies recorded
from the test bed: the "body" of each), tests/fuzz/seeds/clouds (clouds.yaml samples).
Usage: seeds.py OUT
"""
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, '..', 'data')
out = sys.argv[1]
targets = {t: [] for t in ('fuzz_apiparsers', 'fuzz_errorbody', 'fuzz_authreply', 'fuzz_cloudsyaml')}

for path in sorted(glob.glob(os.path.join(data, 'apiparsers', '*.json'))):
    with open(path, 'rb') as f:
        targets['fuzz_apiparsers'].append((os.path.basename(path), f.read()))

for path in sorted(glob.glob(os.path.join(data, 'openstack-recorded', '*.json'))):
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        recorded = json.load(f)
    body = recorded.get('body')
    if body is None:
        continue
    raw = body.encode() if isinstance(body, str) else json.dumps(body, indent=1).encode()
    status = recorded.get('status', 200)
    if status >= 400:
        targets['fuzz_errorbody'].append((name, raw))
    elif name.startswith('keystone-') or name == 'nova-version.json':
        targets['fuzz_authreply'].append((name, raw))
    else:
        targets['fuzz_apiparsers'].append(('recorded-' + name, raw))

# error bodies the recordings lack: Placement's list, Glance's HTML, plain text
targets['fuzz_errorbody'] += [
    ('placement.json', b'{"errors": [{"status": 409, "title": "Conflict", "detail": "resource provider generation"}]}'),
    ('glance-html.html', b'<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>'
                         b'The resource could not be found.<br /><br />\n</body></html>'),
    ('text.txt', b'Service Unavailable'),
]

for path in sorted(glob.glob(os.path.join(here, 'seeds', 'clouds', '*.yaml'))):
    with open(path, 'rb') as f:
        targets['fuzz_cloudsyaml'].append((os.path.basename(path), f.read()))

for target, seeds in targets.items():
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    for old in os.listdir(d):
        os.unlink(os.path.join(d, old))
    for name, raw in seeds:
        with open(os.path.join(d, name), 'wb') as f:
            f.write(raw)
    print(f'{target}: {len(seeds)} seeds')
