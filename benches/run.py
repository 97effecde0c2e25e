"""Runs the benchmark scenarios of scripts/bench.sh and prints medians and ratios.

Each scenario runs our tool and its peer against the same loopback simulator in the
same run, alternating them, ROUNDS times; wall time and peak RSS come from
/usr/bin/time. Usage (normally through scripts/bench.sh):

    run.py --secops BIN --scenarios BIN --python PY --sim-url URL [--rounds N] [--quick]

`--only norm` (not in the default: about 10 minutes) runs the normalised-output
scenario: `secops sie fetch --format stix|ocsf` against benches/peers/sie_normalize.py
(requests + orjson doing the same mapping), after checking on a small window that
both write the same lines byte for byte.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


# CPU seconds (user + sys) of the last command measured; `alternate` adds it to
# each sample as a fourth field.
LAST_CPU = [0.0]


def measure(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (seconds, max_rss_kib, stdout) and
    leaves the process's user+sys CPU seconds in LAST_CPU."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%M", "-o", tf.name] + cmd
        # CPU from getrusage (microseconds), not /usr/bin/time's 10 ms ticks:
        # a 50,000-object pull costs the client well under 100 ms.
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        LAST_CPU[0] = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        if p.returncode != 0:
            sys.exit(f"benchmark command failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
        parts = tf.read().split()
        rss = int(parts[-1]) if parts else 0
    return wall, rss, p.stdout


def fresh(path):
    """Removes a previous run's output (and its leftovers) before the next run, so
    that no tool pays, inside its timing, for freeing the last run's file."""
    for p in (path, path + ".partial"):
        if os.path.exists(p):
            os.remove(p)


def alternate(rounds, variants):
    """variants: {name: callable() -> (secs, rss, units)}. Returns {name: [samples]}."""
    out = {name: [] for name in variants}
    names = list(variants)
    for r in range(rounds):
        # Every other round in reverse order: a run measured right after
        # another one is not always as fast as one measured first (seen here as
        # a 7-12 % swing on the 70 ms TAXII pull), so no variant keeps one slot.
        for name in names if r % 2 == 0 else names[::-1]:
            out[name].append(tuple(variants[name]()) + (LAST_CPU[0],))
    return out


def med(samples, i):
    return statistics.median(s[i] for s in samples)


ROWS = []


def row(scenario, ours_name, peer_name, res, unit, target, higher_is_better=True):
    o, p = res[ours_name], res[peer_name]
    o_rate = med([(s[2] / s[0],) for s in o], 0)
    p_rate = med([(s[2] / s[0],) for s in p], 0)
    ratio = o_rate / p_rate if higher_is_better else p_rate / o_rate
    ROWS.append({
        "scenario": scenario, "ours": ours_name, "peer": peer_name,
        "ours_rate": o_rate, "peer_rate": p_rate, "unit": unit, "ratio": ratio,
        "ours_rss_mib": med(o, 1) / 1024, "peer_rss_mib": med(p, 1) / 1024,
        "ours_secs": med(o, 0), "peer_secs": med(p, 0), "target": target,
    })


CPU_ROWS = []
IR_ROWS = []
NOTES = []


def cpu_rows(scenario, res, peer_name, unit="obj"):
    """Client CPU (user+sys of the client process) per unit: median and range
    over the rounds, and the peer's median over each variant's."""
    peer = statistics.median(s[3] / s[2] for s in res[peer_name])
    for name, samples in res.items():
        per = sorted(s[3] / s[2] * 1e6 for s in samples)
        CPU_ROWS.append({
            "scenario": scenario, "variant": name, "unit": unit, "rounds": len(per),
            "median_us": statistics.median(per), "min_us": per[0], "max_us": per[-1],
            "vs_peer": peer * 1e6 / statistics.median(per) if per[0] > 0 else float("nan"),
        })


