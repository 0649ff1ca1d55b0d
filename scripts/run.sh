#!/usr/bin/env bash
# Sets up (if needed) and runs the pipeline on raw/, writing processed/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/rapportage run raw --out processed "$@"
