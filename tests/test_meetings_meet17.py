"""The fifteenth session's meeting rules (GUIDELINES G14), each on sentences written for this test (names invented or
taken from the gazetteer), with the records hand-checked against the guideline named. The batteries
(tests/test_meeting_predicates.py, tests/test_meeting_bodies.py) test the same rules on generated text."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.meetings import find_meetings

D = date(2026, 12, 1)


def records(text: str) -> list[tuple[str, int | None, list[str], bool]]:
    return [(m.body, m.count, [str(d) for d in m.dates], m.planned) for m in find_meetings(text, D)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # G14-1: a body named by a meeting noun that acts otherwise is no meeting; deliberating, it is
        ("Het provinciaal overleg publiceerde op 3 maart 2026 zijn jaarverslag.", []),
        ("Op 3 maart 2026 werd het regionaal overleg ontbonden.", []),
        (
            "Het teamoverleg van de VVSG besprak op 3 maart 2026 de nieuwe richtlijnen.",
            [("VVSG", None, ["2026-03-03"], False)],
        ),
        (
            "De VVSG en ABB hadden op 3 maart 2026 een werkoverleg.",
            [("VVSG", None, ["2026-03-03"], False), ("ABB", None, ["2026-03-03"], False)],
        ),
        # G14-2: not held
        ("De werkgroep zou op 3 maart 2026 samenkomen, maar dat bleek niet mogelijk.", []),
        ("De klankbordgroep komt gewoonlijk maandelijks samen, maar vergaderde deze zomer niet.", []),
        ("In het kernteam zitten de scholen, de politie en de stad samen.", []),
        # G14-3: one statement, several bodies
        (
            "De stuurgroep van de VVSG kwam op 3 maart 2026 samen en de stuurgroep van ABB op 10 maart 2026.",
            [("stuurgroep VVSG", None, ["2026-03-03"], False), ("stuurgroep ABB", None, ["2026-03-10"], False)],
        ),
        (
            "De werkgroep van de VVSG vergaderde viermaal, die van ABB tweemaal.",
            [("werkgroep VVSG", 4, [], False), ("werkgroep ABB", 2, [], False)],
        ),
        # G14-4: owners and organisers
        (
            "De vzw Zonnewijzer richtte samen met de VVSG een denktank op. De denktank vergaderde op 3 maart 2026.",
            [("denktank Zonnewijzer", None, ["2026-03-03"], False)],
        ),
        (
            "Op 3 maart 2026 werd door ABB een overleg georganiseerd met de coördinatoren.",
            [("ABB", None, ["2026-03-03"], False)],
        ),
        # G14-5: people of one organisation
        ("De straathoekwerkers van de stad Mechelen kwamen maandelijks samen.", [("stad Mechelen", None, [], False)]),
        # G14-6: places
        ("Het Roeselaarse LIVC kwam op 3 maart 2026 samen.", [("LIVC stad Roeselare", None, ["2026-03-03"], False)]),
        ("In de Kempen kwam de regiegroep tweemaal samen.", [("regiegroep Kempen", 2, [], False)]),
        # G14-7: planned
        ("De regiegroep gaat voortaan maandelijks vergaderen.", [("regiegroep", None, [], True)]),
        ("De stuurgroep kwam op 3 maart 2026 bij elkaar.", [("stuurgroep", None, ["2026-03-03"], False)]),
    ],
)
def test_fifteenth_session_rules(text: str, expected: list) -> None:
    assert records(text) == expected
