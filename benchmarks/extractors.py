"""Speed of the rule-based extractors on the whole December 2017 text (best of N, after a warm-up).

    .venv/bin/python benchmarks/extractors.py [--repeat 5]

These figures used to be timed assertions inside the tests; timing belongs here, where a busy machine
gives a noisy figure instead of a failing test.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.amounts import find_amounts  # noqa: E402
from pipeline.extract.dates import find_dates  # noqa: E402

TEXT = ROOT / "tests" / "fixtures" / "report-2017-12.txt"
REPORT_DATE = date(2017, 12, 1)


def best_of(repeat: int, fn) -> tuple[float, int]:  # any callable returning a list
    fn()  # warm the caches (compiled patterns, gazetteer)
    times, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(fn())
        times.append(time.perf_counter() - start)
    return min(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    text = TEXT.read_text(encoding="utf-8")
    print(f"whole report text: {len(text) // 1000} kB, best of {repeat}")
    for name, fn, target in (
        ("find_dates", lambda: find_dates(text, REPORT_DATE), 0.5),
        ("find_amounts", lambda: find_amounts(text), 0.5),
    ):
        seconds, found = best_of(repeat, fn)
        verdict = "PASS" if seconds < target else "FAIL"
        print(f"  {verdict}  {name:<14} {seconds * 1000:7.0f} ms  ({found} facts; target < {target * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