def print_table():
    print()
    print(f"{'scenario':<22} {'ours':<26} {'peer':<26} {'ours/s':>12} {'peer/s':>12} {'unit':<8} {'ratio':>7} {'target':>7} {'ours RSS':>9} {'peer RSS':>9}")
    for r in ROWS:
        print(f"{r['scenario']:<22} {r['ours']:<26} {r['peer']:<26} {r['ours_rate']:>12.1f} {r['peer_rate']:>12.1f} {r['unit']:<8} {r['ratio']:>6.2f}x {r['target']:>7} {r['ours_rss_mib']:>7.1f}Mi {r['peer_rss_mib']:>7.1f}Mi")
    print("(medians; ratio = ours / peer for rates)")
    if CPU_ROWS:
        print()
        print(f"{'client CPU (user+sys)':<22} {'variant':<30} {'rounds':>6} {'median':>10} {'range':>19} {'peer/this':>9}")
        for r in CPU_ROWS:
            rng = f"{r['min_us']:.2f}-{r['max_us']:.2f}"
            print(f"{r['scenario']:<22} {r['variant']:<30} {r['rounds']:>6} {r['median_us']:>7.2f}us/{r['unit']:<3} {rng:>15} {r['vs_peer']:>8.2f}x")
        print("(CPU microseconds per object of the client process alone; the server is not counted)")
    for note in NOTES:
        print(note)
    for this, base in IR_ROWS:
        print(f"\nTAXII CLI instructions per object (callgrind): this build {this:.0f}, base build {base:.0f}, "
              f"change {100 * (this / base - 1):+.2f}%")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--secops", required=True)
    ap.add_argument("--scenarios", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--sim-url", required=True, help="simulator origin, e.g. http://127.0.0.1:PORT")
    ap.add_argument("--slow-sim-url", required=True, help="simulator with 20 ms latency")
    ap.add_argument("--taxii-user", default="analyst")
    ap.add_argument("--taxii-key", required=True)
    ap.add_argument("--sie-key", required=True)
    ap.add_argument("--dd-key", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", default="taxii,sie,dojo,retry")
    ap.add_argument("--sie-window", default="2026-11-01T00:00:00Z/2026-11-01T02:00:00Z",
                    help="SIE window START/END whose body is about 1 GiB (bench.sh sets the simulator's rate)")
    ap.add_argument("--sie-small-window", default="2026-11-01T00:00:00Z/2026-11-01T00:15:00Z",
                    help="SIE window START/END whose body is about 128 MiB")
    ap.add_argument("--norm-check-window", default="2026-11-01T00:00:00Z/2026-11-01T00:02:00Z",
                    help="SIE window START/END on which norm compares our output with the peer's")
    ap.add_argument("--json-out")
    ap.add_argument("--secops-base", help="another secops build to compare the TAXII CLI's CPU per object with")
    a = ap.parse_args()
    only = set(a.only.split(","))
    # Outputs go to tmpfs when there is one, so that disk writeback does not decide
    # which tool looks faster (both write the same bytes).
    work = tempfile.mkdtemp(prefix="secops-bench-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    env = dict(os.environ, SECOPS_LOG="error")
    taxii_api = f"{a.sim_url}/taxii/api1/"
    discovery = f"{a.sim_url}/taxii/taxii2/"
    coll = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001"
    coll_url = f"{taxii_api}collections/{coll}/"

    def taxii_cli(extra=(), binary=None):
        out = os.path.join(work, "taxii-ours.ndjson")
        def run():
            fresh(out)
            s, r, _ = measure([binary or a.secops, "-q", "taxii", "--url", discovery, "--user", a.taxii_user,
                               "--key", a.taxii_key, "--api-root", taxii_api, *extra,
                               "poll", "--collection", coll,
                               "--page-size", "1000", "-o", out], env)
            return s, r, sum(1 for _ in open(out, "rb"))
        return run

    def taxii_lib():
        s, r, o = measure([a.scenarios, "taxii-typed", discovery, a.taxii_user, a.taxii_key, coll, "1000"], env)
        return s, r, json.loads(o)["objects"]

    def taxii_py():
        out = os.path.join(work, "taxii-py.ndjson")
        fresh(out)
        s, r, o = measure([a.python, os.path.join(HERE, "peers", "taxii_pull.py"), coll_url,
                           a.taxii_user, a.taxii_key, "1000", out], env)
        return s, r, json.loads(o)["objects"]

    def taxii_floor():
        s, r, o = measure([a.python, os.path.join(HERE, "peers", "taxii_floor.py"), coll_url,
                           a.taxii_user, a.taxii_key, "1000"], env)
        return s, r, json.loads(o)["objects"]

    if "taxii" in only or "retry" in only:
        # The simulator renders each object once and then serves it from memory:
        # one pass first, so that every measured run is served the same way.
        taxii_floor()

    def taxii_curl_pages():
        """The page URLs of the collection by added_after (one walk, untimed), for
        curl to fetch in one process over one connection: the floor of client CPU."""
        import base64
        import urllib.request
        auth = "Basic " + base64.b64encode(f"{a.taxii_user}:{a.taxii_key}".encode()).decode()
        urls, after, total = [], None, 0
        while True:
            u = f"{coll_url}objects/?limit=1000" + (f"&added_after={after}" if after else "")
            req = urllib.request.Request(u, headers={"Authorization": auth,
                                                     "Accept": "application/taxii+json;version=2.1"})
            with urllib.request.urlopen(req) as resp:
                body = resp.read()
                last = resp.headers.get("X-TAXII-Date-Added-Last")
            n = body.count(b'"spec_version"')
            if n == 0:
                break
            urls.append(u)
            total += n
            after = last
        cfg = os.path.join(work, "curl-pages.cfg")
        with open(cfg, "w") as f:
            f.write(f'user = "{a.taxii_user}:{a.taxii_key}"\n')
            f.write('header = "Accept: application/taxii+json;version=2.1"\n')
            for u in urls:
                f.write(f'url = "{u}"\noutput = "/dev/null"\n')
        def run():
            s, r, _ = measure(["curl", "-sS", "--fail", "--config", cfg], env)
            return s, r, total
        return run

    if "taxii" in only:
        print("== TAXII pull (objects/s)", flush=True)
        variants = {"secops taxii poll (CLI)": taxii_cli(), "library typed stream": taxii_lib,
                    "taxii2-client as_pages": taxii_py, "python fetch only": taxii_floor}
        if shutil.which("curl"):
            variants["curl fetch only"] = taxii_curl_pages()
        if a.secops_base:
            variants["secops CLI (base build)"] = taxii_cli(binary=a.secops_base)
        res = alternate(a.rounds, variants)
        cpu_rows("TAXII pull", res, "taxii2-client as_pages")
        if a.secops_base and shutil.which("valgrind"):
            # Instructions are repeatable where CPU time is not: the base build
            # and this one, each counted once under callgrind.
            def instructions(binary):
                out = os.path.join(work, "taxii-ir.ndjson")
                fresh(out)
                p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                                    binary, "-q", "taxii", "--url", discovery, "--user", a.taxii_user,
                                    "--key", a.taxii_key, "--api-root", taxii_api, "poll",
                                    "--collection", coll, "--page-size", "1000", "-o", out],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
                if p.returncode != 0:
                    sys.exit(f"callgrind run failed: {p.stderr[-2000:]}")
                ir = [int(l.split(":")[1].replace(",", "").strip()) for l in p.stderr.splitlines()
                      if "Collected :" in l][-1]
                return ir / sum(1 for _ in open(out, "rb"))
            this, base = instructions(a.secops), instructions(a.secops_base)
            IR_ROWS.append((this, base))
        row("TAXII pull", "secops taxii poll (CLI)", "taxii2-client as_pages", res, "obj", ">=10x")
        row("TAXII pull", "library typed stream", "taxii2-client as_pages", res, "obj", ">=3x")
        # What Python itself needs to fetch the pages (one keep-alive connection,
        # bodies dropped, nothing parsed): the most any Python client could reach.
        row("TAXII pull", "python fetch only", "taxii2-client as_pages", res, "obj", "-")
        if a.secops_base:
            row("TAXII pull", "secops taxii poll (CLI)", "secops CLI (base build)", res, "obj", "-")

    if "retry" in only:
        print("== retry layer cost on the TAXII pull", flush=True)
        # The two differ by a few percent at most and a run lasts ~70 ms: three
        # times the rounds, for a median that noise moves less.
        res = alternate(3 * a.rounds, {"retry policy (5 attempts)": taxii_cli(),
                                   "no retry (1 attempt)": taxii_cli(("--attempts", "1"))})
        row("retry cost", "retry policy (5 attempts)", "no retry (1 attempt)", res, "obj", ">=0.98x")

    sie_url = f"{a.sim_url}/sie/siebatchd/v1/"
    chfetch = f"{sie_url}siebatch/chfetch"

    def sie_cli(window, mode):
        start, end = window.split("/")
        out = os.path.join(work, f"sie-{mode}.ndjson")
        def run():
            fresh(out)
            s, r, _ = measure([a.secops, "-q", "sie", "--url", sie_url, "--key", a.sie_key, "fetch",
                               "--channel", "212", "--from", start, "--to", end, f"--{mode}", "-o", out], env)
            return s, r, os.path.getsize(out) / 1e6
        return run

    def sie_curl(window):
        start, end = window.split("/")
        out = os.path.join(work, "sie-curl.ndjson")
        body = json.dumps({"apikey": a.sie_key, "channel": 212, "start_time": start.replace("T", " ").rstrip("Z"),
                           "end_time": end.replace("T", " ").rstrip("Z")})
        def run():
            fresh(out)
            s, r, _ = measure(["curl", "-sS", "--fail", "-H", "Content-Type: application/json",
                               "--data-binary", body, "-o", out, chfetch], env)
            return s, r, os.path.getsize(out) / 1e6
        return run

    def sie_typed(window):
        start, end = window.split("/")
        def run():
            s, r, o = measure([a.scenarios, "sie-typed", sie_url, a.sie_key, "212", start, end], env)
            return s, r, json.loads(o)["bytes"] / 1e6
        return run

    def sie_py(window):
        start, end = window.split("/")
        def run():
            s, r, o = measure([a.python, os.path.join(HERE, "peers", "sie_parse.py"), chfetch, a.sie_key, "212",
                               start.replace("T", " ").rstrip("Z"), end.replace("T", " ").rstrip("Z")], env)
            return s, r, json.loads(o)["bytes"] / 1e6
        return run

    if "sie" in only:
        for label, window in (("128 MiB", a.sie_small_window), ("1 GiB", a.sie_window)):
            print(f"== SIE fetch {label} (MB/s)", flush=True)
            rounds = a.rounds if label == "128 MiB" else max(1, min(a.rounds, 3))
            # One untimed pass of each first: on a freshly booted virtual machine the
            # first touch of guest memory is several times slower than later ones, and
            # whichever tool first needs that memory for its output would pay for it.
            sie_cli(window, "raw")()
            sie_curl(window)()
            res = alternate(rounds, {"secops sie fetch --raw": sie_cli(window, "raw"), "curl -o": sie_curl(window)})
            row(f"SIE raw {label}", "secops sie fetch --raw", "curl -o", res, "MB", ">=0.95x")
            res = alternate(rounds, {"library typed records": sie_typed(window),
                                       "requests+orjson": sie_py(window)})
            row(f"SIE typed {label}", "library typed records", "requests+orjson", res, "MB", ">=4x")

    def sie_py_time(t):
        return t.replace("T", " ").rstrip("Z")

    def norm_ours(window, fmt, out, channel=212):
        start, end = window.split("/")
        return [a.secops, "-q", "sie", "--url", sie_url, "--key", a.sie_key, "fetch", "--channel",
                str(channel), "--from", start, "--to", end, "--format", fmt, "-o", out]

    def norm_py(window, fmt, out, channel=212):
        start, end = window.split("/")
        return [a.python, os.path.join(HERE, "peers", "sie_normalize.py"), chfetch, a.sie_key,
                str(channel), sie_py_time(start), sie_py_time(end), fmt, out]

    def norm_check():
        """Our output and the peer's on a small window of channels 212 and 213 (213's
        rrname differs from the domain): the same lines, byte for byte; failing
        that, the same JSON line by line (the first difference is printed)."""
        import datetime
        start = a.norm_check_window.split("/")[0]
        t0 = datetime.datetime.fromisoformat(start.replace("Z", "+00:00"))
        one_minute_213 = f"{start}/{(t0 + datetime.timedelta(minutes=1)).strftime('%Y-%m-%dT%H:%M:%SZ')}"
        for channel, window in ((212, a.norm_check_window), (213, one_minute_213)):
            for fmt in ("stix", "ocsf"):
                ours_out = os.path.join(work, f"check-ours.{fmt}")
                peer_out = os.path.join(work, f"check-peer.{fmt}")
                for cmd in (norm_ours(window, fmt, ours_out, channel), norm_py(window, fmt, peer_out, channel)):
                    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
                    if p.returncode != 0:
                        sys.exit(f"norm check failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
                ours_b, peer_b = open(ours_out, "rb").read(), open(peer_out, "rb").read()
                os.remove(ours_out)
                os.remove(peer_out)
                ol, pl = ours_b.splitlines(), peer_b.splitlines()
                if ours_b == peer_b:
                    verdict = "identical bytes"
                else:
                    if len(ol) != len(pl):
                        sys.exit(f"norm check: {fmt} ch{channel}: {len(ol)} lines ours, {len(pl)} the peer's")
                    for i, (x, y) in enumerate(zip(ol, pl)):
                        if json.loads(x) != json.loads(y):
                            sys.exit(f"norm check: {fmt} ch{channel} line {i + 1} differs:\n ours {x[:600]!r}\n peer {y[:600]!r}")
                    verdict = "same JSON, different bytes"
                NOTES.append(f"output check {fmt} channel {channel} {window}: {len(ol):,} lines, {verdict}")
                print(f"   {NOTES[-1]}", flush=True)

    def norm_records(window):
        """Records in the window (untimed: the raw body's lines)."""
        start, end = window.split("/")
        out = os.path.join(work, "norm-count.ndjson")
        fresh(out)
        measure([a.secops, "-q", "sie", "--url", sie_url, "--key", a.sie_key, "fetch", "--channel", "212",
                 "--from", start, "--to", end, "--raw", "-o", out], env)
        with open(out, "rb") as f:
            n = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 24), b""))
        os.remove(out)
        return n

    def norm_variant(cmd_of, window, fmt, records, sizes, peer):
        out = os.path.join(work, f"norm-{'peer' if peer else 'ours'}.{fmt}")
        def run():
            fresh(out)
            s, r, o = measure(cmd_of(window, fmt, out), env)
            if peer and json.loads(o)["records"] != records:
                sys.exit(f"norm: the peer read {json.loads(o)['records']} records, the window has {records}")
            # Outputs are byte-identical (norm_check): equal sizes on every run say
            # both wrote all of it. Deleted here, outside the timing, to keep one
            # multi-GB file at a time on tmpfs.
            sizes.add(os.path.getsize(out))
            os.remove(out)
            return s, r, records
        return run

    if "norm" in only:
        print("== SIE normalised output: checking our lines against the peer's", flush=True)
        norm_check()
        # Rounds are capped so that the scenario stays near 10 minutes on 2 cores:
        # at 1 GiB one round of the four variants takes about 4 minutes.
        for label, window, rounds in (("128 MiB", a.sie_small_window, min(a.rounds, 4)),
                                      ("1 GiB", a.sie_window, max(1, min(a.rounds, 2)))):
            records = norm_records(window)
            print(f"== SIE normalised output {label}, {records:,} records (records/s)", flush=True)
            sizes = {fmt: set() for fmt in ("stix", "ocsf")}
            res = alternate(rounds, {
                "secops --format stix": norm_variant(norm_ours, window, "stix", records, sizes["stix"], False),
                "requests+orjson stix": norm_variant(norm_py, window, "stix", records, sizes["stix"], True),
                "secops --format ocsf": norm_variant(norm_ours, window, "ocsf", records, sizes["ocsf"], False),
                "requests+orjson ocsf": norm_variant(norm_py, window, "ocsf", records, sizes["ocsf"], True),
            })
            for fmt in ("stix", "ocsf"):
                if len(sizes[fmt]) != 1:
                    sys.exit(f"norm: {fmt} outputs of different sizes at {label}: {sorted(sizes[fmt])}")
                NOTES.append(f"{fmt} {label}: {records:,} records -> {sizes[fmt].pop():,} bytes, the same from every run of both")
                sub = {k: v for k, v in res.items() if k.endswith(fmt)}
                cpu_rows(f"SIE {fmt} {label}", sub, f"requests+orjson {fmt}", unit="rec")
                row(f"SIE {fmt} {label}", f"secops --format {fmt}", f"requests+orjson {fmt}", res, "rec", ">=3x")

    if "dojo" in only:
        print("== DefectDojo paging, 20 ms per request (findings/s)", flush=True)
        dd = f"{a.slow_sim_url}/dojo/"
        def dojo(conc):
            def run():
                s, r, o = measure([a.scenarios, "dojo-paging", dd, a.dd_key, str(conc)], env)
                return s, r, json.loads(o)["findings"]
            return run
        res = alternate(max(1, a.rounds // 2), {"concurrency(8)": dojo(8), "sequential": dojo(1)})
        row("DefectDojo paging", "concurrency(8)", "sequential", res, "finding", ">=5x")

    shutil.rmtree(work, ignore_errors=True)
    print_table()
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump({"rows": ROWS, "cpu": CPU_ROWS, "notes": NOTES}, f, indent=1)


if __name__ == "__main__":
    main()
