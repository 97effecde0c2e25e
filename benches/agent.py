"""Benchmarks the agent (`secops run`) on the loopback simulator and prints medians
and ratios. Normally run through scripts/bench-agent.sh, which builds the CLI and
starts the simulators:

    agent.py --secops BIN --big-sim-url URL --dojo-sim-url URL --small-sim-url URL
             --taxii-key K --dd-key K --sie-key K [--rounds N] [--only throughput,idle,long]

Three measurements, none asserted by a test:

- throughput: the same data pulled by the agent (`secops run --once`, one feed) and
  by the one-shot CLI (`secops taxii poll -o`, `secops dojo findings > file`),
  alternating them, fresh state and output each run; records/s medians, the ratio
  agent / CLI per feed kind, and each process's own CPU per record. DefectDojo also
  gets curl fetching exactly the requests each of them sends, over one connection:
  what the simulator alone needs to answer them.
- idle: 200 feeds that ran once and now wait an hour: CPU share of one core and
  RSS of the agent over a quiet spell (from /proc), RSS at start-up; then SIGTERM.
- long: a few feeds every 2 s for a few minutes (and /metrics scraped every 5 s):
  RSS after the first runs, over time and at the end; then SIGTERM.
"""
import argparse
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

TAXII_BIG = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001"
TAXII_MIXED = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000002"
CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def fail(msg):
    sys.exit(f"bench-agent: {msg}")


def measure(cmd, env, stdout_path=None):
    """Runs cmd under /usr/bin/time; returns (seconds, max_rss_kib, cpu_seconds, stderr).
    CPU (user+sys) comes from getrusage, in microseconds."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%M", "-o", tf.name] + cmd
        out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
        try:
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.run(full, stdout=out, stderr=subprocess.PIPE, env=env)
            wall = time.perf_counter() - t0
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        finally:
            if stdout_path:
                out.close()
        err = p.stderr.decode(errors="replace")
        if p.returncode != 0:
            fail(f"command failed ({p.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        parts = tf.read().split()
        rss = int(parts[-1]) if parts else 0
    return wall, rss, cpu, err


def count_lines(paths):
    n = 0
    for p in paths:
        with open(p, "rb") as f:
            while True:
                b = f.read(1 << 20)
                if not b:
                    break
                n += b.count(b"\n")
    return n


def published(out_dir):
    """The agent's published NDJSON files (the hidden ones are its bookkeeping)."""
    files = []
    for root, _, names in os.walk(out_dir):
        files += [os.path.join(root, n) for n in names if n.endswith(".ndjson") and not n.startswith(".")]
    return files


def log_events(text, message):
    """The agent's JSON log lines (--log-format json) whose message is `message`."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            e = json.loads(line)
        except ValueError:
            continue
        if e.get("message") == message or e.get("fields", {}).get("message") == message:
            out.append(e)
    return out


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def reset(*paths):
    """Removes a previous run's state and output before the next run (outside the timing)."""
    for p in paths:
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)


# ---------------------------------------------------------------------------
# /proc readings
# ---------------------------------------------------------------------------

def proc_status(pid):
    """VmRSS, VmHWM, RssAnon, RssFile (KiB) and Threads of pid."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem", "Threads"):
                out[k] = int(v.split()[0])
    return out


def proc_cpu_ticks(pid):
    """utime + stime of pid (all its threads), in clock ticks."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return int(fields[11]) + int(fields[12])


def proc_switches(pid):
    """Context switches of all of pid's threads (voluntary, involuntary)."""
    vol = invol = 0
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{t}/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches"):
                        vol += int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        invol += int(line.split()[1])
        except FileNotFoundError:
            pass
    return vol, invol


def proc_sockets(pid):
    """Open sockets of pid (the status listener and the clients' connections)."""
    n = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            n += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except OSError:
            pass
    return n


def mib(kib):
    return kib / 1024


# ---------------------------------------------------------------------------
# Configurations
# ---------------------------------------------------------------------------

def agent_section(work, listen="off"):
    return (f'[agent]\nstate_dir = "{work}/state"\nout_dir = "{work}/out"\n'
            f'listen = "{listen}"\nshutdown_grace = "30s"\n\n')


