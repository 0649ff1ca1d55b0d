"""Meeting mechanisms of the gold9 decisions (meet12: GUIDELINES "Issue 12, gold9 decisions" G9-1 ... G9-7), each on
sentences of the tuning splits or written in the report's style, the expected records hand-checked against the
decisions."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.meetings import find_meetings

D20 = date(2020, 6, 1)  # report date of dev-2020-06


def bodies(text: str, report_date: date = D20) -> list[str]:
    return [f.body for f in find_meetings(text, report_date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # G9-1: the decision's own example
        ("Een nieuwe werkgroep Lokale Aanpak kwam op 3 maart 2020 samen.", ["werkgroep Lokale Aanpak"]),
        ("De voormalige stuurgroep Connect vergaderde op 3 maart 2020.", ["stuurgroep Connect"]),
        ("De toekomstige werkgroep Preventie zal in maart 2021 samenkomen.", ["werkgroep Preventie"]),
        ("Het huidig overlegplatform Radicalisering vergadert maandelijks.", ["overlegplatform Radicalisering"]),
        ("De opvolgende stuurgroep Connect vergaderde op 3 maart 2020.", ["stuurgroep Connect"]),
        # a classifying adjective stays as printed (gold7)
        (
            "De tijdelijke werkgroep Online Extremisme kwam op 3 maart 2020 samen.",
            ["tijdelijke werkgroep Online Extremisme"],
        ),
    ],
)
def test_story_adjectives_are_no_part_of_a_bodys_name(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected
