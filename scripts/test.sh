#!/usr/bin/env bash
# Sets up (if needed) and runs the test suite and the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check pipeline tests scripts benchmarks
.venv/bin/python -m pytest -p no:cacheprovider
