"""Organisation rules for the one convention of all seven gold sets (models/gold/GUIDELINES.md, "Issue 12, gold6
decisions"). Sentences from the tuning sets (dev-2020-06, dev-2019: synthetic text written like the real report)
and the real report's dev actions, hand-checked."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations


def mentions(text: str) -> list[tuple[str, str]]:
    return [(h.mention, h.canonical) for h in find_organisations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # D1: a lower-case type noun before a name of its own is no part of the canonical (dev-2020-06 G08, G27,
        # G21); the mention stays as printed
        (
            "Daarnaast stelde het expertisecentrum Kompasnaald zijn nieuwe handleiding voor buurtgesprekken voor.",
            [("expertisecentrum Kompasnaald", "Kompasnaald")],
        ),
        (
            "in drie jeugdhuizen in Mol, Geel en Turnhout en in het Brussels jongerencentrum Kompas.",
            [("jongerencentrum Kompas", "Kompas")],
        ),
        ("Het slotmoment vond plaats op 8 februari 2020 in de moskee Al-Ihsan.", [("moskee Al-Ihsan", "Al-Ihsan")]),
        # ... but not before the field the body works on (a domain word ends it, or the text uses it in lower case:
        # dev-2019 E28 "een lokale buurtsportvisie")
        (
            "Het expertisecentrum Buurtsport begeleidde acht gemeenten bij de opmaak van een lokale buurtsportvisie.",
            [("expertisecentrum Buurtsport", "expertisecentrum Buurtsport")],
        ),
        # nor on the heads of a body's divisions (dev-2020-06 G16)
        ("Het overleg met de directie Detentiebeheer", [("directie Detentiebeheer", "directie Detentiebeheer")]),
    ],
)
def test_type_noun_before_a_name_of_its_own(text, expected):
    assert mentions(text) == expected