def services(sim, which):
    """[services.*] for sim; rate = 1000 and burst = 1000 so that the request budget
    never throttles a benchmark."""
    s = ""
    if "taxii" in which:
        s += (f'[services.taxii]\nurl = "{sim}/taxii/taxii2/"\napi_root = "{sim}/taxii/api1/"\n'
              'username = "analyst"\nrate = 1000\nburst = 1000\n\n')
    if "dojo" in which:
        s += f'[services.defectdojo]\nurl = "{sim}/dojo"\nrate = 1000\nburst = 1000\n\n'
    if "sie" in which:
        s += f'[services.sie]\nurl = "{sim}/sie/siebatchd/v1/"\nrate = 1000\nburst = 1000\n\n'
    return s


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

ROWS = []
CPU_ROWS = []
RESULTS = {}


def alternate(rounds, variants):
    """variants: {name: callable() -> (secs, rss_kib, cpu_secs, records)}; every
    other round in reverse order, so that no variant keeps one slot."""
    out = {name: [] for name in variants}
    names = list(variants)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            out[name].append(variants[name]())
    return out


def rate_row(scenario, ours, peer, res, unit, target):
    o_rate = statistics.median(s[3] / s[0] for s in res[ours])
    p_rate = statistics.median(s[3] / s[0] for s in res[peer])
    ROWS.append({
        "scenario": scenario, "ours": ours, "peer": peer, "ours_rate": o_rate, "peer_rate": p_rate,
        "unit": unit, "ratio": o_rate / p_rate, "target": target,
        "ours_secs": statistics.median(s[0] for s in res[ours]),
        "peer_secs": statistics.median(s[0] for s in res[peer]),
        "ours_rss_mib": mib(statistics.median(s[1] for s in res[ours])),
        "peer_rss_mib": mib(statistics.median(s[1] for s in res[peer])),
    })


def cpu_rows(scenario, res, ref, unit):
    refv = statistics.median(s[2] / s[3] for s in res[ref])
    for name, samples in res.items():
        per = sorted(s[2] / s[3] * 1e6 for s in samples)
        CPU_ROWS.append({"scenario": scenario, "variant": name, "unit": unit, "rounds": len(per),
                         "median_us": statistics.median(per), "min_us": per[0], "max_us": per[-1],
                         "ref_over_this": refv * 1e6 / statistics.median(per)})


def print_tables():
    if ROWS:
        print()
        print(f"{'scenario':<20} {'ours':<28} {'peer':<30} {'ours/s':>11} {'peer/s':>11} {'unit':<8} "
              f"{'ratio':>7} {'target':>7} {'ours s':>7} {'peer s':>7} {'ours RSS':>9} {'peer RSS':>9}")
        for r in ROWS:
            print(f"{r['scenario']:<20} {r['ours']:<28} {r['peer']:<30} {r['ours_rate']:>11.1f} "
                  f"{r['peer_rate']:>11.1f} {r['unit']:<8} {r['ratio']:>6.2f}x {r['target']:>7} "
                  f"{r['ours_secs']:>7.3f} {r['peer_secs']:>7.3f} {r['ours_rss_mib']:>7.1f}Mi {r['peer_rss_mib']:>7.1f}Mi")
        print("(medians; ratio = ours / peer; whole processes, start-up included)")
    if CPU_ROWS:
        print()
        print(f"{'client CPU (user+sys)':<22} {'variant':<32} {'rounds':>6} {'median':>12} {'range':>15} {'ref/this':>9}")
        for r in CPU_ROWS:
            rng = f"{r['min_us']:.2f}-{r['max_us']:.2f}"
            print(f"{r['scenario']:<22} {r['variant']:<32} {r['rounds']:>6} {r['median_us']:>8.2f}us/{r['unit']:<3} "
                  f"{rng:>15} {r['ref_over_this']:>8.2f}x")
        print("(CPU microseconds per record of that process alone; ref = the CLI)")


# ---------------------------------------------------------------------------
# 1. Throughput: agent --once vs the one-shot CLI
# ---------------------------------------------------------------------------

