#!/usr/bin/env python3
# Issue 18 figure: `phoenixctl desktops list` with 1,000 desktops, against curl fetching the same
# pages (token, the compute version document, /servers/detail pages following Nova's next links,
# with the same microversion header) — on the demo cloud (`phoenix-democloud --desktops 1000`,
# realistic latency) and on the REAL OpenStack test bed (1,000 servers made for the run with Nova's
# multi-create and `networks: none`, deleted at the end). Methods alternate in adjacent rounds and
# the ratio is taken per round (the machine is shared), then the median of the rounds' ratios.
# The anchor is one curl process per request (token, version document, the pages — their URLs found by
# an untimed pass, so the timed script parses nothing); phoenixctl is timed from process start to exit
# with its table printed. The sum of curl's own request times is printed as a stricter second anchor.
# Goal: phoenixctl <= 1.1x curl. Also prints the openstack CLI for scale.
# Takes ~1 min on the demo cloud and ~10-20 min on the bed (making and deleting 1,000 servers; the
# fake driver's builds go on in the background while the listings are measured).
# Prints FIGURE lines (tests/bench/run-bench.sh); asserts nothing. Without the bed that part says so.
# Usage: bench_list.py --phoenixctl PATH --democloud PATH [--desktops 1000] [--rounds 5] [--no-bed] [--no-demo]
import argparse
import concurrent.futures as cf
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ISSUE = "18"
MICROVERSION = "2.79"  # what phoenixctl sends for a listing
PREFIX = "phoenix-benchlist-"

CURL = r'''
# the same requests as phoenixctl, one curl each: token, version document, the server pages (their
# URLs found by an untimed pass first, so no parsing is timed here); prints the sum of curl's own
# request times (s), the network part alone
auth=$1; user=$2; pass=$3; project=$4; nova=$5; shift 5; t=$(mktemp)
w='%{stderr}%{time_total}\n'
token=$(curl -s -w "$w" -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"$user\", \"domain\": {\"name\": \"Default\"}, \"password\": \"$pass\"}}}, \"scope\": {\"project\": {\"name\": \"$project\", \"domain\": {\"name\": \"Default\"}}}}}" \
  "$auth/auth/tokens" 2>>"$t" | tr -d '\r' | sed -n 's/^[Xx]-[Ss]ubject-[Tt]oken: //p')
curl -s -w "$w" -o /dev/null -H "X-Auth-Token: $token" "$nova" 2>>"$t"
for url in "$@"; do
  curl -s -w "$w" -o /dev/null -H "X-Auth-Token: $token" -H 'OpenStack-API-Version: compute 2.79' "$url" 2>>"$t"
done
awk '{ s += $1 } END { print s }' "$t"; rm -f "$t"
'''


def figure(name, value, unit, target="-", verdict="-", note="-"):
    v = f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    print(f"FIGURE\t{ISSUE}\t{name}\t{v}\t{unit}\t{target}\t{verdict}\t{note}", flush=True)


def say(text):
    print("  " + text, flush=True)


def timed(cmd, env=None, timeout=600):
    t = time.monotonic()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    ms = (time.monotonic() - t) * 1000
    return ms, p


class Api:
    """Just enough of Keystone and Nova (stdlib HTTP) to make and delete the bed's servers."""

    def __init__(self, auth):
        self.auth = auth
        body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": auth["username"], "domain": {"name": auth.get("user_domain_name", "Default")},
            "password": auth["password"]}}}, "scope": {"project": {
                "name": auth["project_name"], "domain": {"name": auth.get("project_domain_name", "Default")}}}}}
        req = urllib.request.Request(auth["auth_url"].rstrip("/") + ("" if auth["auth_url"].rstrip("/").endswith("/v3") else "/v3")
                                     + "/auth/tokens", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            self.token = r.headers["X-Subject-Token"]
            catalog = json.load(r)["token"]["catalog"]
        self.nova = self.endpoint(catalog, "compute")
        self.glance = self.endpoint(catalog, "image")

    @staticmethod
    def endpoint(catalog, kind):
        for svc in catalog:
            if svc["type"] == kind:
                for e in svc["endpoints"]:
                    if e["interface"] == "public":
                        return e["url"].rstrip("/")
        raise RuntimeError(f"no {kind} endpoint")

    def call(self, method, url, body=None, version=MICROVERSION):
        req = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"X-Auth-Token": self.token, "Content-Type": "application/json",
                                              "OpenStack-API-Version": "compute " + version})
        with urllib.request.urlopen(req, timeout=300) as r:
            data = r.read()
            return json.loads(data) if data else None

    def servers(self, prefix=None):
        out, url = [], self.nova + "/servers/detail" + (f"?name=^{prefix}" if prefix else "")
        while url:
            page = self.call("GET", url)
            out += page["servers"]
            url = next((l["href"] for l in page.get("servers_links", []) if l["rel"] == "next"), None)
        return out


