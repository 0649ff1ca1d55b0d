"""Speed of the rule-based extractors on the whole December 2017 text (best of N, after a warm-up).

    .venv/bin/python benchmarks/extractors.py [--repeat 5]
    .venv/bin/python benchmarks/extractors.py --stage [FILE]   # CPU per extractor inside the extract stage

``--stage`` runs the extract stage (``extract_report``, the model included) on a parsed report N times and
prints the CPU seconds (``time.process_time``) of each fact component and of the stage's own passes, best of N,
with the per-text caches emptied before each pass (a fresh worker process has them empty too).

These figures used to be timed assertions inside the tests; timing belongs here, where a busy machine
gives a noisy figure instead of a failing test.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract.amounts import find_amounts  # noqa: E402
from pipeline.extract.dates import find_dates  # noqa: E402
from pipeline.extract.meetings import find_meetings  # noqa: E402

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


def stage_cpu(path: Path, repeat: int) -> None:
    """CPU seconds of each extractor as the extract stage calls it, and of the whole stage, best of ``repeat``."""
    import pipeline.extract.meetings as meetings
    import pipeline.extract.organisations as organisations
    from pipeline.extract import nlp as nlp_module
    from pipeline.extract import stage
    from pipeline.parse import check_file

    _, _, report = check_file(path)
    nlp = nlp_module.load()
    spent: dict[str, float] = defaultdict(float)

    def timed(module, name: str, label: str) -> None:
        inner = getattr(module, name, None)
        if inner is None:  # renamed since: say so rather than fail
            print(f"  ({module.__name__}.{name} not found: {label} not timed apart)")
            return

        def call(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start

        setattr(module, name, call)

    for name, label in (
        ("find_dates", "dates"),
        ("find_amounts", "amounts"),
        ("find_organisations", "organisations"),
        ("find_meetings", "meetings"),
    ):
        timed(nlp_module, name, label)  # the fact components look them up in pipeline.extract.nlp
    timed(nlp, "make_doc", "tokenizer (make_doc)")
    timed(organisations, "action_names", "organisations: action names")
    timed(organisations, "with_listed_names", "organisations: listed names")
    timed(stage, "party_facts", "organisations: listed parties")
    timed(meetings, "with_action_names", "meetings: action names")
    caches = [f for f in vars(organisations).values() if hasattr(f, "cache_clear")]
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(repeat):
        for cache in caches:
            if cache.__name__ not in ("_gazetteer_regex", "_lower_aliases"):  # built once per process
                cache.cache_clear()
        spent.clear()
        start = time.process_time()
        stage.extract_report(report, nlp)
        spent["extract stage (all)"] = time.process_time() - start
        for label, seconds in spent.items():
            best[label] = min(best[label], seconds)
    rules = sum(v for k, v in best.items() if k != "extract stage (all)")
    best["model (tok2vec, ner, sentencizer) and the rest"] = best["extract stage (all)"] - rules
    print(f"{path.name}: CPU seconds per extractor in extract_report, best of {repeat}")
    for label, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<48} {seconds:6.3f} s")


def cold_meetings(text: str) -> list:
    """find_meetings with its per-text caches emptied first (a new field finds nothing cached)."""
    from pipeline.extract import meetings

    for name in ("_paragraph_bodies", "_paragraph_organisations", "_paragraphs_of", "_organisations_in"):
        getattr(meetings, name).cache_clear()
    return find_meetings(text, REPORT_DATE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stage", nargs="?", const=TEXT, type=Path, help="CPU per extractor in the extract stage")
    args = parser.parse_args()
    repeat = args.repeat
    if args.stage:
        stage_cpu(args.stage, repeat)
        return
    text = TEXT.read_text(encoding="utf-8")
    print(f"whole report text: {len(text) // 1000} kB, best of {repeat}")
    for name, fn, target in (
        ("find_dates", lambda: find_dates(text, REPORT_DATE), 0.5),
        ("find_amounts", lambda: find_amounts(text), 0.5),
        # (the whole report as one field: each statement looks back over the passage before it, which must cost
        # the field's length, not its square; 24 s on 100 kB before the paragraph caches)
        ("find_meetings", lambda: cold_meetings(text), 6.0),
    ):
        seconds, found = best_of(repeat, fn)
        verdict = "PASS" if seconds < target else "FAIL"
        print(f"  {verdict}  {name:<14} {seconds * 1000:7.0f} ms  ({found} facts; target < {target * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
