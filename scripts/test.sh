#!/usr/bin/env bash
# Runs every test, after installing the external peers the contract and interop
# tests need (Prism, Redocly, medallion). Usage: scripts/test.sh [extra cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/peers.sh
export SECOPS_PRISM="${SECOPS_PRISM:-$PWD/.peers/node_modules/.bin/prism}"
export SECOPS_REDOCLY="${SECOPS_REDOCLY:-$PWD/.peers/node_modules/.bin/redocly}"
export SECOPS_MEDALLION="${SECOPS_MEDALLION:-$PWD/.peers/venv/bin/medallion}"
cargo test --all-features "$@"
