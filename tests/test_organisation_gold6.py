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


@pytest.mark.parametrize(
    "text, expected",
    [
        # D6: a region's territory is no organisation (real report, dev action 5.1; dev-2019 E20)
        (
            "In september 2016 zijn er 123 Huizen van het Kind erkend met een werkingsgebied over 188 gemeenten en "
            "het Brussels Hoofdstedelijk Gewest.",
            [],
        ),
        (
            "erkend met een werkingsgebied over 201 gemeenten in Vlaanderen en 1 met het Brussels Hoofdstedelijk "
            "Gewest als werkingsgebied",
            [],
        ),
        # ... the region acting is (dev-2019 E03: a partner)
        (
            "in samenwerking met het Brussels Hoofdstedelijk Gewest",
            [("Brussels Hoofdstedelijk Gewest", "Brussels Hoofdstedelijk Gewest")],
        ),
    ],
)
def test_a_region_as_territory_is_no_organisation(text, expected):
    assert mentions(text) == expected


def test_a_region_as_territory_is_no_organisation_in_the_parsed_report():
    # the real report's 5.1 with the NER model too (the extract stage): no "Brussels Hoofdstedelijk Gewest"
    from test_organisation_real_text import facts_of

    assert all(c != "Brussels Hoofdstedelijk Gewest" for _, c in facts_of("5.1"))


@pytest.mark.parametrize(
    "text, expected",
    [
        # D5: a name used as a modifier or in an event's title is no mention (real report, dev actions 12.3, 14.5)
        (
            "Mediawijs onderneemt ook een aantal acties rond mediawijsheid zoals het mediawijs competentiemodel, een "
            "website om ouders te ondersteunen bij mediaopvoeding",
            [("Mediawijs", "Mediawijs")],
        ),
        ("- Media Meets Literacy in Sarajevo op 21/9/2017 - Vlaams Mediawijs Congres op 28/9/2017", []),
        ("Door de coronacrisis werd de Mediawijs-dag van 2 april 2020 omgezet in een reeks webinars.", []),
        # ... a body of the organisation is a mention of it (dev-2020-06 G24)
        (
            "Het Mediawijs-partnernetwerk, dat meer dan 200 organisaties verenigt, kwam samen.",
            [("Mediawijs", "Mediawijs")],
        ),
        # ... and a lower-case name of its own before a preposition is no modifier (real report, dev action 4.7)
        (
            "Departement OV gaf twee keer een toelichting aan agenten van de lokale politie over het actieplan.",
            [("Departement OV", "departement OV"), ("lokale politie", "lokale politie")],
        ),
    ],
)
def test_modifier_and_event_uses_are_no_mentions(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # D5 for the names an action's party list establishes (dev-2020-12 H18, dev-2021-12 J16, hand-checked): the
        # name opening an event's title is no mention there either, its other uses are
        ("Op 21 oktober 2020 vond het online Mediawijs Congres plaats, met 640 deelnemers.", []),
        ("De resultaten werden voorgesteld op het Mediawijs Congres op 30/09/2021.", []),
        ("Mediawijs bundelde de tips van de drie reeksen in een lespakket.", ["Mediawijs"]),
    ],
)
def test_a_listed_name_opening_an_event_title_is_no_mention(text, expected):
    from pipeline.extract.organisations import listed_names, with_listed_names

    parties = ["Mediawijs", "StampMedia", "JOSTA", "Tegenwind"]
    names = listed_names(parties, printed=", ".join(parties))
    assert [h.canonical for h in with_listed_names(text, find_organisations(text), names)] == expected


def test_the_short_name_before_a_dash_names_the_organisation():
    # D4 (dev-2020-06 G14, hand-checked): the party "Moderator – Forum voor Herstelrecht en Bemiddeling" makes the
    # entry's bare "Moderator" a mention under the full name; "De Cocon – Vilvoorde" gives no short name
    from pipeline.extract.organisations import listed_names, with_listed_names

    full = "Moderator – Forum voor Herstelrecht en Bemiddeling"
    names = listed_names(["Departement WVG", full], printed=f"Departement WVG; {full}")
    assert names["Moderator"] == full
    text = "Daarnaast organiseerde Moderator in april en mei 2020 vier online workshops."
    assert [h.canonical for h in with_listed_names(text, find_organisations(text), names)] == [full]
    assert "De Cocon" not in listed_names(["De Cocon – Vilvoorde"], printed="De Cocon – Vilvoorde")


@pytest.mark.parametrize(
    "text, expected",
    [
        # D3: the house whose premises are the venue takes part, named with the place "te" gives (dev-extra D12,
        # dev-2020-06 G04)
        (
            "Er werd vergaderd in het Huis van het Nederlands te Brussel.",
            [("Huis van het Nederlands", "Huis van het Nederlands Brussel")],
        ),
        # ... a house already named with its place keeps its name
        (
            "Het Huis van het Kind Menen ontwikkelde een aanbod.",
            [("Huis van het Kind Menen", "Huis van het Kind Menen")],
        ),
    ],
)
def test_a_house_named_by_its_place(text, expected):
    assert mentions(text) == expected


