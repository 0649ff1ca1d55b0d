"""Organisation mechanisms of the org14 pass, each on real sentences of the tuning sets (hand-checked against
models/gold/GUIDELINES.md): bodies of known organisations, titles, quoted names, events and buildings."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations


def mentions(text: str) -> list[tuple[str, str]]:
    return [(h.mention, h.canonical) for h in find_organisations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2021-12 J04: the defined name follows a known acronym's body compound: one mention of RAN, not a
        # second organisation "Youth and Education"
        (
            "De referentiepersoon radicalisering van het GO! blijft co-voorzitter van de RAN-werkgroep Youth and "
            "Education (Y&E).",
            [("GO!", "GO!"), ("RAN-werkgroep Youth and Education", "RAN")],
        ),
        # dev-2020-12 H04: the defined name opens with the compound ("RAN EDU" abbreviates it): RAN's body
        (
            "De referentiepersoon radicalisering van het GO! bleef co-voorzitter van de RAN-werkgroep Education "
            "(RAN EDU), die dit jaar in een aangepast formaat vier online werksessies organiseerde.",
            [("GO!", "GO!"), ("RAN-werkgroep Education", "RAN")],
        ),
    ],
)
def test_definition_of_a_known_organisations_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
