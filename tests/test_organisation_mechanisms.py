"""Organisation mechanisms found on tests/gold/dev-2019/ (issue 12, third pass), each checked on sentences
written for this test (no name from any gold set) and, where the real report has a case, on it."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations, party_canonical
from pipeline.structure import split_parties
from tests.conftest import RENDITIONS, parse


def canonicals(text: str) -> list[str]:
    return [h.canonical for h in find_organisations(text)]


@pytest.mark.parametrize("printed, expected", [
    # an "en" between two capitalised names in a comma list separates two parties
    ("VVSG, PZ Westkust en Politiezone Grensleie", ["VVSG", "PZ Westkust", "Politiezone Grensleie"]),
    ("OCAD, Hogeschool Noordzee en Leiden University", ["OCAD", "Hogeschool Noordzee", "Leiden University"]),
    ("VGC; Roeselare en Izegem", ["VGC", "Roeselare", "Izegem"]),
    ("VVSG, vzw Speelpunt Oost en Jeugdvereniging De Lier vzw (Tielt)",
     ["VVSG", "vzw Speelpunt Oost", "Jeugdvereniging De Lier vzw (Tielt)"]),
    ("EMB, weekblad Kijkuit en Theatercollectief Spiegel vzw",
     ["EMB", "weekblad Kijkuit", "Theatercollectief Spiegel vzw"]),
    ("EMB, WHO en OESO", ["EMB", "WHO", "OESO"]),
    # a spaced slash separates parties, an unspaced one belongs to the name
    ("Scholengroep Leiedal / KTA Ter Beke, NAVO/OTAN", ["Scholengroep Leiedal", "KTA Ter Beke", "NAVO/OTAN"]),
    # a bracket naming a second partner is a party of its own
    ("Ieper (i.s.m. Poperinge), VVSG", ["Ieper", "Poperinge", "VVSG"]),
    # names with an inner "en" stay whole: a link word before it, or a single ordinary word on one side
    ("VVSG, Instituut voor Vrede en Verzoening", ["VVSG", "Instituut voor Vrede en Verzoening"]),
    ("OCAD, Departement Cultuur en Sport", ["OCAD", "Departement Cultuur en Sport"]),
    ("OCAD, Afdeling Jeugd en Vrije Tijd", ["OCAD", "Afdeling Jeugd en Vrije Tijd"]),
    ("OCAD, Samen en Sterk vzw", ["OCAD", "Samen en Sterk vzw"]),
])  # fmt: skip
def test_party_list_split(printed, expected):
    assert split_parties(printed) == expected


def test_party_list_split_real_report():
    # hand-checked against the printed field of action 5.3 (no comma list): one name with an inner "en"
    report = parse(RENDITIONS["text"])
    parties = {a.action_id: a.other_parties for a in report.actions()}
    assert parties["5.3"] == ["Platform Vlaamse Imams en Moslimdeskundigen", "EMB"]
    assert parties["4.1"][-2:] == ["Vilvoorde", "Zele"]


@pytest.mark.parametrize("party, expected", [
    # the plural head before the first town of a list
    ("gemeenten Kortemark", "gemeente Kortemark"),
    ("steden Ieper", "stad Ieper"),
    # a service named with the association that runs it
    ("Hulplijn Thuis van vzw De Brug", "Hulplijn Thuis"),
])  # fmt: skip
def test_party_canonical(party, expected):
    assert party_canonical(party) == expected
