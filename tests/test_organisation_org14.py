"""Organisation mechanisms of the org14 pass, each on real sentences of the tuning sets (hand-checked against
models/gold/GUIDELINES.md): bodies of known organisations, titles, quoted names, events and buildings."""

from __future__ import annotations

import pytest

from pipeline.extract.organisations import _title_spans, find_organisations


def mentions(text: str) -> list[tuple[str, str]]:
    return [(h.mention, h.canonical) for h in find_organisations(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2021-12 J04: the defined name follows a known acronym's body compound: one mention of RAN, not a
        # second organisation "Youth and Education"
        (
            "De referentiepersoon radicalisering van het GO! blijft co-voorzitter van de RAN-werkgroep Youth and "
            "Education (Y&E).",
            [("GO!", "GO!"), ("RAN-werkgroep Youth and Education", "RAN")],
        ),
        # dev-2020-12 H04: the defined name opens with the compound ("RAN EDU" abbreviates it): RAN's body
        (
            "De referentiepersoon radicalisering van het GO! bleef co-voorzitter van de RAN-werkgroep Education "
            "(RAN EDU), die dit jaar in een aangepast formaat vier online werksessies organiseerde.",
            [("GO!", "GO!"), ("RAN-werkgroep Education", "RAN")],
        ),
    ],
)
def test_definition_of_a_known_organisations_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, titles",
    [
        # a title noun's capitalised phrase (dev-2020-12 H12)
        ("De handleiding LIVC R wordt tegen eind 2021 geactualiseerd.", ["LIVC R"]),
        # a quoted title runs to its closing quote, its lower-case words too (dev-extra D10, dev-2019 E16)
        ("op 5 oktober 2018 het congres ‘Sport en weerbaarheid’ in Gent", ["Sport en weerbaarheid"]),
        (
            "De Nederlandstalige versie van de toolbox 'The contribution of youth work to preventing marginalisation "
            "and violent radicalisation' werd verspreid.",
            ["The contribution of youth work to preventing marginalisation and violent radicalisation"],
        ),
        # "van" names the owner, no part of the title (dev-extra D15)
        ("Het pilootproject ‘Klas in Dialoog’ van de vzw", ["Klas in Dialoog"]),
    ],
)
def test_title_spans(text: str, titles: list[str]) -> None:
    assert [text[s:e] for s, e in _title_spans(text)] == titles


def test_nothing_inside_a_title_is_an_organisation() -> None:
    # dev-2020-12 H12: "LIVC R" is the handleiding's title, not a body
    assert mentions("De handleiding LIVC R wordt tegen eind 2021 geactualiseerd.") == []


def test_a_known_organisations_conference_keeps_the_organisation() -> None:
    # dev 4.3: EENET, defined outside the title, organises the conference named after it
    text = (
        "het Radicalisation Awareness Network (RAN), European Expert Network on Extremism and Terrorism (EENET) en "
        "het Council of European Municipalities and Regions (CEMR).\n- Conferentie EENET te Milaan: 2-4/11/2016"
    )
    assert [c for _, c in mentions(text)].count("EENET") == 2


def test_an_acronym_expanded_into_a_title_is_no_organisation() -> None:
    from pipeline.extract import nlp as nlp_module

    # dev-2021-12 J28: the project's acronym and its title after a dash; BELSPO, a known acronym, stays
    text = (
        "POLDIA - Polarisering en dialoog in Vlaamse en Brusselse wijken.\nIn het kader van zijn BRAIN-be 2.0 "
        "programma financiert BELSPO een onderzoeksproject rond polarisering in stedelijke buurten."
    )
    assert [h.canonical for h in find_organisations(text, nlp_module.load())] == ["BELSPO"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2020-12 H37: a name opening a quote runs to the closing quote
        (
            "de 'Federale Synode van Protestantse Kerken' en het Oecumenisch Huis Antwerpen zorgden voor de toeleiding",
            ["Federale Synode van Protestantse Kerken", "Oecumenisch Huis Antwerpen"],
        ),
        # dev 3.1: a quote that goes on in lower case is no longer name ('RAN working groups')
        (
            "door vertegenwoordigers te voorzien in de verschillende 'RAN working groups', Infodoorstroming naar het",
            ["RAN"],
        ),
    ],
)
def test_quoted_names_run_to_their_closing_quote(text: str, expected: list[str]) -> None:
    assert [c for _, c in mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2021-12 J16: a name whose clause ends on where and when it took place is an event
        (
            "- een studiedag van de VRT Academie op 19-10-2021; - het Europees Mediageletterdheidsforum in Tallinn op "
            "4.11.2021.",
            ["VRT"],
        ),
        # dev 4.3: a known organisation's conference; "te Mechelen (13/10/2016)" is no end on a date after "op"
        ("- Uitwisselingsmoment VVSG-VNG te Mechelen (13/10/2016)", ["VVSG", "VNG"]),
        # dev-2020-12 H22: an authority's house is a building, a place (gold6 D3)
        (
            "Twee focusgroepen met lokale ambtenaren, gepland in het Provinciehuis van Oost-Vlaanderen op 14 en 15 "
            "oktober 2020, werden omgezet naar een digitaal formaat.",
            [],
        ),
    ],
)
def test_events_and_buildings_are_places_not_organisations(text: str, expected: list[str]) -> None:
    assert [c for _, c in mentions(text)] == expected


