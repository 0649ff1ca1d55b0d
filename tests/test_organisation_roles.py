"""Issue 12, organisations: local authorities by their role in the sentence, names from structural evidence,
and the parties of "Andere betrokkenen" as facts on the real report's text form."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from pipeline.extract.municipalities import MUNICIPALITIES_PATH, municipality, province
from pipeline.extract.organisations import find_organisations, party_canonical
from pipeline.extract.stage import party_facts, party_spans
from pipeline.gazetteer import load_gazetteer
from pipeline.read import read_document
from pipeline.structure import build_report, split_parties

PARTY_NAMES = load_gazetteer().party_names

REPORT = "tests/fixtures/report-2017-12.txt"


def canonicals(text: str) -> list[str]:
    return [h.canonical for h in find_organisations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentences
        (
            "In 2017 werden Dilbeek, Halle en Vilvoorde gesubsidieerd.",
            ["gemeente Dilbeek", "stad Halle", "stad Vilvoorde"],
        ),
        ("Er ging 854.000 euro (Dilbeek) naar preventie.", ["gemeente Dilbeek"]),
        ("De stad Mechelen organiseert een vorming.", ["stad Mechelen"]),
        ("Dit gebeurt in samenwerking met de gemeente Maasmechelen.", ["gemeente Maasmechelen"]),
        # the title comes from the data, not from the head word printed
        ("De gemeente Mechelen diende een aanvraag in.", ["stad Mechelen"]),
        ("De provincie Limburg en de VGC werken samen.", ["provincie Limburg", "VGC"]),
        # recipients in a list, one of them with a partner
        (
            "namelijk:\n- Vilvoorde (85.000 euro);\n- Maaseik i.s.m. Dilsen-Stokkem (60.295 euro);\n- Zele (56.775 "
            "euro).",
            ["stad Vilvoorde", "stad Maaseik", "stad Dilsen-Stokkem", "gemeente Zele"],
        ),
        (
            "Vorming voor gemeenten en OCMW's Herentals, Olen en Lille.",
            ["stad Herentals", "gemeente Olen", "gemeente Lille"],
        ),
        # pre-2019 names are kept (older reports use them)
        ("Ook Neerpelt kreeg een subsidie.", ["gemeente Neerpelt"]),
        # recipients of amounts, an administration "of" a place
        ("De subsidies gingen naar Lier (40.000 euro) en Temse (25.000 euro).", ["stad Lier", "gemeente Temse"]),
        (
            "Er werd 45.000 euro toegekend aan de stad Ronse en 30.000 euro aan Zottegem.",
            ["stad Ronse", "stad Zottegem"],
        ),
        (
            "De stuurgroep bestaat uit vertegenwoordigers van Vilvoorde, Machelen en Zaventem.",
            ["stad Vilvoorde", "gemeente Machelen", "gemeente Zaventem"],
        ),
        (
            "Het provinciebestuur van Antwerpen en de gemeente Boom engageerden zich.",
            ["provincie Antwerpen", "gemeente Boom"],
        ),
        # Brussels: French names and the one city
        ("De stad Brussel en de gemeente Schaerbeek organiseren samen.", ["stad Brussel", "gemeente Schaarbeek"]),
    ],
)
def test_authorities_acting_as_organisations(text, expected):
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De conferentie vond plaats in Gent.",
        "Een overleg te Brussel op 3 mei.",
        "Een RAN-meeting in Parijs.",
        "Er namen jongeren uit Vilvoorde deel.",
        "Scholen in de regio Mechelen.",
        "De tool werd getest binnen de stad Antwerpen zelf.",
        "Testdagen in Maasmechelen en in Genk.",
        # a town after an organisation's name is its seat, not a second organisation
        "namelijk:\n- Jeugdclubs vzw\n- Lokeren (62.000 euro);",
        # coordinated with a place, still a place
        "De projecten in de provincie Vlaams-Brabant (AgII) en de stad Antwerpen (Atlas) liepen een jaar.",
    ],
)
def test_places_are_not_organisations(text):
    assert not [c for c in canonicals(text) if c.split()[0] in ("stad", "gemeente", "provincie")], canonicals(text)


def test_partner_after_isms_is_an_organisation_even_after_a_place():
    assert canonicals("Testvormingen in Maasmechelen en in Genk i.s.m. Maaseik.") == ["stad Maaseik"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # full names up to the last capitalised word or an "en"-joined last word
        (
            "Het Vlaams Instituut voor Sportbeheer en Recreatiebeleid stimuleert gemeenten.",
            ["Vlaams Instituut voor Sportbeheer en Recreatiebeleid"],
        ),
        ("Daarom werd het Risico Vechtsport Platform opgericht.", ["Risico Vechtsport Platform"]),
        ("De Federatie Marokkaanse Verenigingen werkt mee.", ["Federatie Marokkaanse Verenigingen"]),
        # an acronym beside its expansion, either way round, and later alone: the expansion's canonical
        (
            "Het Centrum voor Jeugdbegeleiding (CJB) start. Later werkt het CJB verder.",
            ["Centrum voor Jeugdbegeleiding", "Centrum voor Jeugdbegeleiding"],
        ),
        (
            "Het CJB (Centrum voor Jeugdbegeleiding) start. Het CJB groeit.",
            ["Centrum voor Jeugdbegeleiding", "Centrum voor Jeugdbegeleiding"],
        ),
        # an acronym of a programme is not an organisation
        ("De CoPPRa (Community Oriented Policing Preventing Radicalisation and Terrorism) vorming.", []),
        # names in an enumeration after a partner cue; legal form and article dropped
        (
            "Partners: Jeugdwerk Noord, Vormingplus Oost en de Katrol.",
            ["Jeugdwerk Noord", "Vormingplus Oost", "Katrol"],
        ),
        ("namelijk:\n- Zonder handen vzw\n- Brussel (66.044 euro);", ["Zonder handen"]),
        # our own sentences (not from any report): legal forms, "&", plural heads, two-word links
        ("De vzw Jong & Divers en Radar nv en Cera cv tekenden.", ["Jong & Divers", "Radar", "Cera"]),
        (
            "De Federatie van Marokkaanse Verenigingen en de Unie van Turkse Verenigingen namen deel.",
            ["Federatie van Marokkaanse Verenigingen", "Unie van Turkse Verenigingen"],
        ),
        (
            "De Hoge Raad voor de Justitie en het Netwerk tegen Armoede werden geïnformeerd.",
            ["Hoge Raad voor de Justitie", "Netwerk tegen Armoede"],
        ),
        (
            "Ook het Huis van het Nederlands Brussel en Foyer vzw sloten aan.",
            ["Huis van het Nederlands Brussel", "Foyer"],
        ),
        (
            "De Vlaamse Vereniging voor Solidaire Economie (VVSE) nam deel.",
            ["Vlaamse Vereniging voor Solidaire Economie"],
        ),
        (
            "Via het Steunpunt Jeugdhulp kregen Mechelen en Willebroek steun.",
            ["Steunpunt Jeugdhulp", "stad Mechelen", "gemeente Willebroek"],
        ),
        ("Elke gemeente krijgt een Huis van het Kind.", []),  # a kind of body, not one organisation
        (
            "De opleiding werd gegeven door Thomas More Hogeschool en Karel de Grote Hogeschool.",
            ["Thomas More Hogeschool", "Karel de Grote Hogeschool"],
        ),
        ("De jeugdorganisatie Chiro Vlaanderen en vzw 'De Link' gaven advies.", ["Chiro Vlaanderen", "De Link"]),
        ("Ook Uit De Marge vzw en Jong Gent in Actie vzw zijn partner.", ["Uit de Marge", "Jong Gent in Actie"]),
        # the report's 6.5 (dev): names after a plural descriptor noun
        ("een nieuwe consulent in de gemeenschapsinstellingen De Zande en De Grubbe.", ["De Zande", "De Grubbe"]),
        # an event of an organisation: the organisation, not the event
        ("Symposium Beeldvorming van Erasmus Hogeschool Brussels op 27/10/2017", ["Erasmus Hogeschool Brussels"]),
    ],
)
def test_names_from_structural_evidence(text, expected):
    assert canonicals(text) == expected


def test_municipality_data():
    rows = list(csv.DictReader(MUNICIPALITIES_PATH.open(encoding="utf-8")))
    current = [r for r in rows if not r["valid_to"] and r["title"] != "provincie"]
    assert sum(r["region"] == "Brussel" for r in current) == 19
    # Since 1/1/2025: 300 Flemish municipalities less the 15 absorbed by the 13 mergers of that year.
    flemish = Counter(r["province"] for r in current if r["region"] == "Vlaanderen")
    assert flemish == {
        "Antwerpen": 67,
        "Limburg": 38,
        "Oost-Vlaanderen": 55,
        "Vlaams-Brabant": 63,
        "West-Vlaanderen": 62,
    }
    ended_2024 = [r for r in rows if r["valid_to"] == "2024-12-31"]
    assert len({r["merged_into"] for r in ended_2024}) == 13
    assert len(ended_2024) - sum(r["valid_from"] == "2025-01-01" for r in rows) == 15
    names = {r["name"] for r in rows if r["title"] != "provincie"}
    assert all(r["merged_into"] in names for r in rows if r["merged_into"])
    assert municipality("Gent").title == "stad" and municipality("Dilbeek").title == "gemeente"
    assert municipality("Molenbeek").canonical == "gemeente Sint-Jans-Molenbeek"
    assert province("Vlaams Brabant").canonical == "provincie Vlaams-Brabant"


@pytest.fixture(scope="module")
def report():
    doc = read_document(REPORT)
    return build_report(doc.blocks, doc.n_pages, gazetteer=load_gazetteer())


def test_other_parties_facts_on_the_real_text(report):
    by_action: dict[str, list[str]] = {}
    for where, party in ((f.where, f.fact) for f in party_facts(report)):
        assert where.field == "other_parties" and where.entry_no is None and party.source == "party_list"
        printed = report.locate(where.action_id)[2].other_parties_text
        assert " ".join(printed[where.char_start : where.char_end].split()) == party.mention
        by_action.setdefault(where.action_id, []).append(party.canonical)
    # hand-checked against the printed fields of the December 2017 report
    assert by_action["4.1"] == [
        "stad Aalst",
        "stad Antwerpen",
        "stad Gent",
        "stad Maaseik",
        "stad Mechelen",
        "stad Menen",
        "stad Oostende",
        "stad Vilvoorde",
        "gemeente Zele",
    ]
    assert by_action["4.2"] == ["stad Vilvoorde", "gemeente Dilbeek", "stad Halle"]
    assert by_action["8.1"] == ["VVSG", "provincie West-Vlaanderen", "stad Genk"]
    assert by_action["2.1"] == ["OCAD", "FOD Justitie", "VVSG"]  # printed without commas
    assert by_action["14.1"][:2] == ["Jeugdclubs", "Zonder Handen"]  # legal form dropped
    assert "1.2" not in by_action  # no parties printed


def test_party_spans_and_canonical():
    printed = "OCAD FOD Justitie VVSG"
    parties = split_parties(printed, PARTY_NAMES)
    assert [printed[s:e] for s, e in party_spans(printed, parties)] == ["OCAD", "FOD Justitie", "VVSG"]
    assert party_canonical("Vereniging van Vlaamse Steden en Gemeenten") == "VVSG"
    assert party_canonical("Halle") == "stad Halle"
    # our own examples: an acronym beside its expansion either way, a qualifier in parentheses
    assert party_canonical("Centrum voor Jeugdbegeleiding (CJB)") == "Centrum voor Jeugdbegeleiding"
    assert party_canonical("CJB (Centrum voor Jeugdbegeleiding)") == "Centrum voor Jeugdbegeleiding"
    assert party_canonical("Vereniging van Vlaamse Steden en Gemeenten (VVSG)") == "VVSG"
    assert party_canonical("De Cocon (Vilvoorde)") == "De Cocon"
    assert party_canonical("Jeugdhuis X – Lier") == "Jeugdhuis X"
    assert split_parties("Centrum X (Gent, Brussel), VVSG", PARTY_NAMES) == ["Centrum X (Gent, Brussel)", "VVSG"]
    # the last item joined by "en" when both sides stand alone; known names with "en" stay whole
    assert split_parties("OCAD, VVSG en de VGC", PARTY_NAMES) == ["OCAD", "VVSG", "VGC"]
    assert split_parties("Kind en Gezin, VVSG", PARTY_NAMES) == ["Kind en Gezin", "VVSG"]
    # generic collective parties count too, as printed without a leading article (GUIDELINES.md)
    assert [party_canonical(p) for p in ("de onderwijskoepels", "CLB-sector", "politie")] == [
        "onderwijskoepels",
        "CLB-sector",
        "politie",
    ]
    assert split_parties("VVSG, lokale besturen en scholen", PARTY_NAMES) == ["VVSG", "lokale besturen", "scholen"]


def test_regions_are_territories_not_municipalities():
    """models/regions.csv: the streken and administrative regions a report places bodies in; none is a municipality or
    a province (those stay in municipalities.csv), and an organisation's name is no region."""
    from pipeline.extract.municipalities import _regions, municipality, province, region

    assert region("Westhoek") and region("Vlaamse Rand") and region("Zuid-West-Vlaanderen")
    assert not region("Gent") and not region("Limburg") and not region("VVSG")
    assert not any(municipality(name) or province(name) for name in _regions())
