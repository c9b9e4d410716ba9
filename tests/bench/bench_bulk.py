#!/usr/bin/env python3
# Issue 18 (bulk actions at district scale) against the REAL OpenStack test bed, measured until the
# desktops are in their target state and the command has exited:
#  - create N (default 50; BUILD + WAIT + floating IP): `phoenixctl desktops create` vs a curl
#    script doing the same REST calls (POST server, a 0.5 s listing poll until ACTIVE, then per
#    desktop GET ports, GET floating IPs, POST floating IP, PUT its port);
#  - suspend / resume / stop+start of 50 and of 200 desktops: `phoenixctl desktops
#    suspend|resume|start ...` (process start to exit) vs curl of the same actions in parallel
#    (as many at once as phoenixctl's --concurrency) followed by a GET /servers/detail poll every
#    0.5 s until all are done; the token request is inside both timings;
#  - DETECT on its own line: phoenixctl runs with --detect-timeout 0 (one probe per desktop; the
#    bed's desktops run no guest OS), and the probes' own time is read back from the tasks' stage
#    records (it is inside the phoenixctl time, so it is shown, not hidden);
#  - three workstations (three phoenixctl processes, three users of the school project) with 200
#    tasks between them: the listings and per-desktop GETs each user's requests made, counted in
#    Nova's own request log (/var/log/phoenix-lab/nova-api.log), against one listing per poll gap.
# The desktops (desk.tiny, ubuntu-22.04-desktop, on lab-net-wide or else lab-net) are created once
# and deleted at the end (floating IPs of the create figure are released right after it).
# Run time: 15-40 minutes on 2 shared cores, most of it the bed creating desktops (under a load
# average of 10, 50 creates with floating IPs took ~9 minutes per side). --reuse PREFIX with the
# desktops of a --keep run skips that; --baseline PATH measures a second phoenixctl beside.
# Prints FIGURE lines (tests/bench/run-bench.sh); asserts nothing.
# Without the test bed it says so and exits 0.
# Usage: bench_bulk.py --phoenixctl PATH [--sizes 50,200] [--create 50] [--concurrency 8] [--keep]
#                      [--reuse PREFIX] [--baseline PATH]
import argparse
import concurrent.futures as cf
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ISSUE = "18"
CLOUD = "lab-school"
POLL_S = 0.5


def figure(name, value, unit, target="-", verdict="-", note="-"):
    v = f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    print(f"FIGURE\t{ISSUE}\t{name}\t{v}\t{unit}\t{target}\t{verdict}\t{note}", flush=True)


def say(text):
    print(text, flush=True)


def curl(method, url, token=None, body=None, headers=False, version=None):
    cmd = ["curl", "-sS", "-X", method, url, "-H", "Accept: application/json"]
    if version:
        cmd += ["-H", "X-OpenStack-Nova-API-Version: " + version]
    if token:
        cmd += ["-H", "X-Auth-Token: " + token]
    if body is not None:
        cmd += ["-H", "Content-Type: application/json", "-d", json.dumps(body)]
    if headers:
        cmd += ["-D", "-"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise RuntimeError(f"curl {method} {url}: {p.stderr.strip()}")
    return p.stdout


class Cloud:
    """The curl side: a token and the endpoints of one user, every call a curl process."""

    def __init__(self, clouds, name):
        import yaml
        auth = yaml.safe_load(open(clouds))["clouds"][name]["auth"]
        self.auth = auth
        self.login()

    def login(self):
        a = self.auth
        body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": a["username"], "password": a["password"], "domain": {"name": a.get("user_domain_name", "Default")}}}},
            "scope": {"project": {"name": a["project_name"], "domain": {"name": a.get("project_domain_name", "Default")}}}}}
        out = curl("POST", a["auth_url"].rstrip("/") + "/auth/tokens", body=body, headers=True)
        cut = out.index("\n{")  # the headers (text mode: "\n" line ends), then the JSON body
        head, payload = out[:cut], out[cut + 1:]
        self.token = re.search(r"(?im)^x-subject-token:\s*(\S+)", head).group(1)
        tok = json.loads(payload)["token"]
        self.user_id = tok["user"]["id"]

        def endpoint(kind):
            for svc in tok["catalog"]:
                if svc["type"] == kind:
                    return [e["url"] for e in svc["endpoints"] if e["interface"] == "public"][0].rstrip("/")
        self.nova = endpoint("compute")
        self.neutron = endpoint("network").rstrip("/") + "/v2.0"
        self.glance = endpoint("image")

    def get(self, url):
        return json.loads(curl("GET", url, self.token))

    def servers(self):
        return self.get(self.nova + "/servers/detail")["servers"]


