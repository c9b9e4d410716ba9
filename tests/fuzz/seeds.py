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
targets = {t: [] for t in ('fuzz_apiparsers', 'fuzz_errorbody', 'fuzz_authreply', 'fuzz_cloudsyaml', 'fuzz_paging',
                           'fuzz_rfb')}

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

# fuzz_paging: a selector byte (even: Nova markers, odd: Glance next links), then pages split by "--"
def nova_page(sid, marker):
    page = {'servers': [{'id': sid, 'name': 'desk-' + sid, 'status': 'ACTIVE'}]}
    if marker:
        page['servers_links'] = [{'rel': 'next', 'href': 'http://n/compute/v2.1/servers/detail?limit=1&marker=' + marker}]
    return json.dumps(page).encode()


def glance_page(iid, nxt):
    page = {'images': [{'id': iid, 'name': iid}]}
    if nxt:
        page['next'] = nxt
    return json.dumps(page).encode()


targets['fuzz_paging'] += [
    ('nova-cycle', b'\x00' + b'\n--\n'.join([nova_page('f', 'a'), nova_page('a', 'b'), nova_page('b', 'a')])),
    ('nova-chain', b'\x00' + b'\n--\n'.join([nova_page(str(i), str(i + 1)) for i in range(6)])),
    ('glance-cycle', b'\x01' + b'\n--\n'.join([glance_page('i0', '/v2/images?marker=a'),
                                                 glance_page('ia', '/v2/images?marker=b'),
                                                 glance_page('ib', '/v2/images?marker=a')])),
    ('glance-foreign', b'\x01' + b'\n--\n'.join([glance_page('i0', 'https://cloud.school.example:9292/image/v2/images?marker=a'),
                                                   glance_page('ia', 'https://evil.example:9292/v2/images?marker=b'),
                                                   glance_page('ib', '//cloud.school.example:9293/v2/images'),
                                                   b'https://user:pw@cloud.school.example:9292/x'])),
]

for path in sorted(glob.glob(os.path.join(here, 'seeds', 'clouds', '*.yaml'))):
    with open(path, 'rb') as f:
        targets['fuzz_cloudsyaml'].append((os.path.basename(path), f.read()))

# fuzz_rfb: a mode byte (see fuzz_rfb.cpp), then what the server sends; mode 0: after the handshake
# onto a 64x48 screen, mode 1: from the protocol version on
import struct
import zlib


def rect(x, y, w, h, enc):
    return struct.pack('>HHHHi', x, y, w, h, enc)


def update(*rects):
    return struct.pack('>BxH', 0, len(rects)) + b''.join(rects)


def px(rgb):
    return struct.pack('<I', rgb)


z = zlib.compressobj()
zrle_plain = b'\x01' + px(0x00ff00)[:3] + b'\x80' + px(0xff0000)[:3] + b'\xff\x00'
zrle = z.compress(zrle_plain) + z.flush(zlib.Z_SYNC_FLUSH)
hextile = b'\x0e' + px(0xff) + px(0xff0000) + b'\x02\x00\x10\x33\x00' + b'\x01' + px(1) * 16
targets['fuzz_rfb'] += [
    ('raw', b'\x00' + update(rect(1, 1, 2, 2, 0) + px(1) + px(2) + px(3) + px(4))),
    ('copyrect', b'\x00' + update(rect(8, 8, 4, 4, 1) + struct.pack('>HH', 0, 0))),
    ('hextile', b'\x00' + update(rect(0, 0, 20, 2, 5) + hextile)),
    ('zrle', b'\x00' + update(rect(0, 0, 64, 3, 16) + struct.pack('>I', len(zrle)) + zrle)),
    ('cursor-size', b'\x00' + update(rect(1, 1, 2, 2, -239) + px(0xff) * 4 + b'\x80\x40', rect(0, 0, 80, 60, -223))),
    ('cuttext-bell', b'\x00' + b'\x02\x03\x00\x00\x00' + struct.pack('>I', 5) + b'hello'),
    ('handshake-none', b'\x01RFB 003.008\n\x01\x01' + struct.pack('>I', 0) + struct.pack('>HH', 32, 16)
     + bytes.fromhex('2018000100ff00ff00ff100800000000') + struct.pack('>I', 4) + b'name'),
    ('handshake-vnc', b'\x11RFB 003.008\n\x01\x02' + b'c' * 16 + struct.pack('>II', 1, 6) + b'failed'),
    ('handshake-33', b'\x01RFB 003.003\n' + struct.pack('>I', 2) + b'c' * 16 + struct.pack('>I', 0)),
    ('novnc-url', b'\x01http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc'),
]

# The decoder's fast paths (issue 15): Raw rows and ZRLE's compressed bytes taken as they arrive
# (fed in 3- and 7-byte pieces: mode bits 1-3), raw cpixel tiles, packed palettes of 1, 2 and 4
# bits, plain and palette RLE with runs across rows, on 70x10 (two tiles wide) at (1,2) of a screen
# first resized to 100x80.
z2 = zlib.compressobj()
def zrle_rect(plain):
    data = z2.compress(plain) + z2.flush(zlib.Z_SYNC_FLUSH)
    return struct.pack('>I', len(data)) + data
big = update(rect(0, 0, 100, 80, -223))
cp = lambda rgb: px(rgb)[:3]
raw_tile = b'\x00' + b''.join(cp(i * 0x10305) for i in range(64 * 10)) + b'\x00' + b''.join(cp(i) for i in range(6 * 10))
pal2 = b'\x02' + cp(0) + cp(0xffffff) + b'\xa5' * (8 * 10) + b'\x03' + cp(1) + cp(2) + cp(3) + b'\x18' * (2 * 10)
pal16 = b'\x10' + b''.join(cp(i * 0x111111) for i in range(16)) + b'\x0f' * (32 * 10) + b'\x01' + cp(0x123456)
rle = b'\x80' + cp(0xff0000) + b'\xff\x2c' + cp(0xff) + b'\xff\x54' + b'\x82' + cp(5) + cp(6) + b'\x00\x81\x3a'
targets['fuzz_rfb'] += [
    ('raw-rows-split', b'\x06' + update(rect(3, 1, 61, 7, 0) + b''.join(px(i | 0xab000000) for i in range(61 * 7)))),
    ('zrle-raw-tiles-streamed', b'\x08' + big + update(rect(1, 2, 70, 10, 16) + zrle_rect(raw_tile))),
    ('zrle-palettes', b'\x00' + big + update(rect(1, 2, 70, 10, 16) + zrle_rect(pal2), rect(1, 2, 70, 10, 16) + zrle_rect(pal16))),
    ('zrle-rle', b'\x04' + big + update(rect(1, 2, 70, 10, 16) + zrle_rect(rle))),
]

for target, seeds in targets.items():
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    for old in os.listdir(d):
        os.unlink(os.path.join(d, old))
    for name, raw in seeds:
        with open(os.path.join(d, name), 'wb') as f:
            f.write(raw)
    print(f'{target}: {len(seeds)} seeds')
