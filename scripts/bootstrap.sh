#!/bin/sh
# Installs node modules when they are missing or older than the lock file, so that
# `npm start` and `npm test` work on a fresh clone with no other step.
set -e
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bootstrap: installing node modules (npm ci)" >&2
  npm ci --no-fund --no-audit >&2
fi