def done_states(servers, ids, target):
    by_id = {s["id"]: s for s in servers}
    left = 0
    for i in ids:
        s = by_id.get(i)
        if target == "gone":
            left += s is not None
        elif not s or s["status"] != target or s.get("OS-EXT-STS:task_state"):
            left += 1
    return left


def poll_until(cloud, ids, target, timeout=900):
    t0 = time.monotonic()
    polls = 0
    while True:
        servers = cloud.servers()
        polls += 1
        if done_states(servers, ids, target) == 0:
            return polls
        if time.monotonic() - t0 > timeout:
            raise RuntimeError(f"{done_states(servers, ids, target)} of {len(ids)} not {target} after {timeout} s")
        time.sleep(POLL_S)


class Ctl:
    def __init__(self, path, clouds, home, cloud=CLOUD):
        self.path = path
        self.env = dict(os.environ)
        self.env.update({"OS_CLIENT_CONFIG_FILE": clouds, "OS_CLOUD": cloud,
                         "XDG_CONFIG_HOME": os.path.join(home, "config"),
                         "XDG_DATA_HOME": os.path.join(home, "data"),
                         "QT_LOGGING_RULES": "phoenix.*.debug=false"})
        os.makedirs(os.path.join(home, "config", "Phoenix"), exist_ok=True)
        self.db = os.path.join(home, "phoenix.db")

    def popen(self, *args):
        # Each command starts on a journal and inventory cache of its own, as on a workstation's first run.
        self.runs = getattr(self, "runs", 0) + 1
        db = f"{self.db}.{self.runs}"
        return subprocess.Popen([self.path, *args, "--db", db, "--json"], env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run(self, *args, timeout=1800):
        t0 = time.monotonic()
        p = self.popen(*args)
        out, err = p.communicate(timeout=timeout)
        took = time.monotonic() - t0
        if p.returncode != 0:
            say(f"  phoenixctl {' '.join(args[:2])} exited {p.returncode}: {err.strip()[-600:]}")
        try:
            result = json.loads(out)
        except ValueError:
            result = {}
        return took, result


def stage_seconds(result, stage):
    """Sum and wall span of a stage over the tasks' records (phoenixctl --json)."""
    total, first, last = 0.0, None, None
    import datetime as dt

    def ts(v):
        return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).timestamp()
    for t in result.get("tasks", []):
        for r in t.get("stages", []):
            if r.get("stage") != stage or not r.get("started") or not r.get("finished"):
                continue
            a, b = ts(r["started"]), ts(r["finished"])
            total += b - a
            first = a if first is None else min(first, a)
            last = b if last is None else max(last, b)
    return total, (last - first) if first is not None else 0.0


def parallel(n, fn, items):
    with cf.ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(fn, items))


def curl_action(cloud, ids, action, conc):
    """The anchor: token, the actions in parallel, then a 0.5 s listing poll until done."""
    target = {"suspend": "SUSPENDED", "resume": "ACTIVE", "os-start": "ACTIVE", "os-stop": "SHUTOFF"}[action]
    t0 = time.monotonic()
    cloud.login()
    parallel(conc, lambda i: curl("POST", f"{cloud.nova}/servers/{i}/action", cloud.token, {action: None}), ids)
    polls = poll_until(cloud, ids, target)
    return time.monotonic() - t0, polls


def ensure_state(cloud, ids, target, conc):
    """Unmeasured: brings the desktops into a state (curl)."""
    servers = {s["id"]: s for s in cloud.servers()}
    action = {"SUSPENDED": "suspend", "SHUTOFF": "os-stop", "ACTIVE": None}[target]
    todo = []
    for i in ids:
        st = servers.get(i, {}).get("status")
        if st == target:
            continue
        if target == "ACTIVE":
            todo.append((i, "resume" if st == "SUSPENDED" else "os-start"))
        else:
            todo.append((i, action))
    parallel(conc, lambda x: curl("POST", f"{cloud.nova}/servers/{x[0]}/action", cloud.token, {x[1]: None}), todo)
    poll_until(cloud, ids, target)


def network_id(cloud):
    nets = cloud.get(cloud.neutron + "/networks")["networks"]
    for name in ("lab-net-wide", "lab-net"):
        for n in nets:
            if n["name"] == name:
                return name, n["id"]
    raise RuntimeError("no lab-net")


