"""The tuning half of the organisation-mention battery (tests/organisation_battery.py): every passage, filled four
times with invented organisations and real towns, gives exactly the canonical names GUIDELINES.md names, through the
project's spaCy pipeline. The held-out half is only measured (``python tests/organisation_battery.py``)."""

from __future__ import annotations

import pytest
from organisation_battery import FILLS, fill, half, load_pools, load_templates, template_result
from predicate_battery import with_known_gaps

POOLS = load_pools()
TEMPLATES = [t for t in load_templates() if t.get("confidence") == "sure"]
TUNING = [t for t in TEMPLATES if half(t["text"]) == "tuning"]

_ONE_WORD = "a one-word name no word of the passage marks as an organisation"
# Tuning passages the rules do not read right for every filler (strict), with why. Most are one-word names standing
# where only the sentence says they act ("i.s.m. X", "door X", "bij X", "subsidieerde X"): a rule for them was tried
# and not kept (README, fifteenth session: it added predictions on the real report, none right).
KNOWN_GAPS = {
    "O004": f"{_ONE_WORD} ('i.s.m. X en de lokale politie')",
    "O019": f"{_ONE_WORD} (a bullet 'X: € 12.500')",
    "O021": f"{_ONE_WORD} ('door X en Y werd getest')",
    "O028": f"{_ONE_WORD} ('en X deel als waarnemer')",
    "O069": f"{_ONE_WORD} ('stage bij X')",
    "O071": f"{_ONE_WORD} ('werkt samen met X')",
    "O107": f"{_ONE_WORD} ('doorverwezen door X')",
    "O117": f"{_ONE_WORD} ('de inzet van X')",
    "O121": f"{_ONE_WORD} ('subsidieerde X')",
    "O006": "towns given as examples of 'lokale besturen' ('o.a. Boom en Herentals') are read as places",
    "O052": "a town coordinated with organisations ('de VVSG en Lommel deel') is read as a place",
    "O092": "towns coordinated with an organisation as subjects ('wisselden Lier, Lommel en X ervaringen uit')",
    "O086": "two one-word names joined by 'en' after a type noun are read as one name ('de hogeschool X en Y')",
    "O120": "'de middelbare school X': 'school' is no type word of the name rule",
}


def test_the_battery_is_split_in_two_halves_of_similar_size() -> None:
    tuning = len(TUNING) / len(TEMPLATES)
    assert len(TEMPLATES) >= 110
    assert 0.4 < tuning < 0.6


def test_fillings_are_seeded_and_leave_no_slot() -> None:
    first = [f for t in TEMPLATES for f in fill(t, POOLS)]
    again = [f for t in TEMPLATES for f in fill(t, POOLS)]
    assert [f.text for f in first] == [f.text for f in again]
    assert len(first) == FILLS * len(TEMPLATES)
    assert all("{" not in f.text and all("{" not in n for n in f.names) for f in first)


@pytest.mark.parametrize("template", with_known_gaps(TUNING, KNOWN_GAPS))
def test_tuning_template(template: dict) -> None:
    _, wrong = template_result(template, POOLS)
    assert not wrong, [(f.text, list(f.names), predicted) for f, predicted in wrong[:2]]


def test_known_gaps_are_tuning_templates() -> None:
    assert set(KNOWN_GAPS) <= {t["id"] for t in TUNING}
