"""Meeting mechanisms of meet11, each on text of the tuning sets (hand-checked against their gold and GUIDELINES
gold8 decisions)."""

from __future__ import annotations

from datetime import date

from pipeline.extract.meetings import canonical_body, find_meetings, with_action_names

D19 = date(2019, 6, 1)  # report date of dev-2019
D20 = date(2020, 6, 1)  # report date of dev-2020-06
D2012 = date(2020, 12, 1)  # report date of dev-2020-12
D21 = date(2021, 12, 1)  # report date of dev-2021-12
D22 = date(2022, 12, 1)  # report date of dev-2022-12


def action_bodies(texts: list[str], report_date: date) -> list[list[str]]:
    """The bodies of an action's texts (description first, then its entries), named across the texts."""
    named = with_action_names([find_meetings(t, report_date) for t in texts], texts)
    return [[f.body for f in facts] for facts in named]


def test_a_project_named_in_the_action_description_names_its_bare_head() -> None:
    # GUIDELINES G8-2: "De stuurgroep van het project" takes the project's name, here given only by the
    # description, and a quoted name may be long (dev-2020-12 H10, H30; dev-2020-06 G12)
    description = (
        "Ondersteunen van het project 'Theologische aanpak islamitische radicalisering'. Het project biedt "
        "justitiehuizen en hulpverleners toegang tot gescreende islamdeskundigen."
    )
    entry = (
        "Het project loopt sinds januari 2018. De stuurgroep van het project, samengesteld uit de Afdeling "
        "Justitiehuizen en een vertegenwoordiger van het EMB, vergaderde op 2/07/2020 en 29/10/2020."
    )
    assert action_bodies([description, entry], D2012) == [
        [],
        ["stuurgroep Theologische aanpak islamitische radicalisering"],
    ]
    # without a named project the complement as printed stays its name (G8-2)
    description = "Ondersteunen van een project rond theologische begeleiding."
    assert action_bodies([description, entry], D2012) == [[], ["stuurgroep project"]]


def test_talks_with_a_named_organisation_are_consultation_with_it() -> None:
    # GUIDELINES G8-4: "gesprekken met X" (more than one) count as "overleg met X" (dev-2019 E10)
    text = (
        "Met vzw Herstelpunt werden in dezelfde periode verschillende bilaterale gesprekken gevoerd over een "
        "partnerschap rond herstelgerichte trajecten."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D19)] == [("Herstelpunt", ())]
    # talks with a person or with clients are no meeting of a body (dev-2019 E13, dev-2019-12 F11)
    text = "Daarom werden er ook bilaterale gesprekken gevoerd met de voorzitter van het EMB."
    assert find_meetings(text, D19) == []
    text = "In de rapportageperiode werden 14 jongeren begeleid, goed voor 61 individuele gesprekken."
    assert find_meetings(text, D19) == []


def test_a_topic_head_keeps_an_owner_named_by_capitalised_words_no_list_knows() -> None:
    # GUIDELINES gold7: a head with a lower-case topic keeps its owner, without "van" and article; the owner's own
    # "van"-tail is part of its name (dev-2019 E03, dev-2021-12 J03)
    text = (
        "De werkgroep radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan van het Brussels "
        "Hoofdstedelijk Gewest kwam samen op 17/6/2021; een volgende vergadering is vastgelegd op 2/12/2021."
    )
    name = (
        "werkgroep radicalisering en polarisering Globaal Veiligheids- en Preventieplan Brussels Hoofdstedelijk Gewest"
    )
    assert [(f.body, f.dates, f.planned) for f in find_meetings(text, D21)] == [
        (name, (date(2021, 6, 17),), False),
        (name, (date(2021, 12, 2),), True),
    ]
    # a capitalised adjective before a common noun is no owner's name (the subject does not end after it)
    text = "De werkgroep radicalisering van de Vlaamse administraties kwam samen op 17/6/2021."
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep radicalisering"]


def test_the_topic_after_an_owning_organisation_is_the_bodys_name() -> None:
    # GUIDELINES gold7: a topic is part of the name, the owner after it; a later bare mention takes that fullest
    # name (dev-2021-12 J21, adjudication #5; dev-2020-06 G05, adjudication #1)
    text = (
        "Vanuit het jeugdbeleid neemt de afdeling Jeugd deel aan de expertengroep van de Europese Commissie rond "
        "jeugdwerk en democratische veerkracht. De expertengroep vergaderde op 1/7/2021 en 18/11/2021."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D21)] == [
        (
            "expertengroep rond jeugdwerk en democratische veerkracht Europese Commissie",
            (date(2021, 7, 1), date(2021, 11, 18)),
        )
    ]
    # without a topic the owner ends the name; what one consultation is about is not moved into a name
    assert canonical_body("expertengroep van de Europese Commissie") == "expertengroep Europese Commissie"
    assert canonical_body("stuurgroep van de VVSG over de omzendbrief") == "stuurgroep over de omzendbrief VVSG"
    assert canonical_body("overleg van de VVSG over de omzendbrief") != "overleg over de omzendbrief VVSG"


