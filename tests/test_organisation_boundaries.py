"""Where an organisation name begins and ends (issue 12, sixth session, helper org7), each case on tuning-set
text (models/gold/dev-2020-12/, dev-2019, dev-2019-12) or the real report, checked by hand against GUIDELINES.md
and the annotators' NOTES."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations, party_canonical


def canonicals(text: str) -> list[str]:
    return [h.canonical for h in find_organisations(text)]


@pytest.mark.parametrize(
    "party, expected",
    [
        # "X – Y" in Andere betrokkenen, Y a unit of X: the party is X (dev-2020-12 NOTES H21-H40)
        ("Hogeschool Scheldeland – Kenniscentrum Veiligheid en Samenleving", "Hogeschool Scheldeland"),
        ("Hogeschool Scheldeland – lerarenopleiding", "Hogeschool Scheldeland"),
        ("federale politie – DJSOC Terro", "federale politie"),
        ("Europese Commissie – DG HOME", "Europese Commissie"),
        ("VGC – directie Onderwijs en Vorming", "VGC"),
        # a bare name before a head-noun name: one name, the second part describes the first (GUIDELINES D4)
        ("vzw Al-Wasat – Centrum voor Religieuze Duiding", "Al-Wasat – Centrum voor Religieuze Duiding"),
        ("Moderator – Forum voor Herstelrecht en Bemiddeling", "Moderator – Forum voor Herstelrecht en Bemiddeling"),
        # the organisation and its seat (unchanged)
        ("Cocon – Vilvoorde", "De Cocon"),
    ],
)
def test_party_and_its_unit_after_a_dash(party: str, expected: str) -> None:
    assert party_canonical(party) == expected