def test_another_register_form_takes_the_canonical_the_party_list_establishes() -> None:
    from pipeline.extract.organisations import listed_names, with_listed_names

    # dev-2022-12 M11: the list prints "Agentschap Opgroeien", the text "Opgroeien" (one organisation in the register)
    printed = (
        "Agentschap Opgroeien, Kind en Gezin, Huis van het Kind Mechelen, Huis van het Kind Lier, Steunpunt "
        "Gezinsondersteuning, Ouders van Nu"
    )
    names = listed_names([p.strip() for p in printed.split(",")], printed=printed)
    text = (
        "De werkgroep Gezinsondersteuning in diversiteit van Opgroeien kwam in de rapportageperiode drie keer samen "
        "(16/6, 15/9 en 17/11/2022)."
    )
    found = with_listed_names(text, find_organisations(text), names)
    assert [(h.mention, h.canonical) for h in found] == [("Opgroeien", "Agentschap Opgroeien")]
    # without the list, the name as printed
    assert [h.canonical for h in find_organisations(text)] == ["Opgroeien"]


def test_police_zones_named_by_a_plural_head_and_their_abbreviation() -> None:
    from pipeline.extract.organisations import listed_names, with_listed_names

    # dev-2022-12 M04: "de zones A, B en C" names three police zones; "De zone Brussel-West" later is one of them
    text = (
        "Naast het departement Onderwijs en Vorming waren de zones Brussel-Hoofdstad-Elsene, Brussel-Zuid en "
        "Brussel-West, Katholiek Onderwijs Vlaanderen, het GO! en de Brusselse CLB's vertegenwoordigd. De zone "
        "Brussel-West liet daarbij weten dat zij de werkafspraken eerst wil voorleggen."
    )
    zones = [h.canonical for h in find_organisations(text) if "zone" in h.canonical]
    assert zones == ["politiezone Brussel-Hoofdstad-Elsene", "politiezone Brussel-Zuid", "politiezone Brussel-West"] + [
        "politiezone Brussel-West"
    ]
    # the action's list prints them "PZ X": the abbreviation and the kind's word name one zone
    names = listed_names(["PZ Brussel-Hoofdstad-Elsene", "PZ Brussel-Zuid", "PZ Brussel-West"])
    found = with_listed_names(text, find_organisations(text), names)
    assert [h.canonical for h in found if "zone" in h.mention or h.canonical.startswith("PZ")] == [
        "PZ Brussel-Hoofdstad-Elsene",
        "PZ Brussel-Zuid",
        "PZ Brussel-West",
        "PZ Brussel-West",
    ]


def test_a_body_several_towns_share_keeps_its_adjective() -> None:
    # dev-2021-12 J26 (GUIDELINES: "intergemeentelijk LIVC Balen-Dessel-Mol", words as printed)
    text = "Ook het intergemeentelijk LIVC Lebbeke-Buggenhout kwam in de rapportageperiode vier keer samen."
    name = "intergemeentelijk LIVC Lebbeke-Buggenhout"
    assert mentions(text) == [(name, name)]


def test_a_second_en_joins_the_last_unit_of_a_list_of_two() -> None:
    # dev-2021-12 J27: "Justitiehuizen" and "Welzijn en Samenleving", two afdelingen
    text = (
        "kwam de ambtelijke werkgroep disengagement, met de afdelingen Justitiehuizen en Welzijn en Samenleving en "
        "het agentschap Opgroeien, tweemaandelijks samen."
    )
    assert [c for _, c in mentions(text)][:2] == ["afdeling Justitiehuizen", "afdeling Welzijn en Samenleving"]


def test_a_meeting_bodys_name_after_its_noun_is_no_organisation() -> None:
    from pipeline.extract import nlp as nlp_module

    # dev-2019 E04: the steering committee's name, over "en", holds no organisation (the model read "Politie")
    text = (
        "Sindsdien werd een netoverschrijdend stuurcomité Brusselse Scholen en Politie opgericht, samengesteld uit "
        "een afgevaardigde per politiezone."
    )
    assert [h.canonical for h in find_organisations(text, nlp_module.load())] == []


def test_a_town_after_in_before_an_amount_is_where_the_recipient_is() -> None:
    # dev-2021-12 J09: the school receives the amount; Leuven is where it is, Dilbeek a partner
    text = (
        "- Houvast, samen met de gemeente Dilbeek (29.750 euro);\n- het Sterrenveldcollege in Leuven (24.000 euro);\n"
        "- Steigerhout – Lommel (31.750 euro)."
    )
    canonicals = [c for _, c in mentions(text)]
    assert "gemeente Dilbeek" in canonicals
    assert "stad Leuven" not in canonicals


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev-2021-12 J15: two towns, which one's house the text leaves open; the kind alone names none
        (
            "Sinds oktober 2021 vinden de bijeenkomsten afwisselend plaats in Antwerpen en Vilvoorde, in de lokalen "
            "van het Huis van het Kind.",
            [],
        ),
        # dev-2019-12 F21: one town, its house
        (
            "In Brussel werkt het Huis van het Kind samen met de VGC en met de vzw Ouders aan Zet Brussel.",
            ["Huis van het Kind Brussel", "VGC", "Ouders aan Zet Brussel"],
        ),
    ],
)
def test_a_bare_house_takes_the_one_town_its_sentence_names(text: str, expected: list[str]) -> None:
    assert [c for _, c in mentions(text)] == expected


def test_a_listed_name_inside_an_email_address_is_no_mention() -> None:
    from pipeline.extract.organisations import listed_names, with_listed_names

    # dev 4.3: the action lists "VVSG"; its helpdesk's address holds the name, no second mention
    text = "De helpdeskfunctie bij de VVSG werd verdergezet (radicalisering@VVSG.be of telefonisch) om ad hoc vragen"
    found = with_listed_names(text, find_organisations(text), listed_names(["VVSG"], printed="VVSG"))
    assert [(h.mention, h.char_start) for h in found] == [("VVSG", 26)]
