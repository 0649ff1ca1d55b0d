"""The body-naming battery: short texts reporting meetings, built from slots (a head noun, an organisation, a town,
a province, a group of people, a topic), each with the records GUIDELINES.md gives, filled with invented names and
run through the meeting extractor.

The templates and filler pools (``tests/fixtures/meeting_bodies/``) were written by a helper blind to the extractor's
code and to every gold set, from GUIDELINES.md alone (their README). Like the predicate battery
(``tests/predicate_battery.py``) they are split in two by a hash of the template text: the **tuning** half, which
rules may be made from, and the **held-out** half, which is only measured. Each template is filled ``FILLS`` times
with seeded fillers, so a rule that only works for one name does not pass:

    .venv/bin/python tests/body_battery.py [--show tuning] [--folder tests/fixtures/meeting_bodies_heldout]

prints, per half (for a ``--folder`` of its own: the whole set, held out), the records matched as the gold sets are
scored (``pipeline.gold.meeting_matches``: canonical body plus the count or the days) and the templates whose every
filling gives exactly its records.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from battery_slots import fill_text, fillings, summed
from battery_slots import load_pools as _load_pools
from battery_slots import load_templates as _load_templates
from predicate_battery import half

from pipeline.extract.meetings import MeetingFact, find_meetings
from pipeline.gold import Score, match_one_to_one, meeting_matches

FOLDER = Path(__file__).parent / "fixtures" / "meeting_bodies"
REPORT_DATE = date(2026, 12, 1)
FILLS = 4


@dataclass(frozen=True)
class Filled:
    """One filling of a template: its text and the records the guidelines give."""

    template_id: str
    text: str
    records: tuple[dict, ...]


def load_templates(folder: Path = FOLDER) -> list[dict]:
    return _load_templates(folder)


def load_pools(folder: Path = FOLDER) -> dict[str, list[dict]]:
    return _load_pools(folder)


def fill(template: dict, pools: dict[str, list[dict]], fills: int = FILLS) -> list[Filled]:
    """The template filled ``fills`` times (``battery_slots.fillings``), with its records' bodies filled alike."""
    return [
        Filled(template["id"], text, tuple({**r, "body": fill_text(r["body"], chosen)} for r in template["records"]))
        for text, chosen in fillings(template, pools, "records", fills)
    ]


def score(filled: Filled) -> tuple[Score, list[MeetingFact]]:
    """The filling's records matched one to one against the extractor's, and what the extractor gave."""
    predicted = find_meetings(filled.text, REPORT_DATE)
    gold = [{**r, "action_id": filled.template_id} for r in filled.records]
    hits = match_one_to_one(gold, [(filled.template_id, p) for p in predicted], meeting_matches)
    return Score(len(gold), len(predicted), sum(h is not None for h in hits)), predicted


def template_result(template: dict, pools: dict[str, list[dict]]) -> tuple[Score, list[tuple[Filled, list]]]:
    """The template's summed score over its fillings and the fillings that are not exactly right."""
    return summed(fill(template, pools), score)


def _describe(records: list) -> str:
    parts = []
    for r in records:
        if isinstance(r, MeetingFact):
            parts.append(f"{r.body} n={r.count} d={[str(d) for d in r.dates]}")
        else:
            parts.append(f"{r['body']} n={r['count']} d={r['dates']}")
    return "; ".join(parts) or "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", choices=["tuning"], help="print the failing templates of the tuning half")
    parser.add_argument(
        "--folder",
        type=Path,
        default=FOLDER,
        help="another battery of the same format, scored whole as held out (tests/fixtures/meeting_bodies_heldout)",
    )
    args = parser.parse_args()
    pools = load_pools(args.folder)
    templates = [t for t in load_templates(args.folder) if t.get("confidence") == "sure"]
    whole = args.folder.resolve() != FOLDER.resolve()
    for name in ("held-out",) if whole else ("tuning", "held-out"):
        part = [t for t in templates if whole or half(t["text"]) == name]
        results = [(t, *template_result(t, pools)) for t in part]
        total = sum((s for _, s, _ in results), Score(0, 0, 0))
        exact = sum(not wrong for _, _, wrong in results)
        print(
            f"{name:9} records P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f} "
            f"({total.correct}/{total.gold} gold, {total.predicted} predicted); templates exact {exact}/{len(part)}"
        )
        if args.show == name:
            for t, _, wrong in results:
                if wrong:
                    filled, predicted = wrong[0]
                    print(f"  {t['id']} [{t['shape']}] {filled.text!r}")
                    print(f"      want {_describe(list(filled.records))}")
                    print(f"      got  {_describe(predicted)}")


if __name__ == "__main__":
    main()
