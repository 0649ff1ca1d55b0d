"""Organisation mechanisms found on tests/gold/dev-2019/ (issue 12, third pass), each checked on sentences
written for this test (no name from any gold set) and, where the real report has a case, on it."""

from __future__ import annotations

import pytest
from conftest import RENDITIONS, parse

from pipeline.extract.organisations import find_organisations, party_canonical
from pipeline.gazetteer import load_gazetteer
from pipeline.structure import split_parties


def canonicals(text: str) -> list[str]:
    return [h.canonical for h in find_organisations(text)]


@pytest.mark.parametrize(
    "printed, expected",
    [
        # an "en" between two capitalised names in a comma list separates two parties
        ("VVSG, PZ Westkust en Politiezone Grensleie", ["VVSG", "PZ Westkust", "Politiezone Grensleie"]),
        ("OCAD, Hogeschool Noordzee en Leiden University", ["OCAD", "Hogeschool Noordzee", "Leiden University"]),
        ("VGC; Roeselare en Izegem", ["VGC", "Roeselare", "Izegem"]),
        (
            "VVSG, vzw Speelpunt Oost en Jeugdvereniging De Lier vzw (Tielt)",
            ["VVSG", "vzw Speelpunt Oost", "Jeugdvereniging De Lier vzw (Tielt)"],
        ),
        (
            "EMB, weekblad Kijkuit en Theatercollectief Spiegel vzw",
            ["EMB", "weekblad Kijkuit", "Theatercollectief Spiegel vzw"],
        ),
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
    ],
)
def test_party_list_split(printed, expected):
    assert split_parties(printed, load_gazetteer().party_names) == expected


def test_party_list_split_real_report():
    # hand-checked against the printed field of action 5.3 (no comma list): one name with an inner "en"
    report = parse(RENDITIONS["text"])
    parties = {a.action_id: a.other_parties for a in report.actions()}
    assert parties["5.3"] == ["Platform Vlaamse Imams en Moslimdeskundigen", "EMB"]
    assert parties["4.1"][-2:] == ["Vilvoorde", "Zele"]


@pytest.mark.parametrize(
    "party, expected",
    [
        # the plural head before the first town of a list
        ("gemeenten Kortemark", "gemeente Kortemark"),
        ("steden Ieper", "stad Ieper"),
        # a service named with the association that runs it
        ("Hulplijn Thuis van vzw De Brug", "Hulplijn Thuis"),
    ],
)
def test_party_canonical(party, expected):
    assert party_canonical(party) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adjective before the first word the acronym's letters need opens the expanded name
        (
            "Het Vlaams Centrum voor Sportbegeleiding en Bewegingsbeleid (CSB) startte.",
            ["Vlaams Centrum voor Sportbegeleiding en Bewegingsbeleid"],
        ),
        ("Ook Centrum voor Sportbegeleiding (CS) startte.", ["Centrum voor Sportbegeleiding"]),
        # a capitalised sentence-initial article before a headed name is no part of it; "De Brug vzw" keeps it
        ("Het Lokaal Ontmoetingshuis Noord vzw werkt in Aalst.", ["Lokaal Ontmoetingshuis Noord"]),
        ("De Brug vzw werkt in Aalst.", ["De Brug"]),
        # a legal form closes a name with an inner "en" after "voor", and with English link words
        ("Zij werkten met het Centrum voor Jeugdzorg Aa en Maas vzw.", ["Centrum voor Jeugdzorg Aa en Maas"]),
        ("Families for Peace ivzw en het Netzwerk Dialog e.V. sloten aan.", ["Families for Peace", "Netzwerk Dialog"]),
        # without "voor"/"van" before it, the "en" still joins two organisations
        ("Ook de vzw Jong & Divers en Radar nv namen deel.", ["Jong & Divers", "Radar"]),
        ("Er waren twee Huizen van het Kind en Ouders voor Vrede vzw.", ["Ouders voor Vrede"]),
        # an inflected adjective after a lower-case "het" describes the name ("het Vlaams Instituut" does not)
        (
            "Zij werkte samen met het Limburgse Centrum voor Jeugdzorg en Opvang De Horst vzw.",
            ["Centrum voor Jeugdzorg en Opvang De Horst"],
        ),
    ],
)
def test_name_bounds(text, expected):
    assert canonicals(text) == expected


