"""Digests of every output file the pipeline writes from every committed fixture.

Why: a refactoring (issue 15) or a speed-up (issue 16) must leave every dataset byte-identical. This runs
`rapportage run` on each fixture (and on the two rounds together, so the comparison datasets have two
rounds), each into build/digests/, and hashes every file written. report.html prints the output folder's
absolute path, so that path is replaced by a placeholder before hashing (and the hash _rounds.json keeps of
report.html is left out): the digests do not depend on where the checkout is.

    .venv/bin/python scripts/output_digests.py --write   # take the digests (tests/expected/output-digests.json)
    .venv/bin/python scripts/output_digests.py           # compare against them; exit 1 on any difference

Parquet bytes depend on the pyarrow version and the extracted facts on spaCy's, so the file records
the versions it was taken with, and a check with other versions says so instead of reporting noise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIGESTS = ROOT / "tests" / "expected" / "output-digests.json"
WORK = ROOT / "build" / "digests"
FIXTURES = ROOT / "tests" / "fixtures"
SUFFIXES = {".txt", ".docx", ".pdf"}
# Files that record the run, not its result: the writer lock.
NOT_OUTPUTS = {".rapportage.lock"}
VERSIONED = ("pyarrow", "spacy")


def cases() -> dict[str, list[Path]]:
    """Each case is the input files of one run, named by the case."""
    singles = sorted(
        p for p in [*FIXTURES.rglob("*"), *(ROOT / "raw").glob("*")] if p.suffix in SUFFIXES and p.is_file()
    )
    runs = {str(p.relative_to(ROOT)): [p] for p in singles}
    synthetic = FIXTURES / "synthetic"
    runs["two-rounds-text"] = [
        FIXTURES / "report-2017-12.txt",
        synthetic / "actieplan-radicalisering-2018-06-SYNTHETISCH-tussentijdse-rapportage.txt",
    ]
    runs["two-rounds-pdf"] = [
        ROOT / "raw" / "actieplan-radicalisering-2017-12-tussentijdse-rapportage.pdf",
        synthetic / "report-2018-06-SYNTHETISCH.pdf",
    ]
    return runs


def _folder(name: str) -> Path:
    return WORK / name.replace("/", "__")


def run_case(name: str, inputs: list[Path]) -> dict[str, str]:
    out = _folder(name)
    shutil.rmtree(out, ignore_errors=True)
    source = out.with_name(out.name + ".in")
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True)
    for path in inputs:
        (source / path.name).symlink_to(path)
    exe = Path(sys.executable).with_name("rapportage")
    done = subprocess.run([str(exe), "run", str(source), "--out", str(out)], capture_output=True, text=True)
    digests = {"exit status": str(done.returncode)}
    for path in sorted(p for p in out.rglob("*") if p.is_file() and p.name not in NOT_OUTPUTS):
        digests[str(path.relative_to(out))] = hashlib.sha256(_without_location(path, out)).hexdigest()
    return digests


def _without_location(path: Path, out: Path) -> bytes:
    """The file's bytes, with the output folder's own path (printed in report.html) taken out."""
    data = path.read_bytes()
    if path.name == "report.html":
        return data.replace(str(out).encode(), b"<OUT>")
    if path.name == "_rounds.json":
        record = json.loads(data)
        record.get("derived", {}).get("files", {}).pop("report.html", None)
        return json.dumps(record, sort_keys=True).encode()
    return data


def take() -> dict:
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(cases(), pool.map(lambda item: run_case(*item), cases().items()), strict=True))
    return {"versions": {name: version(name) for name in VERSIONED}, "cases": results}


def differences(expected: dict, actual: dict) -> list[str]:
    lines = []
    for case in sorted(set(expected["cases"]) | set(actual["cases"])):
        want, got = expected["cases"].get(case), actual["cases"].get(case)
        if want is None or got is None:
            lines.append(f"{case}: {'new case' if want is None else 'case gone'}")
            continue
        for file in sorted(set(want) | set(got)):
            if want.get(file) != got.get(file):
                state = "missing" if file not in got else "new" if file not in want else "differs"
                lines.append(f"{case}: {file} {state}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="take the digests instead of checking them")
    args = parser.parse_args()
    actual = take()
    if args.write:
        DIGESTS.write_text(json.dumps(actual, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        n_files = sum(len(files) - 1 for files in actual["cases"].values())
        print(f"wrote {DIGESTS.relative_to(ROOT)}: {len(actual['cases'])} runs, {n_files} files")
        return 0
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    if expected["versions"] != actual["versions"]:
        print(f"digests were taken with {expected['versions']}, this is {actual['versions']}: not comparable")
        return 2
    found = differences(expected, actual)
    for line in found:
        print(line)
    n_files = sum(len(files) - 1 for files in actual["cases"].values())
    print(f"{len(actual['cases'])} runs, {n_files} files: {len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
