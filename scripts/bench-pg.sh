#!/usr/bin/env bash
# PostgreSQL: PgSink rows/s against `psql \copy` of the same rows into the same
# table (the physical limit: one COPY, one transaction), and the time another
# agent takes to take a killed agent's feeds over, against the lease time.
# A durable server (fsync on) is started on a temporary directory.
# Usage: scripts/bench-pg.sh [--rounds N] [--rows N] [--page N] [--takeovers N] [--lease SECS]
# Called by scripts/bench.sh --only pg.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=5; ROWS=100000; PAGE=1000; TAKEOVERS=5; LEASE=5
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2;;
    --rows) ROWS="$2"; shift 2;;
    --page) PAGE="$2"; shift 2;;
    --takeovers) TAKEOVERS="$2"; shift 2;;
    --lease) LEASE="$2"; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
TARGET="${CARGO_TARGET_DIR:-target}"
echo "== building (release)"
cargo build --release --quiet --bin secops --example pg_load
SECOPS="$TARGET/release/secops"; LOAD="$TARGET/release/examples/pg_load"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/secops-bench-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
PORT=$(free_port)
cleanup() {
  as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
as_pg "$PGBIN/initdb" -D "$WORK/data" -A trust -U secops -E UTF8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U secops secops
export SECOPS_POSTGRES_URL="postgres://secops@127.0.0.1:$PORT/secops"
PSQL=("$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U secops -d secops)
"$SECOPS" db migrate
echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') (fsync on), $(nproc) cores"

echo "== SIE records: the simulator's channel 212 over its whole retention, varied to $ROWS rows"
"$SECOPS" -q sie fetch --sim --channel 212 --from "$(date -u -d '-3 days' +%Y-%m-%dT%H:%M:00Z)" \
  --to "$(date -u +%Y-%m-%dT%H:%M:00Z)" --clamp -o "$WORK/sie-base.ndjson"
python3 - "$WORK/sie-base.ndjson" "$WORK/sie.ndjson" "$ROWS" <<'PY'
import json, sys
base = [l for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[3])
with open(sys.argv[2], "w") as out:
    for i in range(n):
        r = json.loads(base[i % len(base)])
        m = r.get("message") or {}
        if m.get("domain"):
            m["domain"] = f"v{i // len(base)}-" + m["domain"]
        out.write(json.dumps(r, separators=(",", ":")) + "\n")
PY
"$LOAD" csv "$WORK/sie.ndjson" "$WORK/sie.csv"
echo "   $(wc -l < "$WORK/sie.ndjson") records, $(du -m "$WORK/sie.ndjson" | cut -f1) MiB of NDJSON; PgSink commits every $PAGE"

reset() { "${PSQL[@]}" -c "TRUNCATE secops_records, secops_checkpoints" >/dev/null; "${PSQL[@]}" -c "CHECKPOINT" >/dev/null; }
COPY_S=(); SINK_S=()
for r in $(seq "$ROUNDS"); do
  reset
  t0=$(date +%s.%N)
  "${PSQL[@]}" -c "\\copy secops_records (feed, kind, natural_key, version, received_at, record) FROM '$WORK/sie.csv' WITH (FORMAT csv)"
  t1=$(date +%s.%N)
  n=$("${PSQL[@]}" -A -t -c "SELECT count(*) FROM secops_records")
  [ "$n" = "$ROWS" ] || { echo "psql loaded $n rows, not $ROWS" >&2; exit 1; }
  COPY_S+=("$(python3 -c "print($t1-$t0)")")
  reset
  s=$("$LOAD" load "$WORK/sie.ndjson" "$PAGE" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secs"])')
  n=$("${PSQL[@]}" -A -t -c "SELECT count(*) FROM secops_records")
  [ "$n" = "$ROWS" ] || { echo "PgSink loaded $n rows, not $ROWS" >&2; exit 1; }
  SINK_S+=("$s")
  echo "   round $r: psql \\copy ${COPY_S[-1]} s, PgSink $s s"
done
python3 - "$ROWS" "${COPY_S[*]}" "${SINK_S[*]}" <<'PY'
import statistics, sys
rows = int(sys.argv[1])
c = statistics.median(float(x) for x in sys.argv[2].split())
s = statistics.median(float(x) for x in sys.argv[3].split())
print(f"== rows/s (median): psql \\copy {rows/c:,.0f}, PgSink {rows/s:,.0f}: PgSink/psql = {c/s:.2f}x (goal >= 0.6x)")
PY

echo "== take-over after kill -9 (lease ${LEASE}s, $TAKEOVERS rounds)"
python3 benches/pg_takeover.py --secops "$SECOPS" --url "$SECOPS_POSTGRES_URL" --psql "$PGBIN/psql" \
  --lease "$LEASE" --rounds "$TAKEOVERS" --work "$WORK"
