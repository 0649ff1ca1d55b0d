"""Meeting mechanisms of the gold9 decisions (meet12: GUIDELINES "Issue 12, gold9 decisions" G9-1 ... G9-7), each on
sentences of the tuning splits or written in the report's style, the expected records hand-checked against the
decisions."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.meetings import find_meetings
from pipeline.extract.organisations import find_organisations

D20 = date(2020, 6, 1)  # report date of dev-2020-06
D19 = date(2019, 12, 1)  # report date of dev-2019-12


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # G9-3's own examples; Vilvoorde, Antwerpen, Kortrijk, Genk carry the title stad, Zaventem and Boom gemeente
        ("Het LIVC van Vilvoorde kwam zeven keer samen.", ["LIVC stad Vilvoorde"]),
        ("Het LIVC in Vilvoorde kwam zeven keer samen.", ["LIVC stad Vilvoorde"]),
        ("Het LIVC van de gemeente Genk kwam in de rapportageperiode maandelijks samen.", ["LIVC stad Genk"]),
        ("Het LIVC van de gemeente Boom kwam in de rapportageperiode maandelijks samen.", ["LIVC gemeente Boom"]),
        # dev-2019-12 F13, dev-2020-06 G07, dev-extra D08: the place the statement opens with owns the cell
        (
            "In Antwerpen werd de frequentie van de LIVC teruggebracht van tweewekelijks naar maandelijks.",
            ["LIVC stad Antwerpen"],
        ),
        (
            "In stad Kortrijk vergaderde de casustafel van de LIVC-R in de rapportageperiode zes keer.",
            ["casustafel LIVC-R stad Kortrijk"],
        ),
        (
            "In Zaventem kwam de lokale integrale veiligheidscel (LIVC) sinds januari 2018 elke maand bijeen.",
            ["lokale integrale veiligheidscel gemeente Zaventem"],
        ),
        ("De preventiedienst van Gent kwam zeven keer samen.", ["preventiedienst stad Gent"]),
        # not a municipality's body: an LTF keeps its place as printed (G9-5), a service with a name of its own its name
        ("Het LTF in Gent kwam zeven keer samen.", ["LTF Gent"]),
    ],
)
def test_a_municipalitys_body_is_named_after_its_canonical(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De LIVC van de stad Vilvoorde kwam zeven keer samen.", ("LIVC", "LIVC stad Vilvoorde")),
        ("In Antwerpen werd de frequentie van de LIVC teruggebracht.", ("LIVC", "LIVC stad Antwerpen")),
        ("Het LIVC Genk kwam samen.", ("LIVC Genk", "LIVC stad Genk")),
        ("Het LIVC van de gemeente Boom vergadert.", ("LIVC", "LIVC gemeente Boom")),
        # a CAW is a body of its own, named by its area (the organisation gold keeps "CAW Gent", "OCMW Ronse")
        ("Het CAW van de stad Gent werkt mee.", ("CAW", "CAW Gent")),
    ],
)
def test_a_municipalitys_livc_as_organisation_is_named_after_its_canonical(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(o.mention, o.canonical) for o in find_organisations(text)]


@pytest.mark.parametrize(
    "text",
    [
        # dev-2019-12 F07, dev-2020-06 G07: an unnamed kind of body in an indefinite number of places
        "Uit de verslagen blijkt dat de LIVC in de meeste gemeenten maandelijks vergadert.",
        "Bij de bevraging bleek: in acht van de tien gemeenten komt de LIVC-R maandelijks samen, in de andere twee "
        "om de zes weken.",
        "In een aantal gemeenten vergadert de LIVC tweewekelijks.",
        # G9-6's own example of an indefinite set of bodies
        "Verschillende lokale netwerken kwamen maandelijks samen.",
    ],
)
def test_an_indefinite_set_of_bodies_gives_no_record(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named body whose members are an indefinite set still met
        (
            "De werkgroep Preventie, waarin verschillende gemeenten zetelen, kwam drie keer samen.",
            ["werkgroep Preventie"],
        ),
        # a definite whole named as one is one record (G9-6)
        (
            "De vijf provinciale overlegplatformen kwamen elk minstens twee keer samen.",
            ["provinciale overlegplatformen"],
        ),
    ],
)
def test_a_named_body_or_a_definite_set_still_met(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-2020-06 G11: an overleg of an owner is the owner's meeting (G9-7)
        (
            "Het partnerschapsoverleg van het Huis van het Kind Brussel vergaderde op 10/12/2019 en 24/3/2020.",
            ["Huis van het Kind Brussel"],
        ),
        ("Het overleg van de VVSG vond plaats op 3 maart 2020.", ["VVSG"]),
        ("Het overleg van de werkgroep vond plaats op 3 maart 2020.", ["werkgroep"]),
        # a programme is no owner (dev-2020-06 G30), nor is a generic complement
        (
            "Het partneroverleg van Focus op Talent, dat door het departement WSE wordt gecoördineerd, kwam samen op "
            "12/12/2019 en 12/3/2020.",
            ["partneroverleg Focus op Talent"],
        ),
        ("Het overleg van de betrokken diensten vond plaats op 3 maart 2020.", ["overleg van de betrokken diensten"]),
        # a standing consultation without an owner is itself the body
        ("Het structureel bovenlokaal overleg kwam op 3 maart 2020 samen.", ["structureel bovenlokaal overleg"]),
    ],
)
def test_an_overleg_of_an_owner_is_the_owners_meeting(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-2020-06 G26: a symmetric overleg between a list of parties, one record per named organisation (G9-2)
        (
            "Het coördinatieoverleg tussen Ouders voor Verbinding, de Opvoedingslijn, de Gezinsbond en Kind en Gezin "
            "vergaderde op 28/1/2020.",
            ["Ouders voor Verbinding", "Opvoedingslijn", "Gezinsbond", "Kind en Gezin"],
        ),
        # a coordinated subject of two organisations (G9-2's own "X en Y kwamen samen", "X en Y overlegden")
        ("De VVSG en ABB kwamen op 3 maart 2020 samen.", ["VVSG", "ABB"]),
        ("Het OCAD en de VSSE overlegden op 3 maart 2020.", ["OCAD", "VSSE"]),
        # a party introduced by "met" after a subject gets none
        ("De VVSG kwam op 3 maart 2020 samen met ABB.", ["VVSG"]),
        # a standing consultation with a name of its own stays the body
        ("Het sectoroverleg tussen de afdeling Jeugd en de koepels kwam op 3 maart 2020 samen.", ["sectoroverleg"]),
    ],
)
def test_parties_in_the_same_role_each_get_a_record(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-2019 E08, dev-2022-12 M13: the sentence before places the body in one territory (G9-5)
        (
            "In Limburg werkt Arktos sinds januari 2019 samen met vzw Oranjebrug. De coaches van beide organisaties "
            "komen ongeveer maandelijks samen in een intervisiegroep om moeilijke schoolsituaties te bespreken.",
            ["intervisiegroep Limburg"],
        ),
        (
            "In Brussel werd de samenwerking met Actiris en Tracé Brussel verdergezet. Het gezamenlijke "
            "coördinatieoverleg kwam maandelijks samen, met uitzondering van augustus.",
            ["gezamenlijke coördinatieoverleg Brussel"],
        ),
        # dev-2020-12 H27: the body set up in a territory, its meeting in a relative clause
        (
            "- In Vlaams-Brabant werd in oktober 2020 een werkgroep opgericht samen met de provincie Vlaams-Brabant en "
            "het Regionaal Welzijnsoverleg Pajottenland (RWOP), die in het voorjaar van 2021 een eerste keer zal "
            "vergaderen.",
            ["werkgroep Vlaams-Brabant"],
        ),
        # a place before the meeting predicate itself is the venue; a body with a name of its own takes no place
        ("In Brussel kwam de werkgroep samen op 5 mei 2017.", ["werkgroep"]),
        ("In Gent startte een project. De stuurgroep Samenleven kwam drie keer samen.", ["stuurgroep Samenleven"]),
        # a place in another paragraph does not frame the statement
        ("In Gent startte een project.\nDe stuurgroep kwam drie keer samen.", ["stuurgroep"]),
    ],
)
def test_a_body_placed_in_one_territory_takes_it(text: str, expected: list[str]) -> None:
    assert bodies(text, date(2020, 12, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev-2020-06 G08 (G9-5), G9-3's own "het Vilvoordse LIVC": a place adjective is the body's territory
        (
            "Het Limburgse platform, dat i.s.m. de provincie Limburg georganiseerd wordt, kwam op 13/2/2020 samen in "
            "Hasselt.",
            ["platform Limburg"],
        ),
        ("Het Oost-Vlaamse platform kwam op 13/2/2020 samen.", ["platform Oost-Vlaanderen"]),
        ("Het Vilvoordse LIVC kwam zeven keer samen.", ["LIVC stad Vilvoorde"]),
        # a capitalised name keeps its adjective, a plural collective stays as printed
        ("De Antwerpse Jongerenraad kwam op 13/2/2020 samen.", ["Antwerpse Jongerenraad"]),
        ("Het overleg met de Brusselse politiezones vond plaats op 12 april 2018.", ["Brusselse politiezones"]),
    ],
)
def test_a_place_adjective_is_the_bodys_territory(text: str, expected: list[str]) -> None:
    assert bodies(text) == expected
