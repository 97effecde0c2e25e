#!/usr/bin/env bash
# Installs the external peers the tests use into .peers/ (idempotent):
#   Stoplight Prism and Redocly CLI (npm), OASIS medallion (PyPI) in a virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .peers
if [ ! -x .peers/node_modules/.bin/prism ] || [ ! -x .peers/node_modules/.bin/redocly ]; then
  (cd .peers && [ -f package.json ] || echo '{"name":"secops-peers","private":true}' > package.json)
  (cd .peers && npm install --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5 @redocly/cli@2)
fi
if [ ! -x .peers/venv/bin/medallion ]; then
  python3 -m venv .peers/venv
  .peers/venv/bin/pip install --quiet --disable-pip-version-check medallion
fi
echo "peers: prism $(.peers/node_modules/.bin/prism --version 2>/dev/null || echo '?'), medallion in .peers/venv"