def page_urls(api):
    """The server pages' URLs as Nova links them (what phoenixctl and the curl script request)."""
    urls, count, url = [], 0, api.nova + "/servers/detail"
    while url:
        urls.append(url)
        page = api.call("GET", url)
        count += len(page["servers"])
        url = next((l["href"] for l in page.get("servers_links", []) if l["rel"] == "next"), None)
    return urls, count


def ratio_rounds(rounds, ctl_cmd, ctl_env, curl_args, api, cli_cmd=None):
    ctl, raw, wire, cli, ratios, rows = [], [], [], [], [], 0
    pages, listed = page_urls(api)
    for i in range(rounds):
        a, p = timed(ctl_cmd, env=ctl_env)
        if p.returncode != 0:
            say(f"phoenixctl failed ({p.returncode}): {p.stderr.strip()[:300]}")
            return None
        rows = sum(1 for line in p.stdout.splitlines() if line and not line.startswith(("NAME", "---")))
        b, q = timed(["bash", "-c", CURL, "curl-list", *curl_args, *pages])
        net = float(q.stdout.split()[0]) * 1000 if q.stdout.split() else b
        ctl.append(a)
        raw.append(b)
        wire.append(net)
        ratios.append(a / b)
        if cli_cmd and i < 3:
            c, r = timed(cli_cmd, env=ctl_env)
            if r.returncode == 0:
                cli.append(c)
        say(f"round {i + 1}: phoenixctl {a:.0f} ms ({rows} rows); curl script {b:.0f} ms ({len(pages)} pages, {listed} servers; "
            f"curl's request times {net:.0f} ms): {a / b:.2f}x")
    return ctl, raw, wire, cli, ratios, listed, rows


def report(where, res, desktops):
    ctl, raw, wire, cli, ratios, listed, rows = res
    r = statistics.median(ratios)
    figure(f"`phoenixctl desktops list`, {desktops} desktops ({where}), median of {len(ctl)}", statistics.median(ctl), "ms",
           note=f"process start to exit, table printed; {rows} rows; max {max(ctl):.0f} ms")
    figure(f"curl: token + version document + the same server pages ({where}), median of {len(raw)}", statistics.median(raw), "ms",
           note=f"one curl per request, {listed} servers; curl's own request times alone {statistics.median(wire):.0f} ms")
    figure(f"phoenixctl / curl, {desktops} desktops ({where}), median of the rounds' ratios", r, "x", "<= 1.1x",
           "met" if r <= 1.1 else "missed", "rounds: " + ", ".join(f"{x:.2f}" for x in ratios))
    figure(f"phoenixctl / curl's request times alone, {desktops} desktops ({where})", statistics.median(ctl) / statistics.median(wire),
           "x", note="stricter: without curl's process starts; what a client's own start-up, parsing and printing cost")
    if cli:
        figure(f"`openstack server list --long`, {desktops} desktops ({where}), median of {len(cli)}", statistics.median(cli), "ms",
               note=f"{statistics.median(cli) / statistics.median(ctl):.1f}x phoenixctl")


def ctl_env(home, clouds):
    env = dict(os.environ)
    env.update({"OS_CLIENT_CONFIG_FILE": clouds, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CACHE_HOME": os.path.join(home, "cache"),
                "QT_LOGGING_RULES": "phoenix.*.debug=false"})
    return env