def throughput(a, env, work):
    sim, dsim = a.big_sim_url, a.dojo_sim_url

    # TAXII: the 50,000-object collection, pages of 1,000.
    t_dir = os.path.join(work, "tp-taxii")
    t_cfg = write(os.path.join(t_dir, "agent.toml"), agent_section(t_dir) + services(sim, {"taxii"}) + (
        f'[[feed]]\nname = "intel"\nservice = "taxii"\ncollection = "{TAXII_BIG}"\n'
        'initial_lookback = "3650d"\npage_size = 1000\n'))
    t_out = os.path.join(work, "tp-taxii-cli.ndjson")

    def agent_once(cfg, d, feed, workers=None):
        e = dict(env, TOKIO_WORKER_THREADS=str(workers)) if workers else env
        def run():
            reset(os.path.join(d, "state"), os.path.join(d, "out"))
            s, rss, cpu, err = measure([a.secops, "run", "--once", "--log-format", "json", "--config", cfg], e)
            files = published(os.path.join(d, "out", feed))
            n = count_lines(files)
            logged = sum(e.get("records", e.get("fields", {}).get("records", 0)) for e in log_events(err, "run done"))
            if n != logged:
                fail(f"agent feed {feed}: {n} records in its published files, {logged} in its log")
            return s, rss, cpu, n
        return run

    t_cp = os.path.join(work, "tp-taxii-cli.checkpoint")

    def taxii_cli(checkpoint=False):
        def run():
            reset(t_out, t_out + ".partial", t_cp)
            extra = ["--checkpoint", t_cp] if checkpoint else []
            s, rss, cpu, _ = measure([a.secops, "-q", "taxii", "--url", f"{sim}/taxii/taxii2/", "--user", "analyst",
                                      "--api-root", f"{sim}/taxii/api1/", "poll", "--collection", TAXII_BIG,
                                      "--page-size", "1000", *extra, "-o", t_out], env)
            return s, rss, cpu, count_lines([t_out])
        return run

    # The simulator renders each object once and then serves it from memory: one
    # pass of each first, so that every measured run is served the same way.
    agent_once(t_cfg, t_dir, "intel")()
    taxii_cli()()
    print(f"== TAXII: {a.taxii_rounds} rounds, agent run --once vs taxii poll -o (load {os.getloadavg()[0]:.2f})", flush=True)
    res = alternate(a.taxii_rounds, {"agent: run --once (TAXII feed)": agent_once(t_cfg, t_dir, "intel"),
                                     "agent, TOKIO_WORKER_THREADS=1": agent_once(t_cfg, t_dir, "intel", 1),
                                     "CLI: taxii poll -o": taxii_cli(),
                                     "CLI: taxii poll -o --checkpoint": taxii_cli(True)})
    counts = {name: {s[3] for s in samples} for name, samples in res.items()}
    if len(set().union(*counts.values())) != 1:
        fail(f"TAXII: the agent and the CLI fetched different numbers of records: {counts}")
    rate_row("TAXII 50k objects", "agent: run --once (TAXII feed)", "CLI: taxii poll -o", res, "obj", ">=0.95x")
    rate_row("TAXII 50k objects", "agent: run --once (TAXII feed)", "CLI: taxii poll -o --checkpoint", res, "obj", "-")
    rate_row("TAXII 50k objects", "agent, TOKIO_WORKER_THREADS=1", "CLI: taxii poll -o", res, "obj", "-")
    cpu_rows("TAXII 50k objects", res, "CLI: taxii poll -o", "obj")
    RESULTS["taxii_records"] = next(iter(counts["CLI: taxii poll -o"]))

    # DefectDojo: every finding, pages of 100 (both tools' default).
    d_dir = os.path.join(work, "tp-dojo")
    d_cfg = write(os.path.join(d_dir, "agent.toml"), agent_section(d_dir) + services(dsim, {"dojo"}) + (
        '[[feed]]\nname = "findings"\nservice = "defectdojo"\npage_size = 100\n'))
    d_out = os.path.join(work, "tp-dojo-cli.ndjson")

    def dojo_cli():
        reset(d_out)
        s, rss, cpu, _ = measure([a.secops, "-q", "dojo", "--url", f"{dsim}/dojo", "findings", "--page-size", "100"],
                                 env, stdout_path=d_out)
        return s, rss, cpu, count_lines([d_out])

    first = dojo_cli()
    total = first[3]

    def curl_pages(name, offsets, extra):
        """curl fetching exactly these requests over one connection, bodies dropped."""
        cfg = os.path.join(work, f"curl-{name}.cfg")
        with open(cfg, "w") as f:
            f.write(f'header = "Authorization: Token {a.dd_key}"\n')
            for o in offsets:
                f.write(f'url = "{dsim}/dojo/api/v2/findings/?limit=100&offset={o}{extra}"\noutput = "/dev/null"\n')
        def run():
            s, rss, cpu, _ = measure(["curl", "-sS", "--fail", "--config", cfg], env)
            return s, rss, cpu, total
        return run

    # The agent's sync orders by id and overlaps pages by one finding (offsets 0, 99,
    # 198, ...; it stops at the page with no `next`); the CLI lists pages of 100.
    agent_offsets, o = [], 0
    while True:
        agent_offsets.append(o)
        if o + 100 >= total:
            break
        o += 99
    cli_offsets = list(range(0, total, 100))
    variants = {"agent: run --once (DD feed)": agent_once(d_cfg, d_dir, "findings"),
                "CLI: dojo findings > file": dojo_cli}
    if shutil.which("curl"):
        variants["curl: the agent's requests"] = curl_pages("agent", agent_offsets, "&o=id")
        variants["curl: the CLI's requests"] = curl_pages("cli", cli_offsets, "")
    print(f"== DefectDojo: {a.rounds} rounds, {total} findings, agent run --once vs dojo findings "
          f"(load {os.getloadavg()[0]:.2f})", flush=True)
    res = alternate(a.rounds, variants)
    counts = {name: {s[3] for s in res[name]} for name in ("agent: run --once (DD feed)", "CLI: dojo findings > file")}
    if len(set().union(*counts.values())) != 1:
        fail(f"DefectDojo: the agent and the CLI fetched different numbers of records: {counts}")
    rate_row(f"DefectDojo {total // 1000}k", "agent: run --once (DD feed)", "CLI: dojo findings > file", res,
             "finding", ">=0.95x")
    if "curl: the agent's requests" in res:
        rate_row(f"DefectDojo {total // 1000}k", "curl: the agent's requests", "curl: the CLI's requests", res,
                 "finding", "-")
        rate_row(f"DefectDojo {total // 1000}k", "agent: run --once (DD feed)", "curl: the agent's requests", res,
                 "finding", "-")
        rate_row(f"DefectDojo {total // 1000}k", "CLI: dojo findings > file", "curl: the CLI's requests", res,
                 "finding", "-")
    cpu_rows(f"DefectDojo {total // 1000}k", {k: v for k, v in res.items() if not k.startswith("curl")},
             "CLI: dojo findings > file", "fnd")
    RESULTS["dojo_records"] = total
    RESULTS["dojo_requests"] = {"agent": len(agent_offsets), "cli": len(cli_offsets)}