def test_acronym_defined_in_one_text_names_the_party_and_other_texts():
    from pipeline.extract.organisations import action_names, with_listed_names
    from pipeline.extract.stage import party_canonicals

    texts = ["Het Vlaams Centrum voor Sportbegeleiding (VCS) begeleidde vijf clubs.", "Middelen VCS: € 20.000"]
    assert party_canonicals(["VCS", "VVSG"], texts) == ["Vlaams Centrum voor Sportbegeleiding", "VVSG"]
    names = action_names(["VCS", "VVSG"], texts, printed="VCS, VVSG")  # a one-word listed party: still the definition
    hits = with_listed_names(texts[1], find_organisations(texts[1]), names)
    assert [(h.mention, h.canonical) for h in hits] == [("VCS", "Vlaams Centrum voor Sportbegeleiding")]


def test_one_word_party_of_a_printed_list_is_a_name_of_its_action():
    from pipeline.extract.organisations import listed_names, with_listed_names

    names = listed_names(
        ["VVSG", "Ouderlijn", "WHO", "Inspectie", "Gent"], printed="VVSG, Ouderlijn, WHO, Inspectie, Gent"
    )
    assert names.get("Ouderlijn") == "Ouderlijn" and names.get("WHO") == "WHO"
    assert "Inspectie" not in names and "Gent" not in names  # a bare head noun; a town is judged by its role
    text = "De Ouderlijn beantwoordde 300 vragen; de WHO gaf advies."
    hits = with_listed_names(text, find_organisations(text), names)
    assert [h.canonical for h in hits] == ["Ouderlijn", "WHO"]
    # a field printed without separators was cut by guesswork: its one-word pieces are not names
    assert "LBV" not in listed_names(["Inspectie", "LBV"], printed="Inspectie LBV")


def test_one_word_party_real_report():
    # hand-checked: action 12.5 prints "Inspectie LBV" without separators; "LBV" is no organisation there
    from pipeline.extract.organisations import listed_names

    report = parse(RENDITIONS["text"])
    action = next(a for a in report.actions() if a.action_id == "12.5")
    assert "LBV" not in listed_names(action.other_parties, printed=action.other_parties_text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # municipalities as partners of a cooperation, or as members of a plural head
        (
            "Het Huis van het Kind Noord, een samenwerking tussen Maaseik, Kinrooi en Bree, startte.",
            ["Huis van het Kind Noord", "stad Maaseik", "gemeente Kinrooi", "stad Bree"],
        ),
        (
            "Het ISB begeleidde acht gemeenten, waaronder Geel, Lommel en Mol, bij de opmaak.",
            ["stad Geel", "stad Lommel", "gemeente Mol"],
        ),
        ("Jongeren uit Geel, Lommel en Mol namen deel.", []),
        # a lower-case descriptor noun before a name
        ("Het project loopt met jeugdhuis De Sleutel.", ["De Sleutel"]),
        ("Het weekblad Kijkuit en de zender Radio Noord berichtten.", ["Kijkuit", "Radio Noord"]),
        # more head nouns; a tail "van de X" that is an organisation of its own is a second mention
        (
            "De onderzoeksgroep Sociale Cohesie van de UGent en het kabinet Welzijn werkten samen.",
            ["onderzoeksgroep Sociale Cohesie", "UGent", "kabinet Welzijn"],
        ),
        (
            "Het Kenniscentrum Onderwijs & Burgerschap van de Noordhogeschool gaf les.",
            ["Kenniscentrum Onderwijs & Burgerschap", "Noordhogeschool"],
        ),
        (
            "De Raad van Bestuur van het Vlaams Instituut voor Vrede besliste.",
            ["Raad van Bestuur van het Vlaams Instituut voor Vrede"],
        ),
        # a school of a network is an institution of its own; a politiezone by its abbreviation
        ("De directeur van GO! atheneum De Linde en PZ Westkust namen deel.", ["GO! atheneum De Linde", "PZ Westkust"]),
        # a kind of body with the area it serves is one organisation; the bare kind is not
        (
            "CAW Noord, OCMW Ieper en Vrij CLB Meetjesland zaten samen met het CAW.",
            ["CAW Noord", "OCMW Ieper", "Vrij CLB Meetjesland"],
        ),
        # one word glued to an institution's head noun, inside a sentence
        ("Leerlingen van het Sint-Jozefsinstituut en de Noordhogeschool.", ["Sint-Jozefsinstituut", "Noordhogeschool"]),
        ("Hogeschoolstudenten kwamen.", []),
        # a name does not end on an adjective: the noun it qualifies belongs to it
        (
            "Ook de onderzoeksgroep Maatschappelijk werk van de Noordhogeschool nam deel.",
            ["onderzoeksgroep Maatschappelijk werk", "Noordhogeschool"],
        ),
    ],
)
def test_heads_descriptors_and_authorities(text, expected):
    assert canonicals(text) == expected


