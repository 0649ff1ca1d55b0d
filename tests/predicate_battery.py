"""The meeting-predicate battery: sentence templates of the ways a report says a body met (or, as near misses, did
not), filled with bodies and time expressions and run through the meeting extractor.

The templates (``tests/fixtures/meeting_predicates/templates.jsonl``) were written by a helper blind to the
extractor's code and to every gold set, from general knowledge of Dutch (their README). They are split in two by a
hash of the template text: the **tuning** half, which rules may be made from, and the **held-out** half, which is
only measured. ``tests/test_meeting_predicates.py`` checks the tuning half; this module, run as a script, prints the
pass rate of both halves:

    .venv/bin/python tests/predicate_battery.py [--show tuning]

A filled positive passes when the extractor gives a record of that body with the time the sentence gives (the day,
the count or the frequency) and, for past and future sentences, the right ``planned``; a filled negative passes when
no record of that body comes out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.extract.meetings import MeetingFact, find_meetings

TEMPLATES = Path(__file__).parent / "fixtures" / "meeting_predicates" / "templates.jsonl"
REPORT_DATE = date(2026, 12, 1)

# (noun phrase, canonical body, possessive pronoun): two genders, a bare head, a named group, an organisation
BODIES = (
    ("de stuurgroep", "stuurgroep", "haar"),
    ("het lokaal overleg", "lokaal overleg", "zijn"),
    ("de werkgroep Preventie", "werkgroep Preventie", "haar"),
    ("het Vlaams Platform Radicalisering", "Vlaams Platform Radicalisering", "zijn"),
)
PARTY = "de VVSG"


@dataclass(frozen=True)
class When:
    """A filler of the {WHEN} slot and what the record must then hold."""

    kind: str  # day, count or frequency
    past: str
    future: str
    days_past: tuple[str, ...] = ()
    days_future: tuple[str, ...] = ()
    count: int | None = None
    frequency: str | None = None


WHENS = {
    "day": When("day", "op 14 oktober 2026", "op 9 februari 2027", ("2026-10-14",), ("2027-02-09",)),
    "count": When("count", "driemaal", "driemaal", count=3),
    "frequency": When("frequency", "maandelijks", "maandelijks", frequency="maandelijks"),
}


@dataclass(frozen=True)
class Case:
    """One filled template."""

    template_id: str
    sentence: str
    meeting: bool
    tense: str
    body: str
    when: When | None


def with_known_gaps(templates: list[dict], gaps: dict[str, str]) -> list:
    """The templates as pytest parameters, those in ``gaps`` (id -> why) marked as strict expected failures: a fix
    must take its line out. (pytest is imported here only, so that the script runs without it.)"""
    import pytest

    return [
        pytest.param(t, id=t["id"], marks=pytest.mark.xfail(strict=True, reason=gaps[t["id"]]))
        if t["id"] in gaps
        else pytest.param(t, id=t["id"])
        for t in templates
    ]


def half(template: str) -> str:
    """'tuning' or 'held-out', by the template's text: stable, and blind to what the template exercises."""
    return "tuning" if hashlib.sha1(template.encode()).digest()[0] % 2 == 0 else "held-out"


def load_templates(path: Path = TEMPLATES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _capitalise_opening(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def fill(template: dict) -> list[Case]:
    """The template filled with every body and every time kind it declares (one case without a time slot)."""
    if template["meeting"] is None:
        return []
    text = template["template"]
    future = template["tense"] == "future"
    kinds = [k for k in template.get("when") or [] if k in WHENS] if "{WHEN}" in text else []
    cases = []
    for phrase, canonical, possessive in BODIES:
        for when in [WHENS[k] for k in kinds] or [None]:
            sentence = text.replace("{BODY}", phrase).replace("{POSS}", possessive).replace("{PARTY}", PARTY)
            if when is not None:
                sentence = sentence.replace("{WHEN}", when.future if future else when.past)
            sentence = _capitalise_opening(re.sub(r"\s+", " ", sentence).strip())
            cases.append(Case(template["id"], sentence, bool(template["meeting"]), template["tense"], canonical, when))
    return cases


def _holds_time(record: MeetingFact, case: Case) -> bool:
    when = case.when
    if when is None:
        return True
    if when.kind == "day":
        days = when.days_future if case.tense == "future" else when.days_past
        return tuple(d.isoformat() for d in record.dates) == days
    if when.kind == "count":
        return record.count == when.count
    return (record.frequency or "").lower() == when.frequency


def verdict(case: Case) -> tuple[bool, str]:
    """(passed, what the extractor gave) for one case."""
    records = [r for r in find_meetings(case.sentence, REPORT_DATE) if r.body == case.body]
    gave = (
        "; ".join(
            f"{r.body} count={r.count} freq={r.frequency} days={[str(d) for d in r.dates]} planned={r.planned}"
            for r in find_meetings(case.sentence, REPORT_DATE)
        )
        or "nothing"
    )
    if not case.meeting:
        return not records, gave
    planned_right = case.tense == "present" or any(r.planned == (case.tense == "future") for r in records)
    return bool(records) and any(_holds_time(r, case) for r in records) and planned_right, gave


def template_verdict(template: dict) -> tuple[bool, list[tuple[Case, str]]]:
    """Whether every filling of the template passes, and the failing ones with what the extractor gave."""
    failures = [(case, gave) for case in fill(template) for ok, gave in [verdict(case)] if not ok]
    return not failures, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", choices=["tuning"], help="print the failing templates of the tuning half")
    args = parser.parse_args()
    templates = [t for t in load_templates() if t["meeting"] is not None]
    for name in ("tuning", "held-out"):
        part = [t for t in templates if half(t["template"]) == name]
        results = [(t, *template_verdict(t)) for t in part]
        cases = [c for t in part for c in fill(t)]
        failed_cases = sum(len(f) for _, _, f in results)
        for positive in (True, False):
            group = [r for r in results if r[0]["meeting"] is positive]
            passed = sum(ok for _, ok, _ in group)
            label = "positives" if positive else "negatives"
            print(f"{name:9} {label:9} templates {passed}/{len(group)} pass")
        print(
            f"{name:9} all       templates {sum(ok for _, ok, _ in results)}/{len(results)} pass; "
            f"filled sentences {len(cases) - failed_cases}/{len(cases)} pass"
        )
        if args.show == name:
            for t, ok, failures in results:
                if not ok:
                    case, gave = failures[0]
                    print(f"  {t['id']} [{t['construction']}] {case.sentence!r} -> {gave}")


if __name__ == "__main__":
    main()
