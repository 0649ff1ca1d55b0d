"""Meetings extractor: mechanisms checked on all tuning splits (branch meet14). Real sentences of the tuning sets,
expectations hand-checked against GUIDELINES.md (Meetings, gold5, gold7, G8 and G9 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

D19 = date(2019, 12, 1)
D20 = date(2020, 6, 1)


def records(text: str, report_date: date) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return meeting_records(text, report_date)


def test_a_body_set_up_within_an_organisation_is_that_organisations_in_its_later_mentions() -> None:
    # dev-2019-12 F08: G8-1 ("binnen X": the one organisation that sets the body up is its owner); the set-up
    # sentence itself reports no meeting (gold5: set-up is not a meeting), the later "De intervisiegroep" is that body
    text = (
        "In het najaar van 2019 werd binnen de VVSG een intervisiegroep voor lokale aanspreekpunten radicalisering "
        "opgestart. De intervisiegroep heeft intussen twee intervisiesessies gehouden (21 oktober en 18 november 2019)."
    )
    assert records(text, D19) == [
        (
            "intervisiegroep voor lokale aanspreekpunten radicalisering VVSG",
            2,
            (date(2019, 10, 21), date(2019, 11, 18)),
            False,
        )
    ]
    # a body with a name of its own keeps it without the owner (gold7), set up within another body (dev-2020-06 G22)
    text = (
        "Binnen de stuurgroep werd een werkgroep Curriculum opgericht, die tussen februari en mei 2020 vier keer "
        "samenkwam."
    )
    assert records(text, D20) == [("werkgroep Curriculum", 4, (), False)]


def test_an_overleg_without_a_name_within_an_organisation_is_the_organisations_meeting() -> None:
    # dev-2020-06 G24: G9-7 (an overleg of an owner is the owner's meeting), the owner given by "binnen X" (G8-1) in
    # the sentence before, the verb ("verdergezet") not a set-up one
    text = (
        "Binnen het departement CJM werd het overleg mediawijsheid, met vertegenwoordigers van Mediawijs, imec-SMIT "
        "en de VRM, verdergezet. Het overleg komt zesmaandelijks samen en vergaderde op 15 januari 2020."
    )
    assert records(text, D20) == [("departement CJM", None, (date(2020, 1, 15),), False)]
    # a bare head within the same owner keeps its head and takes the owner after it (dev-2021-12 J17, gold7)
    text = (
        "Binnen ABB werd daarnaast een kernteam samengesteld dat om de twee weken samenkomt om de signalen uit de "
        "lokale besturen en de vragen van de aanspreekpunten op te volgen."
    )
    assert [r[0] for r in records(text, date(2021, 12, 1))] == ["kernteam ABB"]


def test_parties_in_the_same_role_each_get_a_record() -> None:
    # G9-2: a coordinated subject gives one record per named organisation, the party after "met" none; the second
    # subject is a short name the action gives in full before (dev-2020-12 H33: gold "Jobkracht Limburg")
    from pipeline.extract.meetings import find_meetings, with_action_names

    texts = [
        "Aanbieden van speciale tewerkstellingstrajecten aan geradicaliseerde en kwetsbare jongeren.",
        "In Limburg gebeurt dat via Jobkracht Limburg vzw, in Antwerpen via de Werkwinkel Noord-Antwerpen. De VDAB en "
        "Jobkracht overlegden op 14/9/2020 met de bouwfirma Bouwgroep Heyvaert & Zonen nv over een leerwerkplek in "
        "het kader van het project 'Bouwen aan Kansen'.",
    ]
    d20 = date(2020, 12, 1)
    found = with_action_names([find_meetings(t, d20) for t in texts], texts)
    assert [(m.body, m.dates) for ms in found for m in ms] == [
        ("VDAB", (date(2020, 9, 14),)),
        ("Jobkracht Limburg", (date(2020, 9, 14),)),
    ]
    # a symmetric "overleg tussen A en B" the next clause refers back to ("dit overleg") is a meeting of both
    # (dev-2020-06 G17)
    text = (
        "Tussen de afdeling Gemeenschapsinstellingen en de Gemeenschapsinstelling De Kempen werd daarnaast een intern "
        "overleg opgestart over de opvolging van minderjarigen na hun verblijf; dit overleg komt sinds januari 2020 om "
        "de zes weken samen."
    )
    assert records(text, D20) == [
        ("afdeling Gemeenschapsinstellingen", None, (), False),
        ("Gemeenschapsinstelling De Kempen", None, (), False),
    ]


def test_a_head_with_a_topic_takes_the_organisation_the_action_says_carries_it_out() -> None:
    # dev-2020-12 H06 (as dev 4.3): gold7 (a head with a lower-case topic keeps its owner), G8-1 (the one organisation
    # the text says runs it): the action is "Advies en ondersteuning door de VVSG", the statements name no other
    from pipeline.extract.meetings import find_meetings, with_action_names

    texts = [
        "Advies en ondersteuning door de VVSG van lokale besturen, via expertiseontwikkeling en kennisdeling inzake de "
        "lokale aanpak van gewelddadige radicalisering en polarisering.",
        "In de werkgroep radicalisering, die driemaandelijks samenkomt, werden de lokale ambtenaren op de hoogte "
        "gehouden van het beleid op Vlaams niveau; de werkgroep vergaderde online op 18/06/2020, 17/09/2020 en "
        "19/11/2020, met gemiddeld een 30-tal deelnemers uit 21 gemeenten. De volgende vergadering is voorzien voor "
        "18 maart 2021. De intervisiegroep voor casemanagers, begeleid door de VVSG i.s.m. het Centrum voor Inclusieve "
        "Hulpverlening (CIH), kwam eveneens driemaandelijks samen (24/06/2020 en 30/09/2020).",
    ]
    d20 = date(2020, 12, 1)
    found = with_action_names([find_meetings(t, d20) for t in texts], texts)
    assert [(m.body, m.dates) for ms in found for m in ms] == [
        ("werkgroep radicalisering VVSG", (date(2020, 6, 18), date(2020, 9, 17), date(2020, 11, 19))),
        ("werkgroep radicalisering VVSG", (date(2021, 3, 18),)),
        # a group named by its members has a name of its own (gold5: "intervisiegroep casemanagers"), and is
        # guided by two organisations: no owner
        ("intervisiegroep voor casemanagers", (date(2020, 6, 24), date(2020, 9, 30))),
    ]
