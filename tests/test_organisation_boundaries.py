"""Where an organisation name begins and ends (issue 12, sixth session, helper org7), each case on tuning-set
text (models/gold/dev-2020-12/, dev-2019, dev-2019-12) or the real report, checked by hand against GUIDELINES.md
and the annotators' NOTES."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations, listed_names, party_canonical
from pipeline.structure import split_parties


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H02: the parliament named as printed, the gazetteer not knowing it
        (
            "Op uitnodiging van de Commissie voor Binnenlandse Zaken van de Kamer van volksvertegenwoordigers "
            "lichtte het OCAD op 25 november 2020 de dreigingsevaluatie toe",
            ["Kamer van volksvertegenwoordigers", "OCAD"],
        ),
        # dev-2019 E03's printed form stays
        ("een hoorzitting in de Commissie voor de Justitie van de Kamer", ["Kamer"]),
        # dev-2020-12 H36: a division defined with its acronym keeps its lower-case head (D1), for the acronym too
        (
            "In opdracht van ABB voert de onderzoeksgroep Conflict, Identiteit en Samenleving (CIS) van de UGent, "
            "samen met het Steunpunt Sociaal Weefsel (SSW), een meting uit. De CIS rapporteert.",
            [
                "ABB",
                "onderzoeksgroep Conflict, Identiteit en Samenleving",
                "UGent",
                "Steunpunt Sociaal Weefsel",
                "onderzoeksgroep Conflict, Identiteit en Samenleving",
            ],
        ),
        # dev-2020-12 H08: a town right after the acronym's parenthesis is part of the name ("X (ACR) Gent")
        (
            "gaf het aanspreekpunt een toelichting voor het Lokaal Overlegplatform (LOP) Gent secundair onderwijs. "
            "Het LOP kwam samen.",
            ["Lokaal Overlegplatform Gent", "Lokaal Overlegplatform Gent"],
        ),
        # ... but not a capitalised word that is no place
        ("het Centrum voor Jeugdbegeleiding (CJB) Werkt samen met de VVSG", ["Centrum voor Jeugdbegeleiding", "VVSG"]),
    ],
)
def test_name_boundaries_in_running_text(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H05: a CAW serving several towns, each printed after the first
        (
            "telkens met vertegenwoordigers van de politiezone Mechelen-Willebroek, het OCMW, het CAW Boom Mechelen "
            "Lier en het jeugdwelzijnswerk.",
            ["politiezone Mechelen-Willebroek", "OCMW", "CAW Boom Mechelen Lier"],
        ),
        # dev-2020-12 H29: Brussels is an area a CAW serves like any other ("CAW Brussel")
        ("de Helplijn Extremisme van het CAW Brussel", ["CAW Brussel"]),
        # a capitalised word that is no town ends the area
        ("het CAW Limburg Gaf een toelichting", ["CAW Limburg"]),
        # dev-2020-12 H30: "het CAW" after "het CAW Oost-Vlaanderen" is its short form (D4)
        (
            "in samenwerking met het CAW Oost-Vlaanderen en het EMB. Daarna kwam het CAW samen.",
            ["CAW Oost-Vlaanderen", "EMB", "CAW Oost-Vlaanderen"],
        ),
        # ... not where the text names two CAWs, nor before the full name
        ("het CAW Limburg en het CAW Antwerpen. Daarna het CAW", ["CAW Limburg", "CAW Antwerpen", "CAW"]),
        ("CAW Noord zat samen met het CAW.", ["CAW Noord", "CAW"]),
        ("Daarna werkt het CAW samen met het CAW Limburg.", ["CAW", "CAW Limburg"]),
        # dev-2020-12 H13: a second "en" after the list's closing "en" joins the last name
        (
            "met de afdelingen Jongerenwelzijn, Justitiehuizen en Welzijn en Samenleving, vijf keer samen.",
            ["Jongerenwelzijn", "afdeling Justitiehuizen", "afdeling Welzijn en Samenleving"],
        ),
        (
            "met de afdelingen Jongerenwelzijn, Justitiehuizen en Beleidsontwikkeling samen.",
            ["Jongerenwelzijn", "afdeling Justitiehuizen", "afdeling Beleidsontwikkeling"],
        ),
    ],
)
def test_areas_short_forms_and_unit_lists(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H30: a bare name, a dash and a head-noun name are one name (D4's own example form)
        (
            "Het project wordt uitgevoerd door de vzw Al-Wasat – Centrum voor Religieuze Duiding, in samenwerking "
            "met het CAW Oost-Vlaanderen.",
            ["Al-Wasat – Centrum voor Religieuze Duiding", "CAW Oost-Vlaanderen"],
        ),
        (
            "De vzw Moderator – Forum voor Herstelrecht en Bemiddeling organiseerde",
            ["Moderator – Forum voor Herstelrecht en Bemiddeling"],
        ),
        # an institution and its unit stay two mentions in running text (dev-2020-12 NOTES H21-H40)
        (
            "de Hogeschool Scheldeland – Kenniscentrum Veiligheid en Samenleving",
            ["Hogeschool Scheldeland", "Kenniscentrum Veiligheid en Samenleving"],
        ),
    ],
)
def test_name_and_descriptor_after_a_dash(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H31, H23: after the legal form the name runs over an inner "in" / French "et"
        (
            "een samenwerkingsverband tussen de Hogeschool Scheldeland en de vzw Leerkracht in Balans. In het "
            "schooljaar",
            ["Hogeschool Scheldeland", "Leerkracht in Balans"],
        ),
        (
            "dat samen met de asbl Jeunesse et Dialogue en het Centre Bruxellois de Médiation Scolaire (CBMS) wordt "
            "uitgewerkt",
            ["Jeunesse et Dialogue", "Centre Bruxellois de Médiation Scolaire"],
        ),
        ("de vzw Jong Gent in Actie", ["Jong Gent in Actie"]),
        # ... but "in" before a place says where the vzw works
        ("de vzw Tweede Stem in Antwerpen", ["Tweede Stem"]),
        ("de vzw Tweede Stem in Vlaams-Brabant", ["Tweede Stem"]),
        # dev-2020-12 H25 (annotator's D1 call): an adjective of another country the acronym lacks is no part of
        # the name; one the acronym needs is
        (
            "met sprekers van de Universiteit Utrecht, het Oostenrijkse Zentrum für Radikalisierungsprävention (ZRP) "
            "en de VVSG.",
            ["Universiteit Utrecht", "Zentrum für Radikalisierungsprävention", "VVSG"],
        ),
        (
            "het Deense Nationaal Centrum voor Preventie van Extremisme (DNCPE) en",
            ["Deense Nationaal Centrum voor Preventie van Extremisme"],
        ),
    ],
)
def test_inner_link_words_and_foreign_adjectives(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


def test_a_name_enumerating_its_fields_is_one_party() -> None:
    # dev-2020-12 H36: the acronym's letters need the words before the comma, so the comma is inside the name
    printed = (
        "Vlaams Vredesinstituut, UGent – onderzoeksgroep Conflict, Identiteit en Samenleving (CIS), Statistiek "
        "Vlaanderen, Steunpunt Sociaal Weefsel, Universiteit Hasselt"
    )
    parties = split_parties(printed, [])
    assert parties == [
        "Vlaams Vredesinstituut",
        "UGent – onderzoeksgroep Conflict, Identiteit en Samenleving (CIS)",
        "Statistiek Vlaanderen",
        "Steunpunt Sociaal Weefsel",
        "Universiteit Hasselt",
    ]
    assert party_canonical(parties[1]) == "UGent"
    # the acronym is the unit's, not the university's: the list does not make "CIS" an alias of UGent
    assert "CIS" not in listed_names(parties)
    # an acronym that its own piece spells out keeps the commas as separators
    assert split_parties("OCAD, Vlaamse Vereniging voor Solidaire Economie (VVSE), VVSG", []) == [
        "OCAD",
        "Vlaamse Vereniging voor Solidaire Economie (VVSE)",
        "VVSG",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H39 (gold6 D1): a school's own name after its lower-case type noun
        (
            "Het CLB Waasland en de vrije basisschool De Regenboog in Temse fungeren als pilootpartners",
            ["CLB Waasland", "De Regenboog"],
        ),
        # dev-2019 E15: printed with its network, the name as a whole
        ("in het GO! atheneum De Brug", ["GO! atheneum De Brug"]),
    ],
)
def test_school_type_noun(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2019-12 F21, dev-2020-12 H16 (gold6 D3's canonical): a house of a network of local houses is the
        # house of the town the sentence names before it
        ("In Brussel werkt het Huis van het Kind samen met de VGC.", ["Huis van het Kind Brussel", "VGC"]),
        (
            "het netwerk kwam op 24/09/2020 samen in Brussel, in de lokalen van het Huis van het Nederlands, en een "
            "tweede keer online.",
            ["Huis van het Nederlands Brussel"],
        ),
        # not a town of another sentence, nor over the house's own place
        (
            "In Gent werkt het Huis van het Kind Menen samen. Het Huis van het Kind doet mee.",
            ["Huis van het Kind Menen", "Huis van het Kind"],
        ),
    ],
)
def test_house_of_the_town_named_before_it(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


def test_elided_article_opens_no_quote() -> None:
    # dev-2020-12 H34: "'t Anker" is a name with its elided article, not an opening quote that would make every
    # name after it on the line a quoted title
    text = (
        "Het TDV werkt daarbij samen met het Centrum Integrale Gezinszorg 't Anker in Ninove, met het CAW "
        "Brabant-Zenne. Met de FOD Binnenlandse Zaken (Federale Dienst Lokale Veiligheid) werd overlegd."
    )
    assert "Federale Dienst Lokale Veiligheid" in canonicals(text)
    # a real quote still makes a title
    assert "Samen Sterk Centrum" not in canonicals("het project 'Samen Sterk Centrum werkt' liep")


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H02 (NOTES #32): a judicial body with its district, up to its last capitalised word
        (
            "Ook werd er in oktober 2020 overlegd met het Openbaar Ministerie van het arrondissement Brussel over de "
            "doorstroming.",
            ["Openbaar Ministerie van het arrondissement Brussel"],
        ),
        # the district alone is a place (GUIDELINES)
        ("een regionaal netwerk met de gemeenten van het arrondissement Leuven", []),
    ],
)
def test_body_with_its_district(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-06 G23: a known acronym closing a head-noun name is part of that body's name
        (
            "Het ILVD werkt hiervoor samen met de Pedagogische Begeleidingsdienst GO! en de lerarenopleiding van de "
            "Arteveldehogeschool.",
            ["Pedagogische Begeleidingsdienst GO!", "Arteveldehogeschool"],
        ),
        # ... one opening a longer name is that organisation (GUIDELINES), and alone it stays itself
        ("met het GO! en de VVSG", ["GO!", "VVSG"]),
    ],
)
def test_acronym_closing_a_headed_name(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2019 E16: a compound descriptor capitalised only because it opens the sentence is dropped (D1)
        (
            "op de website van de afdeling Jeugd. Jeugdorganisatie Wijkwerk Noord vzw en de Europese koepel Youth "
            "Bridges Europe aisbl organiseerden",
            ["afdeling Jeugd", "Wijkwerk Noord", "Youth Bridges Europe"],
        ),
        # inside the sentence it was printed capitalised as part of the name
        ("met Jeugdorganisatie Wijkwerk Noord vzw", ["Jeugdorganisatie Wijkwerk Noord"]),
        # a house keeps its head (NOTES dev-2020-12: "Jeugdhuis De Schakel")
        ("Jeugdhuis De Schakel vzw organiseerde", ["Jeugdhuis De Schakel"]),
    ],
)
def test_descriptor_opening_a_sentence(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H33, H40 (NOTES D1 list): a company's type noun before its name is no part of it
        (
            "onder meer door het OCMW Hasselt en het interimkantoor Werkpunt Limburg; door de coronamaatregelen",
            ["OCMW Hasselt", "Werkpunt Limburg"],
        ),
        (
            "de technologiefirma Zeebrugge Data Solutions, het uitzendkantoor Interpersoneel Mechelen en de sociale "
            "werkplaats Wase Werkkracht namen deel",
            ["Zeebrugge Data Solutions", "Interpersoneel Mechelen", "Wase Werkkracht"],
        ),
        # the noun alone before a lower-case word names nothing
        ("het kantoor werd gesloten en de werkplaats verhuisde", []),
    ],
)
def test_company_type_nouns(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H25: the houses of justice of the towns listed after the plural head
        (
            "een handleiding publiceren waaraan de justitiehuizen van Antwerpen en Hasselt input leverden.",
            ["justitiehuis Antwerpen", "justitiehuis Hasselt"],
        ),
        # "van" before names that are no towns is not a list of units
        ("de afdelingen van Jeugd en Cultuur", []),
    ],
)
def test_plural_unit_head_before_towns(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


def test_name_with_its_elided_article() -> None:
    # dev-2020-12 H36 (NOTES D1): "het jeugdhuis 't Kwadrant" → "'t Kwadrant", the elided article kept
    text = "van de Scholengemeenschap Sint-Trudo en van het jeugdhuis 't Kwadrant in Tongeren. Het rapport"
    assert canonicals(text) == ["Scholengemeenschap Sint-Trudo", "'t Kwadrant"]
    assert canonicals("de gemeenschapsinstellingen De Zande en De Grubbe") == ["De Zande", "De Grubbe"]
