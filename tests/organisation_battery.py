"""The organisation-mention battery: short passages in the report's register naming invented organisations, towns
that act or are only places, projects, people and other distractors, each with the canonical names GUIDELINES.md
gives, filled with seeded fillers and run through the project's spaCy pipeline (rules and NER, as the extract stage).

The templates and pools (``tests/fixtures/organisation_mentions/``) were written by a helper blind to the extractors
and to every gold set (their README). Split in two by a hash of the template text like the meeting batteries
(``predicate_battery.half``): the **tuning** half rules may be made from, the **held-out** half only measured:

    .venv/bin/python tests/organisation_battery.py [--show tuning]

prints per half the canonical names matched as multisets per filled passage (the gold sets' organisation score) and
the templates whose every filling gives exactly its names.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from battery_slots import fill_text, fillings, summed
from battery_slots import load_pools as _load_pools
from battery_slots import load_templates as _load_templates
from predicate_battery import half

from pipeline.extract.nlp import extract, load
from pipeline.gold import Score

FOLDER = Path(__file__).parent / "fixtures" / "organisation_mentions"
REPORT_DATE = date(2026, 12, 1)
FILLS = 4


@dataclass(frozen=True)
class Filled:
    template_id: str
    text: str
    names: tuple[str, ...]


def load_templates(folder: Path = FOLDER) -> list[dict]:
    return _load_templates(folder)


def load_pools(folder: Path = FOLDER) -> dict[str, list[dict]]:
    return _load_pools(folder)


def fill(template: dict, pools: dict[str, list[dict]], fills: int = FILLS) -> list[Filled]:
    """The template filled ``fills`` times (``battery_slots.fillings``), with its names filled alike."""
    return [
        Filled(template["id"], text, tuple(fill_text(n, chosen) for n in template["mentions"]))
        for text, chosen in fillings(template, pools, "mentions", fills)
    ]


def score(filled: Filled) -> tuple[Score, list[str]]:
    """The passage's canonical names against the pipeline's, as multisets (the gold sets' organisation score)."""
    predicted = [o.canonical for o in extract(load(), filled.text, REPORT_DATE).organisations]
    correct = sum((Counter(filled.names) & Counter(predicted)).values())
    return Score(len(filled.names), len(predicted), correct), predicted


def template_result(template: dict, pools: dict[str, list[dict]]) -> tuple[Score, list[tuple[Filled, list[str]]]]:
    """The template's summed score over its fillings and the fillings that are not exactly right."""
    return summed(fill(template, pools), score)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", choices=["tuning"], help="print the failing templates of the tuning half")
    args = parser.parse_args()
    pools = load_pools()
    templates = [t for t in load_templates() if t.get("confidence") == "sure"]
    for name in ("tuning", "held-out"):
        part = [t for t in templates if half(t["text"]) == name]
        results = [(t, *template_result(t, pools)) for t in part]
        total = sum((s for _, s, _ in results), Score(0, 0, 0))
        exact = sum(not wrong for _, _, wrong in results)
        print(
            f"{name:9} names P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f} "
            f"({total.correct}/{total.gold} gold, {total.predicted} predicted); templates exact {exact}/{len(part)}"
        )
        if args.show == name:
            for t, _, wrong in results:
                if wrong:
                    filled, predicted = wrong[0]
                    print(f"  {t['id']} [{t['shape']}] {filled.text!r}")
                    print(f"      want {list(filled.names)}")
                    print(f"      got  {predicted}")


if __name__ == "__main__":
    main()