def test_heads_real_report():
    # hand-checked on the December 2017 report (dev actions 7.1 and 14.5)
    lines = (RENDITIONS["text"]).read_text(encoding="utf-8").splitlines()
    conrad = next(line for line in lines if "Onderzoeksgroep Sociaal werk" in line)
    assert "Onderzoeksgroep Sociaal werk" in canonicals(conrad)
    represent = next(line for line in lines if "studenten in Arteveldehogeschool" in line)
    assert "Arteveldehogeschool" in canonicals(represent)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an "en" after "voor"/"van" in an enumeration is inside the name; an adjective of another country is not
        (
            "De stad trad op als gastheer, samen met het Nederlandse Ministerie van Onderwijs en Wetenschap.",
            ["Ministerie van Onderwijs en Wetenschap"],
        ),
        ("Dat gebeurde samen met het Centrum voor Vrede en Universiteit Gent.", ["Centrum voor Vrede", "UGent"]),
        # a name on a head noun after "en" is a second name
        ("In de regio werkten PZ Westkust en Scholengroep Polder samen.", ["PZ Westkust", "Scholengroep Polder"]),
        # a bracketed short form whose acronym abbreviates the name before it is that name again
        (
            "EXO werkt samen met het Psychiatrisch Ziekenhuis Sint-Anna (PZ Sint-Anna) te Brugge.",
            ["Psychiatrisch Ziekenhuis Sint-Anna"],
        ),
        # a title after an event/project noun, a body's name after a meeting-body noun
        ("Het slotmoment, het festival Zomer in de Straat, vindt plaats in juni.", []),
        ("Er werd een stuurcomité Scholen en Politie opgericht.", []),
        # an organ of a municipality, and a municipality outside the data file named by its title
        ("De gemeente Venlo trad op als gastheer; de gemeenteraad van Lier besliste.", ["gemeente Venlo", "stad Lier"]),
        ("Een bezoek in de gemeente Venlo.", []),
        # a municipality holding a project acts; an official's municipality does not (a role, GUIDELINES.md)
        ("Het project van Bree bereikte 40 jongeren uit Bree.", ["stad Bree"]),
        ("De burgemeester van Bree sprak.", []),
    ],
)
def test_enumerations_repeats_titles_and_towns(text, expected):
    assert canonicals(text) == expected


def test_school_of_a_network_as_party():
    assert party_canonical("GO! atheneum De Linde") == "GO! atheneum De Linde"
    assert party_canonical("RAN Centre of Excellence") == "RAN"