def test_who_brings_people_together_in_a_group_or_guides_them_through_it_owns_it() -> None:
    # GUIDELINES G8-1: the one organisation that holds or runs a bare head (or one with a lower-case topic) is its
    # owner, also when it is said in a sentence that reports no meeting (dev-2020-12 H16)
    text = (
        "Het Steunpunt Algemeen Welzijnswerk (SAW) brengt deze referentiepersonen samen in een lerend netwerk "
        "radicalisering en polarisering; het netwerk kwam op 24/09/2020 samen in Brussel en een tweede keer online "
        "op 26/11/2020."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D2012)] == [
        (
            "lerend netwerk radicalisering en polarisering Steunpunt Algemeen Welzijnswerk",
            (date(2020, 9, 24), date(2020, 11, 26)),
        )
    ]
    # (the same for an organiser named in an earlier sentence: G8-1 "organiseert")
    text = "De VVSG organiseert een werkgroep radicalisering. De werkgroep komt elke drie maanden samen."
    assert [f.body for f in find_meetings(text, D2012)] == ["werkgroep radicalisering VVSG"]
    # an owner named by its acronym takes the expansion the text gives it (dev-2020-06 G14)
    text = (
        "De stuurgroep bestaat uit het departement WVG en het Kenniscentrum Samenleven en Diversiteit (KSD). Het KSD "
        "begeleidt de projecten via een lerend netwerk dat zesmaandelijks samenkomt; de eerste bijeenkomst van het "
        "lerend netwerk vond digitaal plaats op 7 mei 2020."
    )
    assert [(f.body, f.frequency, f.dates) for f in find_meetings(text, D20)] == [
        ("lerend netwerk Kenniscentrum Samenleven en Diversiteit", "zesmaandelijks", (date(2020, 5, 7),))
    ]


def test_a_meeting_announced_for_a_time_lies_ahead() -> None:
    # "aangekondigd voor" plans a meeting as "gepland voor" does; the body is the one the sentence before reports
    # (dev-2022-12 M03)
    text = (
        "De werkgroep Strategische Communicatie, die in de vorige rapportage als 'in heropstart' werd vermeld, kwam "
        "ook deze periode niet samen. Een eerste vergadering is nu aangekondigd voor januari 2023."
    )
    assert [(f.body, f.planned) for f in find_meetings(text, D22)] == [("werkgroep Strategische Communicatie", True)]
    # a body announced is no meeting (dev-2022-12 text)
    text = (
        "In de provincie Antwerpen werd een gelijkaardig platform aangekondigd, maar de eerste vergadering is nog "
        "niet vastgelegd."
    )
    assert find_meetings(text, D22) == []


def test_an_owner_printed_by_a_table_bodys_short_name_is_that_body() -> None:
    # "het Platform" is the Vlaams Platform Radicalisering (models/meeting_bodies.jsonl printed names), also as the
    # owner of a body of its own (dev-2022-12 M01)
    text = (
        "De kerngroep van het Platform, waarin het centraal aanspreekpunt van ABB en de aanspreekpunten van OV en WVG "
        "samenzitten, bereidt de plenaire vergaderingen voor en komt in principe tweewekelijks samen."
    )
    assert [f.body for f in find_meetings(text, D22)] == ["kerngroep Vlaams Platform Radicalisering"]


def test_an_organisation_following_up_on_the_basis_of_a_groups_reports_owns_the_group() -> None:
    # "volgt ... op o.b.v." as "volgt ... op via": who steers through a bare head owns it (G8-1; dev 13.3)
    text = (
        "Departement OV volgt de uitvoering van de beheersovereenkomsten op o.b.v. (1) tussentijdse rapporteringen "
        "door de ouderkoepelverenigingen in een stuurgroep die minimaal drie keer per jaar samenkomt en (2) a.d.h.v. "
        "een jaarrapport. De stuurgroep kwam sinds 1 oktober 2016 drie keer samen, nl. op 28 maart 2017, 27 juni "
        "2017 en 26 september 2017."
    )
    assert [(f.body, f.count) for f in find_meetings(text, date(2017, 12, 1))] == [
        ("stuurgroep departement OV", None),
        ("stuurgroep departement OV", 3),
    ]


def test_a_table_body_keeps_its_one_name_against_a_fuller_mention_elsewhere() -> None:
    # G8-5: a variant of a table body takes the table's name; a longer mention in the description ("Structureel
    # sectoroverleg ...") does not rename it (dev-2020-12 H29)
    description = (
        "Structureel sectoroverleg waarbij er wordt afgestemd met koepelorganisaties en lokale organisaties die "
        "werken rond positieve identiteitsontwikkeling."
    )
    entry = (
        "Het sectoroverleg positieve identiteitsontwikkeling, dat door de afdeling Jeugd wordt georganiseerd, kwam in "
        "de rapportageperiode twee keer samen (9/7/2020 en 12/11/2020)."
    )
    assert action_bodies([description, entry], D2012) == [[], ["sectoroverleg"]]


def test_a_collective_noun_of_a_table_bodys_members_is_that_body() -> None:
    # G8-5: "Het netwerk van referentiepersonen radicalisering (van de onderwijskoepels ...)" is the table's
    # "referentiepersonen radicalisering", as its aliases "overleg(forum) van de referentiepersonen radicalisering"
    # (dev-2021-12 J23)
    text = (
        "Het netwerk van referentiepersonen radicalisering van de onderwijskoepels, het GO! en de CLB-netten komt "
        "maandelijks samen onder voorzitterschap van het aanspreekpunt radicalisering. In de rapportageperiode "
        "vergaderde het netwerk vijf keer."
    )
    assert [(f.body, f.count) for f in find_meetings(text, D21)] == [
        ("referentiepersonen radicalisering", None),
        ("referentiepersonen radicalisering", 5),
    ]
    # a collective of other members is no table body
    assert canonical_body("netwerk van preventieambtenaren") == "netwerk preventieambtenaren"


def test_a_comparative_adjective_is_part_of_the_name_as_printed() -> None:
    # GUIDELINES gold7: adjectives as printed (dev-2022-12 M04)
    text = (
        "In opvolging daarvan kwam een kleinere werkgroep, waarin het OCB en twee directeurs secundair onderwijs "
        "samenzitten, drie keer samen (op 13/9, 11/10 en 22/11/2022)."
    )
    assert [(f.body, f.count) for f in find_meetings(text, D22)] == [("kleinere werkgroep", 3)]
