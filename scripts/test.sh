#!/usr/bin/env bash
# Sets up (if needed, with the test extras) and runs the linter and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check pipeline tests scripts benchmarks
.venv/bin/ruff format --check pipeline tests scripts benchmarks
.venv/bin/python -m pytest -p no:cacheprovider
