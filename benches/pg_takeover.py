"""Take-over time of a killed agent's feeds, against the lease time.

Two agents (`secops run`, shared state in PostgreSQL) share four TAXII feeds
of a loopback simulator; once each holds two, one is killed with SIGKILL and
the time until the other has claimed both of its feeds is measured (from the
kill to the log line of the last claim). New agent ids each round, so that no
agent takes back its own leases at once. Prints every round and the median.

    pg_takeover.py --secops BIN --url POSTGRES_URL --psql PSQL --lease SECS --rounds N --work DIR
"""
import argparse, os, queue, re, signal, statistics, subprocess, threading, time

ap = argparse.ArgumentParser()
ap.add_argument("--secops", required=True)
ap.add_argument("--url", required=True)
ap.add_argument("--psql", required=True)
ap.add_argument("--lease", type=float, default=5)
ap.add_argument("--rounds", type=int, default=5)
ap.add_argument("--work", required=True)
a = ap.parse_args()

sim = subprocess.Popen([a.secops, "sim", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
sim_out = ""
while "DD_URL" not in sim_out:
    line = sim.stdout.readline()
    if not line:
        raise SystemExit("the simulator did not start")
    sim_out += line
url = re.search(r"on (http://127\.0\.0\.1:\d+)", sim_out).group(1)
key = re.search(r"TAXII_API_KEY=(\S+)", sim_out).group(1)
env = dict(os.environ, TAXII_API_KEY=key, SECOPS_POSTGRES_URL=a.url)
COLLECTION = "6d1f3a52-0c4b-4e8a-9b1d-5a0000000001"


class Agent:
    def __init__(self, cfg):
        self.p = subprocess.Popen([a.secops, "run", "--config", cfg], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.q = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.held = set()

    def _read(self):
        for line in self.p.stderr:
            self.q.put((time.monotonic(), line))
        self.q.put((time.monotonic(), None))

    def until(self, pred, guard=60):
        """Reads lines until pred(held) is true; the time of the last line read."""
        end = time.monotonic() + guard
        while True:
            t, line = self.q.get(timeout=max(0.1, end - time.monotonic()))
            if line is None:
                raise SystemExit("an agent exited")
            m = re.search(r"claimed feed=(\S+)", line)
            if m:
                self.held.add(m.group(1))
            m = re.search(r"(handing the feed over|lease lost).* feed=(\S+)", line)
            if m:
                self.held.discard(m.group(2))
            if pred(self.held):
                return t


def config(r, agent):
    path = os.path.join(a.work, f"takeover-{r}-{agent}.toml")
    feeds = "".join(
        f'[[feed]]\nname = "r{r}f{i}"\nservice = "taxii"\ncollection = "{COLLECTION}"\n'
        f'initial_lookback = "3650d"\nevery = "1h"\njitter = "0s"\n\n' for i in range(4))
    with open(path, "w") as f:
        f.write(f'[agent]\nstate_dir = "state-{r}-{agent}"\nlisten = "off"\n\n'
                f'[state]\npostgres = "env:SECOPS_POSTGRES_URL"\nlease = "{a.lease:g}s"\nagent_id = "r{r}-{agent}"\n\n'
                f'[services.taxii]\nurl = "{url}/taxii/taxii2/"\nrate = 1000\nburst = 100\n\n{feeds}')
    return path


times = []
try:
    for r in range(a.rounds):
        x, y = Agent(config(r, "x")), Agent(config(r, "y"))
        x.until(lambda h: len(h) == 2)
        y.until(lambda h: len(h) == 2)
        orphans = set(x.held)
        killed = time.monotonic()
        x.p.send_signal(signal.SIGKILL)
        x.p.wait()
        done = y.until(lambda h: orphans <= h)
        times.append(done - killed)
        print(f"   round {r + 1}: feeds taken over {times[-1]:.2f} s after the kill ({times[-1] / a.lease:.2f} x the lease)")
        y.p.send_signal(signal.SIGTERM)
        y.p.wait(timeout=60)
finally:
    sim.kill()
m = statistics.median(times)
print(f"== take-over (median of {len(times)}): {m:.2f} s with a {a.lease:g} s lease = {m / a.lease:.2f} x the lease "
      f"(claims happen at ticks of a third of the lease: expect 1 to 1.34 x)")
