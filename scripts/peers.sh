#!/usr/bin/env bash
# Installs the external peers the tests use into .peers/ (idempotent):
#   Stoplight Prism and Redocly CLI (npm), OASIS medallion (PyPI) in a virtualenv,
#   and the validators of normalised output (OASIS stix2-validator and
#   stix2-patterns, pydantic-ocsf with its compiled OCSF schemas) in another,
#   and PostgreSQL from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .peers
# PostgreSQL (Debian packages) for the shared-state tests; the tests start
# their own servers, never the cluster the package may create.
# openssl makes the certificates of the TLS test's server.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v openssl >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql openssl >/dev/null
fi
if [ ! -x .peers/node_modules/.bin/prism ] || [ ! -x .peers/node_modules/.bin/redocly ]; then
  (cd .peers && [ -f package.json ] || echo '{"name":"secops-peers","private":true}' > package.json)
  (cd .peers && npm install --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5 @redocly/cli@2)
fi
if [ ! -x .peers/venv/bin/medallion ]; then
  python3 -m venv .peers/venv
  .peers/venv/bin/pip install --quiet --disable-pip-version-check medallion
fi
if [ ! -x .peers/validators/bin/stix2_validator ] || ! .peers/validators/bin/python -c 'import ocsf' 2>/dev/null; then
  python3 -m venv .peers/validators
  .peers/validators/bin/pip install --quiet --disable-pip-version-check \
    'stix2-validator>=3.2,<4' 'stix2-patterns>=2,<3' 'pydantic-ocsf>=3,<4'
fi
echo "peers: postgres $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1), prism $(.peers/node_modules/.bin/prism --version 2>/dev/null || echo '?'), medallion in .peers/venv, stix2-validator and pydantic-ocsf in .peers/validators"