def curl_create(cloud, prefix, count, conc, net_id, flavor_id, image_id):
    """The anchor of the create figure: the same REST calls as the engine's BUILD, WAIT, FLOATING."""
    t0 = time.monotonic()
    cloud.login()
    ext = [n["id"] for n in cloud.get(cloud.neutron + "/networks?router:external=True")["networks"]][0]

    def build(k):
        body = {"server": {"name": f"{prefix}-{k:03d}", "flavorRef": flavor_id, "imageRef": image_id,
                           "networks": [{"uuid": net_id}]}}
        return json.loads(curl("POST", cloud.nova + "/servers", cloud.token, body))["server"]["id"]
    ids = parallel(conc, build, range(1, count + 1))
    poll_until(cloud, ids, "ACTIVE")

    def fip(i):
        port = cloud.get(f"{cloud.neutron}/ports?device_id={i}")["ports"][0]
        cloud.get(cloud.neutron + "/floatingips")
        f = json.loads(curl("POST", cloud.neutron + "/floatingips", cloud.token,
                            {"floatingip": {"floating_network_id": ext}}))["floatingip"]
        curl("PUT", f"{cloud.neutron}/floatingips/{f['id']}", cloud.token,
             {"floatingip": {"port_id": port["id"], "fixed_ip_address": port["fixed_ips"][0]["ip_address"]}})
    parallel(conc, fip, ids)
    return time.monotonic() - t0, ids


def release_fips(cloud, ids, conc):
    ports = set()
    for i in ids:
        ports.update(p["id"] for p in cloud.get(f"{cloud.neutron}/ports?device_id={i}")["ports"])
    fips = [f["id"] for f in cloud.get(cloud.neutron + "/floatingips")["floatingips"] if f.get("port_id") in ports]
    parallel(conc, lambda f: curl("DELETE", f"{cloud.neutron}/floatingips/{f}", cloud.token), fips)
    return len(fips)