def test_a_hall_is_a_place_for_the_model_too():
    # D3 (dev-2020-06 G25): the NER model's span "Aula Pieter De Somer" is a building
    from pipeline.extract import nlp as nlp_module

    text = "de gemeenschappelijke studiedag die op 12 maart 2020 plaatsvond in de Aula Pieter De Somer te Leuven"
    assert find_organisations(text, nlp_module.load()) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # D2: another state's government acting is a party as printed (dev-2020-06 G06) ...
        (
            "op 18-19/2/2020 in Ljubljana, waar de Sloveense overheid een peer learning activity organiseerde",
            [("Sloveense overheid", "Sloveense overheid")],
        ),
        # ... "de Vlaamse overheid", the plan's author, is none (dev-2020-06 G22)
        ("De Vlaamse overheid neemt hierin een faciliterende rol op.", []),
    ],
)
def test_governments(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town's LIVC named by "van de stad X" is that town's body, beside the town (dev-2019-12 F07, dev-2020-06
        # G12, hand-checked)
        (
            "De LIVC van de stad Vilvoorde kwam tussen juni en november 2019 zeven keer samen.",
            [("LIVC", "LIVC stad Vilvoorde"), ("stad Vilvoorde", "stad Vilvoorde")],
        ),
        (
            "waarvan 7 via de consulenten en 5 via de LIVC-R van de stad Antwerpen",
            [("LIVC-R", "LIVC-R stad Antwerpen"), ("stad Antwerpen", "stad Antwerpen")],
        ),
    ],
)
def test_the_body_of_a_town(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a working body the sentence places inside an organisation is its internal (meeting) body, no organisation
        # (dev-2019 E01, dev-2019-12 F14, dev-2020-12 H41, hand-checked)
        (
            "Binnen ABB werd in oktober 2018 bovendien een interne cel Polarisering (CePol) opgericht.",
            [("ABB", "ABB")],
        ),
        (
            "Jongerenwelzijn nam deel aan een vergadering van de federale cel Extremisme binnen DG EPI.",
            [("Jongerenwelzijn", "Jongerenwelzijn"), ("DG EPI", "DG EPI")],
        ),
        ("Daarnaast bleef de interne cel Polarisering (CePol) binnen ABB wekelijks samenkomen.", [("ABB", "ABB")]),
        # a unit named with its owner stays a mention (dev-2020-12 H01)
        (
            "Er was maandelijks een bilateraal overleg met de cel Radicalisme van de FOD Binnenlandse Zaken.",
            [("cel Radicalisme", "cel Radicalisme"), ("FOD Binnenlandse Zaken", "FOD Binnenlandse Zaken")],
        ),
    ],
)
def test_an_internal_working_body_is_no_organisation(text, expected):
    assert mentions(text) == expected


def test_a_name_closed_by_its_place_is_used_by_its_own_words():
    # D4 (dev-2022-12 M13, dev-2020-12 H33, hand-checked): "Tracé Brussel", "Jobkracht Limburg vzw" printed in full
    # in the item; "de jongerencoaches van Tracé", "De VDAB en Jobkracht overlegden" are mentions of them
    from pipeline.extract.organisations import established_names, listed_names, with_listed_names

    names = listed_names(["VDAB", "Actiris", "Tracé Brussel"], printed="VDAB, Actiris, Tracé Brussel")
    assert names["Tracé"] == "Tracé Brussel"
    text = "Er werd afgesproken om de jongerencoaches van Tracé en de trajectbegeleiders van VDAB samen op te leiden."
    assert [h.canonical for h in with_listed_names(text, find_organisations(text), names)] == ["Tracé Brussel", "VDAB"]
    full = "In Limburg gebeurt dat via Jobkracht Limburg vzw, in Antwerpen via de Werkwinkel Noord-Antwerpen."
    names = established_names(find_organisations(full), text=full)
    assert names["Jobkracht"] == "Jobkracht Limburg"
    text = "De VDAB en Jobkracht overlegden op 14/9/2020 met een bouwfirma."
    assert [h.canonical for h in with_listed_names(text, find_organisations(text), names)] == [
        "VDAB",
        "Jobkracht Limburg",
    ]
    # a region closing a name is part of an agency's name ("Sport kan een waardevolle rol spelen": a noun), a kind
    # of body before a place names none of its bodies alone, and a field after a lower-case head is no name (D1)
    names = listed_names(
        ["Sport Vlaanderen", "CAW Brussel", "Buurtsport Genk vzw"],
        printed="Sport Vlaanderen; CAW Brussel; Buurtsport Genk vzw",
    )
    assert "Sport" not in names and "CAW" not in names
    text = "Het ISB zette in 2018 zijn opdracht als expertisecentrum Buurtsport verder."
    assert "Buurtsport Genk" not in [h.canonical for h in with_listed_names(text, find_organisations(text), names)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one name, one sense in a text: the model's name the text prints as a project's title or as the fund after
        # an amount names that project or fund in its other uses too (dev-2021-12 J11, dev-2020-12 H52, hand-checked)
        (
            "POLARIS - Een longitudinale bevraging van polariserende attitudes bij jongeren.\nIn het kader van het "
            "Horizon 2020-programma loopt sinds 1 februari 2020 het project POLARIS, gecoördineerd door de KU Leuven.",
            [("KU Leuven", "KU Leuven")],
        ),
        ("ESF en Vlaamse cofinanciering: 2.250.000 euro (1.125.000 euro ESF, 1.125.000 euro Vlaamse middelen)", []),
    ],
)
def test_a_model_name_the_text_prints_as_a_thing_is_no_organisation(text, expected):
    from pipeline.extract import nlp as nlp_module

    assert [(h.mention, h.canonical) for h in find_organisations(text, nlp_module.load())] == expected
