#!/usr/bin/env bash
# Benchmarks the agent (`secops run`) on the loopback simulator: its throughput
# against the one-shot CLI pulling the same data (alternating them, medians, ratios),
# 200 idle feeds (CPU and RSS from /proc), and RSS over a few minutes of feeds every
# 2 s; each background agent is stopped with SIGTERM and its exit status reported.
# Usage: scripts/bench-agent.sh [--rounds N] [--only throughput,idle,long]
#          [--secops BIN] [--dojo-size N] [--idle-secs S] [--long-secs S]
#   --secops BIN   measure this binary (default: build the release CLI)
#   --dojo-size N  findings for the DefectDojo throughput (default 5000: the
#                  simulator walks every stored finding for each `o=id` page the
#                  agent asks for, so its time grows with the square of N)
# Called by scripts/bench.sh --only agent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=8; ONLY="throughput,idle,long"; SECOPS=""; DOJO_SIZE=5000; IDLE_SECS=30; LONG_SECS=150
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2;;
    --only) ONLY="$2"; shift 2;;
    --secops) SECOPS="$2"; shift 2;;
    --dojo-size) DOJO_SIZE="$2"; shift 2;;
    --idle-secs) IDLE_SECS="$2"; shift 2;;
    --long-secs) LONG_SECS="$2"; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done

TARGET="${CARGO_TARGET_DIR:-target}"; mkdir -p "$TARGET"
if [ -z "$SECOPS" ]; then
  echo "== building (release)"
  cargo build --release --quiet --bin secops
  SECOPS="$TARGET/release/secops"
fi
# A copy, so that a build finishing meanwhile does not swap the binary mid-run.
WORK=$(mktemp -d)
cp "$SECOPS" "$WORK/secops"
SECOPS="$WORK/secops"

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
P1=$(free_port); P2=$(free_port); P3=$(free_port)
# One simulator with a 50,000-object TAXII collection, one with DOJO_SIZE findings
# for the DefectDojo throughput, one small one (100 records each) for the idle and
# long runs.
$SECOPS -q sim --port "$P1" --size 50000 > "$WORK/sim1.log" 2>&1 &
S1=$!
$SECOPS -q sim --port "$P2" --size "$DOJO_SIZE" > "$WORK/sim2.log" 2>&1 &
S2=$!
$SECOPS -q sim --port "$P3" --size 100 > "$WORK/sim3.log" 2>&1 &
S3=$!
trap 'kill $S1 $S2 $S3 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
  grep -q DD_URL "$WORK/sim1.log" && grep -q DD_URL "$WORK/sim2.log" && grep -q DD_URL "$WORK/sim3.log" && break
  sleep 0.1
done
key() { grep -o "$1=[^ ]*" "$WORK/sim1.log" | head -1 | cut -d= -f2; }

echo "== machine: $(nproc) cores, $(date -u +%Y-%m-%d), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 benches/agent.py --secops "$SECOPS" \
  --big-sim-url "http://127.0.0.1:$P1" --dojo-sim-url "http://127.0.0.1:$P2" \
  --small-sim-url "http://127.0.0.1:$P3" --taxii-key "$(key TAXII_API_KEY)" \
  --dd-key "$(key DD_API_KEY)" --sie-key "$(key SIE_API_KEY)" --rounds "$ROUNDS" --only "$ONLY" \
  --idle-secs "$IDLE_SECS" --long-secs "$LONG_SECS" --json-out "$TARGET/bench-agent-results.json"
