#!/usr/bin/env bash
# Benchmarks secops against its peers (taxii2-client, requests + orjson, curl) on the
# loopback simulator, alternating the tools in the same run, and prints medians and
# ratios. Usage: scripts/bench.sh [--rounds N] [--only taxii,sie,dojo,retry,norm,agent,pg] [--build]
#          [--base BIN] [--secops BIN]
#   norm     (not in the default: about 10 minutes) SIE `fetch --format stix|ocsf` against
#            benches/peers/sie_normalize.py (requests + orjson doing the same mapping) at
#            128 MiB and 1 GiB, after checking that both write the same lines
#   agent    (not in the default) the agent `secops run` against the one-shot CLI, idle
#            and over a few minutes: scripts/bench-agent.sh, after the others
#   pg       (not in the default) PgSink rows/s against `psql \copy` of the same SIE rows,
#            and the take-over time after a kill against the lease: scripts/bench-pg.sh
#   --base BIN  another secops binary (an earlier build) whose TAXII CLI CPU per object
#               is measured beside this build's
#   --secops BIN  measure BIN instead of building target/release/secops (a copy made
#               aside, so that another build in the tree cannot replace it mid-run)
#   --build  also measures clean build times (default features and taxii alone) and the
#            rebuild after touching one spec (slow: two clean builds).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=8; ONLY="taxii,sie,dojo,retry"; BUILD=0; BASE=""; SECOPS_BIN=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2;;
    --only) ONLY="$2"; shift 2;;
    --build) BUILD=1; shift;;
    --base) BASE="$2"; shift 2;;
    --secops) SECOPS_BIN="$2"; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
AGENT=0; PG=0; REST=""
IFS=, read -ra PARTS <<< "$ONLY"
for p in "${PARTS[@]}"; do
  case "$p" in
    agent) AGENT=1;;
    pg) PG=1;;
    *) REST="${REST:+$REST,}$p";;
  esac
done
ONLY="$REST"
if [ "$PG" = 1 ]; then
  bash scripts/bench-pg.sh --rounds "$ROUNDS"
  if [ "$AGENT" = 0 ] && [ -z "$ONLY" ] && [ "$BUILD" = 0 ]; then exit 0; fi
fi
if [ "$AGENT" = 1 ] && [ -z "$ONLY" ] && [ "$BUILD" = 0 ]; then
  exec bash scripts/bench-agent.sh --rounds "$ROUNDS"
fi

echo "== setting up peers (.peers/bench-venv: taxii2-client, requests, orjson)"
if [ ! -x .peers/bench-venv/bin/python ]; then
  python3 -m venv .peers/bench-venv
  .peers/bench-venv/bin/pip install --quiet --disable-pip-version-check taxii2-client requests orjson
fi

TARGET="${CARGO_TARGET_DIR:-target}"
SECOPS="${SECOPS_BIN:-$TARGET/release/secops}"
[ -n "$SECOPS_BIN" ] || { echo "== building (release)"; cargo build --release --quiet --bin secops; }
SCEN=-
# The scenarios binary serves taxii, sie and dojo only (norm and retry use the CLI).
if [[ ",$ONLY," =~ ,(taxii|sie|dojo), ]]; then
  cargo bench --quiet --bench scenarios --no-run 2>/dev/null || true
  SCEN=$(cargo bench --bench scenarios --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for l in sys.stdin:
    m=json.loads(l)
    if m.get("reason")=="compiler-artifact" and m["target"]["name"]=="scenarios" and m.get("executable"): print(m["executable"])' | tail -1)
fi

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
P1=$(free_port); P2=$(free_port)
LOG1=$(mktemp); LOG2=$(mktemp)
# One simulator for throughput (50,000 TAXII indicators), one with 20 ms per request
# for DefectDojo paging (100,000 findings).
$SECOPS -q sim --port "$P1" --size 50000 > "$LOG1" 2>&1 &
S1=$!
$SECOPS -q sim --port "$P2" --size 100000 --faults latency=20 > "$LOG2" 2>&1 &
S2=$!
trap 'kill $S1 $S2 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q DD_URL "$LOG1" && grep -q DD_URL "$LOG2" && break; sleep 0.1; done
key() { grep -o "$1=[^ ]*" "$LOG1" | head -1 | cut -d= -f2; }
# SIE: a fixed clock and about 27,000 records (9 MB) a minute, so that 2 hours of
# channel 212 is about 1 GiB and 15 minutes about 128 MiB.
curl -sS --fail -H 'Content-Type: application/json' -o /dev/null \
  -d '{"now": "2026-11-01 06:00:00", "records_per_minute": 27000}' "http://127.0.0.1:$P1/sie/_sim/control"

echo "== machine: $(nproc) cores, $(date -u +%Y-%m-%d)"
[ -z "$ONLY" ] || .peers/bench-venv/bin/python benches/run.py --secops "$SECOPS" --scenarios "$SCEN" \
  --python .peers/bench-venv/bin/python --sim-url "http://127.0.0.1:$P1" \
  --slow-sim-url "http://127.0.0.1:$P2" --taxii-key "$(key TAXII_API_KEY)" \
  --sie-key "$(key SIE_API_KEY)" --dd-key "$(key DD_API_KEY)" --rounds "$ROUNDS" --only "$ONLY" \
  --json-out "$TARGET/bench-results.json" ${BASE:+--secops-base "$BASE"}

if [ "$AGENT" = 1 ]; then
  bash scripts/bench-agent.sh --rounds "$ROUNDS" --secops "$SECOPS"
fi

if [ "$BUILD" = 1 ]; then
  echo "== build cost (clean builds in target/bench-build)"
  rm -rf "$TARGET/bench-build"
  t0=$(date +%s.%N); cargo build --quiet --target-dir "$TARGET/bench-build"; t1=$(date +%s.%N)
  echo "clean build, default features: $(echo "$t1 - $t0" | bc) s"
  rm -rf "$TARGET/bench-build-taxii"
  t0=$(date +%s.%N); cargo build --quiet --lib --no-default-features --features taxii --target-dir "$TARGET/bench-build-taxii"; t1=$(date +%s.%N)
  echo "clean build, --no-default-features --features taxii: $(echo "$t1 - $t0" | bc) s"
  touch specs/defendis.yaml
  t0=$(date +%s.%N); cargo build --quiet --target-dir "$TARGET/bench-build"; t1=$(date +%s.%N)
  echo "rebuild after touching specs/defendis.yaml: $(echo "$t1 - $t0" | bc) s"
fi
