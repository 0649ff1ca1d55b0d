#!/usr/bin/env bash
# Creates .venv (Python >= 3.11) and installs rapportage into it (editable). Idempotent and quick:
# pip runs only when the packaging files changed since the last install (a stamp in .venv).
#   bash scripts/setup.sh          # what running the pipeline needs
#   bash scripts/setup.sh test     # plus the test extras (pytest, frictionless, DuckDB, polars …)
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=${1:-}
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
HASH=$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)
stamp() { echo ".venv/.rapportage-installed-${1:-runtime}"; }
# The test install holds everything the runtime one does, so either stamp will do for running.
if [ "$(cat "$(stamp "$EXTRAS")" 2>/dev/null)" = "$HASH" ] \
   || { [ -z "$EXTRAS" ] && [ "$(cat "$(stamp test)" 2>/dev/null)" = "$HASH" ]; }; then
  exit 0
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${EXTRAS:+[$EXTRAS]}"
echo "$HASH" > "$(stamp "$EXTRAS")"