def demo_part(a):
    print(f"\n== `phoenixctl desktops list` vs curl, demo cloud grown to {a.desktops} desktops (latency 20-120 ms a request)",
          flush=True)
    home = tempfile.mkdtemp(prefix="bench-list-demo-")
    clouds = os.path.join(home, "clouds.yaml")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    demo = subprocess.Popen([a.democloud, "--port", str(port), "--desktops", str(a.desktops), "--clouds-yaml", clouds],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in demo.stdout:
            if line.startswith("Ctrl+C"):
                break
        else:
            say("the demo cloud did not start; skipped")
            return
        env = ctl_env(home, clouds)
        api = Api({"auth_url": f"http://127.0.0.1:{port}/identity/v3", "username": "labadmin", "password": "phoenix-demo",
                   "project_name": "school"})
        res = ratio_rounds(a.rounds, [a.phoenixctl, "--os-cloud", "phoenix-demo", "desktops", "list", "--all"], env,
                           [f"http://127.0.0.1:{port}/identity/v3", "labadmin", "phoenix-demo", "school", api.nova], api,
                           ["openstack", "--os-cloud", "phoenix-demo", "server", "list", "--long"])
        if res:
            report("demo cloud", res, a.desktops)
    finally:
        demo.terminate()
        demo.wait()


def bed_part(a):
    clouds = os.environ.get("PHOENIX_TEST_CLOUDS", "/var/lib/phoenix-lab/clouds.yaml")
    print(f"\n== `phoenixctl desktops list` vs curl, test bed with {a.desktops} desktops in the project", flush=True)
    if not os.path.exists(clouds):
        say(f"{clouds} does not exist (run tests/openstack/up.sh); skipped")
        return
    import yaml
    auth = yaml.safe_load(open(clouds))["clouds"]["lab-school"]["auth"]
    try:
        api = Api(auth)
    except (OSError, urllib.error.URLError) as e:
        say(f"the test bed does not answer ({e}); skipped")
        return
    have = len(api.servers())  # an interrupted run's servers count too (they are deleted at the end)
    want = max(0, a.desktops - have)
    flavor = next(f["id"] for f in api.call("GET", api.nova + "/flavors")["flavors"] if f["name"] == "desk.tiny")
    image = api.call("GET", api.glance + "/v2/images?name=ubuntu-22.04-desktop", version="2.1")["images"][0]["id"]
    t = time.monotonic()
    batch = 50  # Nova's multi-create: one request, one scheduling decision for many servers

    def create(i):
        n = min(batch, want - i)
        api.call("POST", api.nova + "/servers", {"server": {
            "name": f"{PREFIX}{int(time.time()) % 100000}-{i // batch:03d}", "imageRef": image, "flavorRef": flavor, "networks": "none",
            "min_count": n, "max_count": n, "metadata": {"phoenix:role": "student"}}})
        return n

    with cf.ThreadPoolExecutor(4) as pool:
        made = sum(pool.map(create, range(0, want, batch)))
    # A listing's cost does not depend on the servers' states: the fake driver's builds may go on
    # while the listings are measured (both methods list the same servers in the same rounds).
    mine = api.servers(PREFIX)
    states = {}
    for srv in mine:
        states[srv["status"]] = states.get(srv["status"], 0) + 1
    say(f"made {made} servers in {time.monotonic() - t:.0f} s; the benchmark's servers now: {len(mine)} "
        f"({', '.join(f'{n} {k}' for k, n in sorted(states.items()))}); the project: {len(api.servers())}")
    try:
        home = tempfile.mkdtemp(prefix="bench-list-bed-")
        env = ctl_env(home, clouds)
        base = auth["auth_url"].rstrip("/")
        res = ratio_rounds(a.rounds, [a.phoenixctl, "--os-cloud", "lab-school", "desktops", "list", "--all"], env,
                           [base if base.endswith("/v3") else base + "/v3", auth["username"], auth["password"],
                            auth["project_name"], api.nova], api,
                           ["openstack", "--os-cloud", "lab-school", "server", "list", "--long"])
        if res:
            report("test bed", res, res[5])
    finally:
        t = time.monotonic()
        left = delete_ours(api)
        say(f"deleted the benchmark's servers in {time.monotonic() - t:.0f} s ({left} left)")


def delete_ours(api):
    """Deletes the benchmark's servers, asking again for those a busy bed left in ERROR; returns how many are left."""
    def alive():
        return [s for s in api.servers(PREFIX) if s["status"] != "DELETED"]

    def delete(s):
        try:
            api.call("DELETE", api.nova + "/servers/" + s["id"])
        except urllib.error.HTTPError as e:
            if e.code not in (404, 409):
                say(f"delete {s['name']}: HTTP {e.code}")

    t = time.monotonic()
    left = alive()
    while left and time.monotonic() - t < 1200:
        with cf.ThreadPoolExecutor(4) as pool:  # gently: Neutron's connection pool is small on the bed
            list(pool.map(delete, [s for s in left if s.get("OS-EXT-STS:task_state") != "deleting"]))
        for _ in range(15):
            time.sleep(2)
            left = alive()
            if not left or all(s["status"] == "ERROR" and not s.get("OS-EXT-STS:task_state") for s in left):
                break
    return len(left)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--phoenixctl", required=True)
    ap.add_argument("--democloud", required=True)
    ap.add_argument("--desktops", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-bed", action="store_true")
    ap.add_argument("--no-demo", action="store_true")
    a = ap.parse_args()
    print(f"bench_list: `phoenixctl desktops list` with {a.desktops} desktops vs curl of the same pages", flush=True)
    if not a.no_demo:
        demo_part(a)
    if not a.no_bed:
        bed_part(a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
