#!/usr/bin/env bash
# Builds the wheel, installs it into a fresh venv (not editable, outside the checkout) and runs the
# installed `rapportage` on the text fixture and `rapportage evaluate`: the package must carry its models, data
# files and the gold set (models/gold/).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PY=${PYTHON:-python3}
"$PY" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" "$ROOT"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet "$WORK"/dist/rapportage-*.whl
cd "$WORK"  # away from the checkout, so nothing can be found there by accident
"$WORK/venv/bin/rapportage" run "$ROOT/tests/fixtures/report-2017-12.txt" --out "$WORK/processed"
# The gold set and the report text it annotates ship too: evaluate scores without the checkout.
"$WORK/venv/bin/rapportage" evaluate --split test,dev-extra | tee "$WORK/evaluate.txt"
grep -q "Gold set: test split" "$WORK/evaluate.txt" && grep -q "Gold set: dev-extra split" "$WORK/evaluate.txt"
"$WORK/venv/bin/python" - "$WORK/processed" <<'PY'
import sys
from pathlib import Path

import pipeline
import pyarrow.parquet as pq

out = Path(sys.argv[1])
assert "site-packages" in pipeline.__file__, pipeline.__file__
sources = set(pq.read_table(out / "organisations").column("source").to_pylist())
assert {"model", "gazetteer", "register"} <= sources, sources  # the NER, the gazetteer and the register ran
print(f"wheel OK: {pipeline.__file__}, organisation sources {sorted(sources)}")
PY
