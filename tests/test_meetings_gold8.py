"""Meeting rules for the GUIDELINES gold8 decisions (eighth session), on sentences of the SYNTHETIC tuning sets
(hand-checked expectations: the adjudicated gold of those sets)."""

from __future__ import annotations

from datetime import date

from pipeline.extract.meetings import canonical_body, find_meetings


def test_a_variant_of_a_table_body_under_another_topic_is_that_body() -> None:
    # G8-5 (dev-2020-06 G10, dev-2020-12 H08, dev-2022-12 M10): the table's "sectoroverleg" under other topics
    for printed in ("sectoroverleg jeugd en polarisering", "sectoroverleg positieve identiteitsontwikkeling"):
        assert canonical_body(printed) == "sectoroverleg"
    text = "Het sectoroverleg jeugdwerk rond polarisering kwam samen op 28 juni en 4 oktober 2022."
    assert [m.body for m in find_meetings(text, date(2022, 12, 1))] == ["sectoroverleg"]
    # a capitalised name of its own is another body (dev-2019-12 F13)
    assert canonical_body("expertencel Disengagement") != "expertencel"