# ---------------------------------------------------------------------------
# 2. Idle: 200 feeds waiting for their next run
# ---------------------------------------------------------------------------

class Agent:
    """`secops run` in the background, its stderr (JSON lines) in a file."""

    def __init__(self, a, env, cfg, log):
        self.log = log
        self.errf = open(log, "wb")
        self.t0 = time.monotonic()
        self.p = subprocess.Popen([a.secops, "run", "--log-format", "json", "--config", cfg],
                                  stdout=subprocess.DEVNULL, stderr=self.errf, env=env)

    def text(self):
        with open(self.log, "rb") as f:
            return f.read().decode(errors="replace")

    def done_feeds(self):
        return [e.get("feed", e.get("fields", {}).get("feed")) for e in log_events(self.text(), "run done")]

    def check_alive(self):
        if self.p.poll() is not None:
            fail(f"the agent exited early ({self.p.returncode}):\n{self.text()[-3000:]}")
        bad = [l for l in self.text().splitlines() if '"level":"ERROR"' in l or '"level":"WARN"' in l]
        if bad:
            fail("the agent logged warnings or errors:\n" + "\n".join(bad[:10]))

    def wait_feeds(self, names, timeout):
        want = set(names)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            if want <= set(self.done_feeds()):
                return time.monotonic() - self.t0
            time.sleep(0.2)
        missing = want - set(self.done_feeds())
        fail(f"{len(missing)} feeds never logged `run done` within {timeout} s (e.g. {sorted(missing)[:5]})")

    def wait_set_up(self, port, n, timeout=60):
        """Waits until /status lists n feeds: every feed's client is built (the first
        runs have begun, spread over 10 s); returns the seconds since start."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2) as resp:
                    if len(json.loads(resp.read()).get("feeds", [])) >= n:
                        return time.monotonic() - self.t0
            except OSError:
                pass
            time.sleep(0.02)
        fail(f"/status did not list {n} feeds within {timeout} s")

    def terminate(self, timeout=60):
        t = time.monotonic()
        self.p.send_signal(signal.SIGTERM)
        try:
            rc = self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
            rc = "killed after %d s" % timeout
        self.errf.close()
        return rc, time.monotonic() - t


def idle_config(a, d, n):
    """n feeds on the small simulator, half TAXII, half DefectDojo, every `idle_every`."""
    sim = a.small_sim_url
    port = free_port()
    n_taxii = (n + 1) // 2
    feeds, text = [], agent_section(d, f"127.0.0.1:{port}") + services(sim, {"taxii", "dojo"})
    for i in range(n_taxii):
        name = f"taxii-{i:03}"
        coll = TAXII_BIG if i % 2 == 0 else TAXII_MIXED
        text += (f'[[feed]]\nname = "{name}"\nservice = "taxii"\ncollection = "{coll}"\n'
                 f'every = "{a.idle_every}"\ninitial_lookback = "3650d"\n\n')
        feeds.append(name)
    for i in range(n - n_taxii):
        name = f"dojo-{i:03}"
        filt = '\nfilter = { active = true }' if i % 2 else ""
        text += f'[[feed]]\nname = "{name}"\nservice = "defectdojo"\nevery = "{a.idle_every}"{filt}\n\n'
        feeds.append(name)
    reset(d)
    return write(os.path.join(d, "agent.toml"), text), feeds, port


def idle(a, env, work):
    # One feed first: what the process costs before feeds add to it.
    d1 = os.path.join(work, "idle-one")
    cfg, feeds, p1 = idle_config(a, d1, 1)
    ag = Agent(a, env, cfg, os.path.join(d1, "agent.log"))
    ag.wait_set_up(p1, 1)
    one_start = proc_status(ag.p.pid)
    ag.wait_feeds(feeds, 60)
    time.sleep(1)
    one_after = proc_status(ag.p.pid)
    rc1, _ = ag.terminate()
    if rc1 != 0:
        fail(f"the one-feed agent exited {rc1} on SIGTERM")

    d = os.path.join(work, "idle")
    cfg, feeds, port = idle_config(a, d, a.idle_feeds)
    print(f"== idle: {len(feeds)} feeds (every {a.idle_every}), then {a.idle_secs} s quiet "
          f"(load {os.getloadavg()[0]:.2f})", flush=True)
    ag = Agent(a, env, cfg, os.path.join(d, "agent.log"))
    set_up = ag.wait_set_up(port, len(feeds))
    at_start = proc_status(ag.p.pid)
    runs_at_set_up = len(ag.done_feeds())
    started = ag.wait_feeds(feeds, 180)
    time.sleep(1)  # let the last run's publication and logging settle
    ag.check_alive()
    after_first = proc_status(ag.p.pid)
    sockets_after_first = proc_sockets(ag.p.pid)
    runs_before = len(ag.done_feeds())
    c0, w0, s0 = proc_cpu_ticks(ag.p.pid), time.monotonic(), proc_switches(ag.p.pid)
    time.sleep(a.idle_secs)
    c1, w1, s1 = proc_cpu_ticks(ag.p.pid), time.monotonic(), proc_switches(ag.p.pid)
    ag.check_alive()
    end = proc_status(ag.p.pid)
    runs_during = len(ag.done_feeds()) - runs_before
    cpu_pct = 100 * (c1 - c0) / CLK_TCK / (w1 - w0)
    # The clients drop idle connections after 60 s (pool_idle_timeout): one more
    # reading after that, to see what the connections held.
    late = None
    if a.idle_late_secs > 0:
        time.sleep(max(0.0, a.idle_late_secs - a.idle_secs))
        ag.check_alive()
        late = proc_status(ag.p.pid)
        sockets_late = proc_sockets(ag.p.pid)
    rc, stop_secs = ag.terminate()
    r = {
        "feeds": len(feeds), "every": a.idle_every, "first_runs_done_s": started,
        "idle_secs": w1 - w0, "cpu_ticks": c1 - c0, "cpu_pct_of_core": cpu_pct,
        "wakeups_per_s": (s1[0] - s0[0]) / (w1 - w0), "involuntary_per_s": (s1[1] - s0[1]) / (w1 - w0),
        "runs_during_idle": runs_during,
        "set_up_s": set_up, "runs_at_set_up": runs_at_set_up, "sockets_after_first_runs": sockets_after_first,
        "sockets_late": sockets_late if late else None,
        "rss_start_mib": mib(at_start["VmRSS"]), "rss_after_first_runs_mib": mib(after_first["VmRSS"]),
        "rss_idle_end_mib": mib(end["VmRSS"]), "hwm_mib": mib(end["VmHWM"]),
        "anon_end_mib": mib(end["RssAnon"]), "file_end_mib": mib(end["RssFile"]), "threads": end["Threads"],
        "sigterm_exit": rc, "sigterm_secs": stop_secs,
        "one_feed_rss_start_mib": mib(one_start["VmRSS"]), "one_feed_rss_after_run_mib": mib(one_after["VmRSS"]),
        "late_secs": a.idle_late_secs, "rss_late_mib": mib(late["VmRSS"]) if late else None,
        "anon_late_mib": mib(late["RssAnon"]) if late else None,
    }
    RESULTS["idle"] = r
    print(f"all {len(feeds)} feeds' first runs done {started:.1f} s after start")
    print(f"idle {r['idle_secs']:.1f} s: CPU {cpu_pct:.3f} % of one core ({c1 - c0} ticks of 1/{CLK_TCK} s; "
          f"target < 1 %), {r['wakeups_per_s']:.1f} thread wake-ups/s, {runs_during} runs")
    print(f"RSS: {r['rss_start_mib']:.1f} MiB when all feeds were set up ({set_up:.2f} s after start, "
          f"{runs_at_set_up} first runs done), {r['rss_after_first_runs_mib']:.1f} MiB after the "
          f"first runs, {r['rss_idle_end_mib']:.1f} MiB at the end of the quiet spell (target < 40 MiB); peak "
          f"{r['hwm_mib']:.1f} MiB; at the end {r['anon_end_mib']:.1f} MiB anonymous + {r['file_end_mib']:.1f} MiB "
          f"file-backed; {r['threads']} threads")
    print(f"one feed alone: {r['one_feed_rss_start_mib']:.1f} MiB when set up, "
          f"{r['one_feed_rss_after_run_mib']:.1f} MiB after its first run: each further feed adds "
          f"{(r['rss_start_mib'] - r['one_feed_rss_start_mib']) * 1024 / (len(feeds) - 1):.0f} KiB when set up and "
          f"{(r['rss_after_first_runs_mib'] - r['one_feed_rss_after_run_mib']) * 1024 / (len(feeds) - 1):.0f} KiB "
          f"after its first run")
    if late:
        print(f"RSS {a.idle_late_secs:.0f} s after the first runs (the clients close idle connections after "
              f"60 s): {r['rss_late_mib']:.1f} MiB ({r['anon_late_mib']:.1f} MiB anonymous); open sockets "
              f"{sockets_after_first} after the first runs, {sockets_late} then")
    print(f"SIGTERM: exit status {rc} after {stop_secs:.2f} s")


# ---------------------------------------------------------------------------
# 3. RSS over a long run: a few feeds every 2 s
# ---------------------------------------------------------------------------

def long_run(a, env, work):
    sim = a.small_sim_url
    d = os.path.join(work, "long")
    port = free_port()
    text = agent_section(d, f"127.0.0.1:{port}") + services(sim, {"taxii", "dojo", "sie"})
    text += (f'[[feed]]\nname = "intel"\nservice = "taxii"\ncollection = "{TAXII_BIG}"\n'
             'every = "2s"\njitter = "0s"\ninitial_lookback = "3650d"\n\n'
             f'[[feed]]\nname = "mixed"\nservice = "taxii"\ncollection = "{TAXII_MIXED}"\n'
             'every = "2s"\njitter = "0s"\ninitial_lookback = "3650d"\n\n'
             '[[feed]]\nname = "findings"\nservice = "defectdojo"\nevery = "2s"\njitter = "0s"\n\n'
             '[[feed]]\nname = "active-findings"\nservice = "defectdojo"\nfilter = { active = true }\n'
             'every = "2s"\njitter = "0s"\n\n'
             '[[feed]]\nname = "nod"\nservice = "sie"\nchannel = 212\nchunk = "1m"\nevery = "2s"\n'
             'jitter = "0s"\nlag = "1m"\ninitial_lookback = "10m"\nrotate_age = "30s"\n')
    feeds = ["intel", "mixed", "findings", "active-findings", "nod"]
    reset(d)
    cfg = write(os.path.join(d, "agent.toml"), text)
    print(f"== long run: {len(feeds)} feeds every 2 s for {a.long_secs} s, /metrics scraped every 5 s "
          f"(load {os.getloadavg()[0]:.2f})", flush=True)
    ag = Agent(a, env, cfg, os.path.join(d, "agent.log"))
    ag.wait_feeds(feeds, 60)
    time.sleep(1)
    start = proc_status(ag.p.pid)
    runs0 = len(ag.done_feeds())
    t0 = time.monotonic()
    c0 = proc_cpu_ticks(ag.p.pid)
    samples = [(0.0, mib(start["VmRSS"]))]
    scrapes = 0
    while time.monotonic() - t0 < a.long_secs:
        time.sleep(5)
        ag.check_alive()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
            resp.read()
        scrapes += 1
        samples.append((time.monotonic() - t0, mib(proc_status(ag.p.pid)["VmRSS"])))
    end = proc_status(ag.p.pid)
    secs = time.monotonic() - t0
    cpu_pct = 100 * (proc_cpu_ticks(ag.p.pid) - c0) / CLK_TCK / secs
    done = ag.done_feeds()
    runs = len(done) - runs0
    records = sum(e.get("records", 0) for e in log_events(ag.text(), "run done"))
    rc, stop_secs = ag.terminate()
    published_files = len(published(os.path.join(d, "out")))
    rss = [s[1] for s in samples]
    r = {
        "feeds": len(feeds), "secs": secs, "runs": runs, "records_all_runs": records, "scrapes": scrapes,
        "rss_start_mib": mib(start["VmRSS"]), "rss_end_mib": mib(end["VmRSS"]),
        "rss_delta_mib": mib(end["VmRSS"] - start["VmRSS"]), "rss_min_mib": min(rss), "rss_max_mib": max(rss),
        "hwm_mib": mib(end["VmHWM"]), "cpu_pct_of_core": cpu_pct, "threads": end["Threads"],
        "published_files": published_files, "samples": samples,
        "sigterm_exit": rc, "sigterm_secs": stop_secs,
    }
    RESULTS["long"] = r
    print(f"{runs} runs in {secs:.0f} s ({records} records over all runs, {published_files} files published), "
          f"CPU {cpu_pct:.2f} % of one core")
    print(f"RSS: {r['rss_start_mib']:.1f} MiB after the first runs, {r['rss_end_mib']:.1f} MiB at the end "
          f"(delta {r['rss_delta_mib']:+.2f} MiB; samples every 5 s between {min(rss):.1f} and {max(rss):.1f}); "
          f"peak {r['hwm_mib']:.1f} MiB")
    print("RSS every 5 s (MiB): " + " ".join(f"{v:.1f}" for _, v in samples))
    print(f"SIGTERM: exit status {rc} after {stop_secs:.2f} s")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--secops", required=True)
    ap.add_argument("--big-sim-url", required=True, help="simulator with --size 50000 (TAXII)")
    ap.add_argument("--dojo-sim-url", required=True, help="simulator for the DefectDojo throughput")
    ap.add_argument("--small-sim-url", required=True, help="small simulator for the idle and long runs")
    ap.add_argument("--taxii-key", required=True)
    ap.add_argument("--dd-key", required=True)
    ap.add_argument("--sie-key", required=True)
    ap.add_argument("--rounds", type=int, default=8, help="DefectDojo rounds (TAXII: three times as many)")
    ap.add_argument("--only", default="throughput,idle,long")
    ap.add_argument("--idle-feeds", type=int, default=200)
    ap.add_argument("--idle-every", default="1h")
    ap.add_argument("--idle-secs", type=float, default=30)
    ap.add_argument("--idle-late-secs", type=float, default=70,
                    help="one more RSS reading this long after the first runs (0: none)")
    ap.add_argument("--long-secs", type=float, default=150)
    ap.add_argument("--json-out")
    a = ap.parse_args()
    a.taxii_rounds = 3 * a.rounds
    only = set(a.only.split(","))
    # State and outputs go to tmpfs when there is one, for the agent and the CLI alike.
    work = tempfile.mkdtemp(prefix="secops-bench-agent-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    env = dict(os.environ, TAXII_API_KEY=a.taxii_key, DD_API_KEY=a.dd_key, SIE_API_KEY=a.sie_key)
    env.pop("SECOPS_LOG", None)
    try:
        if "throughput" in only:
            throughput(a, env, work)
            print_tables()
        if "idle" in only:
            idle(a, env, work)
        if "long" in only:
            long_run(a, env, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump({"rows": ROWS, "cpu": CPU_ROWS, **RESULTS}, f, indent=1)


if __name__ == "__main__":
    main()