def nova_log_counts(path, offset, users):
    """Listings and per-desktop GETs per user in Nova's request log since offset."""
    counts = {u: {"list": 0, "get": 0, "other": 0} for u in users}
    line_re = re.compile(r"\[None req-\S+ (\S+) \S+ .*?\] \S+ \"(GET|POST|PUT|DELETE) (\S+)\"")
    with open(path, errors="replace") as f:
        f.seek(offset)
        for line in f:
            m = line_re.search(line)
            if not m or m.group(1) not in counts:
                continue
            url = m.group(3).split("?")[0]
            c = counts[m.group(1)]
            if m.group(2) == "GET" and url.endswith("/servers/detail"):
                c["list"] += 1
            elif m.group(2) == "GET" and re.search(r"/servers/[0-9a-f-]{36}$", url):
                c["get"] += 1
            else:
                c["other"] += 1
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--phoenixctl", required=True)
    ap.add_argument("--sizes", default="50,200")
    ap.add_argument("--create", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--keep", action="store_true", help="leave the desktops (debugging)")
    ap.add_argument("--reuse", default="", help="take the desktops named PREFIX* (a --keep run's) instead of creating them")
    ap.add_argument("--verbs", default="suspend,resume,start")
    ap.add_argument("--fill", choices=("multi", "curl"), default="multi",
                    help="how the desktops beyond the created ones are made: Nova multi-create without ports, or one curl each on the network")
    ap.add_argument("--workstations", type=int, default=-1, help="desktops for the three-workstation figure (default: the largest size; 0: skip)")
    ap.add_argument("--baseline", default="", help="a second phoenixctl (e.g. the build before a change) measured beside")
    a = ap.parse_args()
    clouds = os.environ.get("PHOENIX_TEST_CLOUDS", "/var/lib/phoenix-lab/clouds.yaml")
    if not os.path.exists(clouds):
        say(f"bench_bulk: {clouds} does not exist (run tests/openstack/up.sh); skipped")
        return 0
    sizes = [int(x) for x in a.sizes.split(",") if x]
    total = max(sizes)
    conc = a.concurrency
    home = tempfile.mkdtemp(prefix="bench-bulk-")
    ctl = Ctl(a.phoenixctl, clouds, home)
    base = Ctl(a.baseline, clouds, tempfile.mkdtemp(prefix="bench-bulk-base-")) if a.baseline else None
    cloud = Cloud(clouds, CLOUD)
    prefix = a.reuse or "bulk%d" % (int(time.time()) % 100000)
    net_name, net_id = network_id(cloud)
    flavor_id = [f["id"] for f in cloud.get(cloud.nova + "/flavors")["flavors"] if f["name"] == "desk.tiny"][0]
    image_id = [i["id"] for i in cloud.get(cloud.glance + "/v2/images?name=ubuntu-22.04-desktop")["images"]][0]
    opts = ["--concurrency", str(conc), "--detect-timeout", "0"]
    say(f"bench_bulk: desktops {prefix}-*, network {net_name}, concurrency {conc}, poll {POLL_S} s for curl, "
        f"load {open('/proc/loadavg').read().split()[:3]}")
    ids = []
    try:
        if a.reuse:
            ids = [s["id"] for s in sorted(cloud.servers(), key=lambda s: s["name"]) if s["name"].startswith(a.reuse)]
            say(f"  reusing {len(ids)} desktops {a.reuse}*; {release_fips(cloud, ids, conc)} floating IPs released")
        # --- create N: phoenixctl vs curl ------------------------------------------------------
        n = a.create if not a.reuse else 0
        if n > 0:
            took_ctl, res = ctl.run("desktops", "create", "--name-template", f"{prefix}c-{{n:03}}", "--count", str(n),
                                    "--image", "ubuntu-22.04-desktop", "--flavor", "desk.tiny", "--network", net_name, *opts)
            ctl_ids = [t.get("server_id") for t in res.get("tasks", [])]
            ctl_ids = [i for i in ctl_ids if i]
            if len(ctl_ids) < n:
                ctl_ids = [s["id"] for s in cloud.servers() if s["name"].startswith(f"{prefix}c-")]
            det_sum, det_span = stage_seconds(res, "detect")
            took_curl, curl_ids = curl_create(cloud, f"{prefix}k", n, conc, net_id, flavor_id, image_id)
            ids = ctl_ids + curl_ids
            say(f"create {n}: phoenixctl {took_ctl:.1f} s ({res.get('done', '?')} done, {res.get('failed', '?')} failed), "
                f"curl {took_curl:.1f} s; DETECT inside phoenixctl: {det_sum:.1f} s summed, {det_span:.1f} s wall")
            figure(f"create {n} (BUILD+WAIT+floating IP): phoenixctl, start to exit", took_ctl, "s")
            figure(f"create {n}: curl script, same calls, -P {conc}, 0.5 s poll", took_curl, "s")
            figure(f"create {n}: phoenixctl / curl", took_ctl / took_curl, "x", "<= 1.2x",
                   "met" if took_ctl / took_curl <= 1.2 else "missed")
            figure(f"create {n}: DETECT (--detect-timeout 0: one probe each), wall span inside phoenixctl", det_span, "s")
            say(f"  released {release_fips(cloud, ids, conc)} floating IPs")
        # --- the rest of the desktops, unmeasured -----------------------------------------------
        more = total - len(ids)
        if more > 0:
            t0 = time.monotonic()
            if a.fill == "multi":
                # Nova's multi-create, 50 a request and without a port: the bed makes one networked
                # desktop every ~6 s, while suspend, resume and start never touch the ports.
                batches = [(k, min(50, more - k * 50)) for k in range((more + 49) // 50)]
                for k, count in batches:
                    reply = json.loads(curl("POST", cloud.nova + "/servers", cloud.token, {"server": {
                        "name": f"{prefix}b{k:02d}", "flavorRef": flavor_id, "imageRef": image_id, "networks": "none",
                        "min_count": count, "max_count": count}}, version="2.37"))
                    if "server" not in reply:
                        raise RuntimeError(f"multi-create refused: {json.dumps(reply)[:300]}")
                made = [s["id"] for s in sorted(cloud.servers(), key=lambda s: s["name"]) if s["name"].startswith(f"{prefix}b")]
                if len(made) != more:
                    raise RuntimeError(f"multi-create: {len(made)} of {more} desktops listed")
                ids += made
            else:
                ids += parallel(conc, lambda k: json.loads(curl("POST", cloud.nova + "/servers", cloud.token, {"server": {
                    "name": f"{prefix}b-{k:03d}", "flavorRef": flavor_id, "imageRef": image_id,
                    "networks": [{"uuid": net_id}]}}))["server"]["id"], range(1, more + 1))
            poll_until(cloud, ids, "ACTIVE")
            say(f"  {more} more desktops created ({a.fill}) in {time.monotonic() - t0:.1f} s (setup)")
        if len(ids) < total:
            say(f"bench_bulk: only {len(ids)} of {total} desktops; no figures")
            return 1
        names = {s["id"]: s["name"] for s in cloud.servers() if s["id"] in set(ids)}
        # --- bulk actions ----------------------------------------------------------------------
        for size in sizes:
            sel = ids[:size]
            sel_names = [names[i] for i in sel]
            for verb, before, curl_verb, target in (("suspend", "ACTIVE", "suspend", "SUSPENDED"),
                                                    ("resume", "SUSPENDED", "resume", "ACTIVE"),
                                                    ("start", "SHUTOFF", "os-start", "ACTIVE")):
                if verb not in a.verbs.split(","):
                    continue
                ensure_state(cloud, sel, before, conc)
                took_c, polls = curl_action(cloud, sel, curl_verb, conc)
                ensure_state(cloud, sel, before, conc)
                took_p, res = ctl.run("desktops", verb, *sel_names, *opts)
                left = done_states(cloud.servers(), sel, target)
                if base:
                    ensure_state(cloud, sel, before, conc)
                    took_b, res_b = base.run("desktops", verb, *sel_names, *opts)
                    say(f"{verb} {size}: baseline phoenixctl {took_b:.1f} s ({res_b.get('done', '?')} done)")
                    figure(f"{verb} {size}: baseline phoenixctl ({os.path.basename(a.baseline)}) / curl", took_b / took_c, "x")
                det_sum, det_span = stage_seconds(res, "detect")
                ratio = took_p / took_c
                say(f"{verb} {size}: phoenixctl {took_p:.1f} s ({res.get('done', '?')} done, {left} not {target} after exit), "
                    f"curl {took_c:.1f} s ({polls} polls); DETECT {det_sum:.1f} s summed, {det_span:.1f} s wall")
                figure(f"{verb} {size}: phoenixctl until all {target}, start to exit", took_p, "s")
                figure(f"{verb} {size}: curl -P {conc} + 0.5 s poll until all {target}", took_c, "s")
                figure(f"{verb} {size}: phoenixctl / curl", ratio, "x", "<= 1.05x", "met" if ratio <= 1.05 else "missed")
                if det_span > 0:
                    figure(f"{verb} {size}: DETECT wall span inside phoenixctl (one probe each)", det_span, "s")
        # --- three workstations, 200 tasks between them ---------------------------------------
        sel = ids[:total if a.workstations < 0 else a.workstations]
        if sel:
            ensure_state(cloud, sel, "ACTIVE", conc)
        users = ["lab-school", "lab-teacher", "lab-teacher2"]
        log = "/var/log/phoenix-lab/nova-api.log"
        if sel and os.access(log, os.R_OK):
            uid = {}
            for u in users:
                uid[u] = Cloud(clouds, u).user_id
            offset = os.path.getsize(log)
            procs = []
            t0 = time.monotonic()
            for k, u in enumerate(users):
                h = tempfile.mkdtemp(prefix=f"bench-bulk-ws{k}-")
                part = [names[i] for i in sel[k::3]]
                procs.append((u, time.monotonic(), Ctl(a.phoenixctl, clouds, h, u).popen("desktops", "suspend", *part, *opts)))
            ends = {}
            for u, started, p in procs:
                p.communicate(timeout=1800)
                ends[u] = time.monotonic() - started
            time.sleep(2)  # the log is written after the reply
            counts = nova_log_counts(log, offset, list(uid.values()))
            worst = 0.0
            gets = 0
            for u in users:
                c = counts[uid[u]]
                # one listing to resolve the names, then one per poll gap while tasks wait
                allowed = 1 + ends[u] / POLL_S
                worst = max(worst, c["list"] / allowed)
                gets += c["get"]
                say(f"  workstation {u}: {ends[u]:.1f} s, {c['list']} listings, {c['get']} per-desktop GETs, "
                    f"{c['other']} other requests (at most {allowed:.0f} listings at one per {POLL_S} s)")
            figure(f"3 workstations, {len(sel)} tasks: listings / (1 + run time / 0.5 s gap), worst workstation", worst, "x",
                   "<= 1", "met" if worst <= 1 else "missed")
            figure(f"3 workstations, {len(sel)} tasks: per-desktop GETs seen by Nova", gets, "", "0", "met" if gets == 0 else "missed")
        else:
            say(f"  {log} not readable: the workstation figure is skipped")
    finally:
        if ids and not a.keep:
            try:
                release_fips(cloud, ids, conc)
                cloud.login()
                parallel(conc, lambda i: curl("DELETE", f"{cloud.nova}/servers/{i}", cloud.token), ids)
                poll_until(cloud, ids, "gone")
                say(f"bench_bulk: deleted the {len(ids)} desktops")
            except Exception as e:  # noqa: BLE001 - the clean-up must report, not hide, the first error
                say(f"bench_bulk: clean-up failed: {e}")
        say(f"bench_bulk: load average {open('/proc/loadavg').read().split()[:3]} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
