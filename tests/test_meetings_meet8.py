"""Meeting mechanisms of the eighth session (meet8), each on the sentence the extractor sees, from the tuning sets
(hand-checked against GUIDELINES, "Meetings", gold5 and gold7 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

from pipeline.extract.meetings import find_meetings

D21 = date(2021, 12, 1)  # report date of dev-2021-12
D20 = date(2020, 12, 1)  # report date of dev-2020-12


def records(text: str, report_date: date = D21) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    return meeting_records(text, report_date)


def test_a_van_inside_a_capitalised_name_is_no_owner_tail() -> None:
    # dev-2021-12 J24: "Huizen van het Kind" is a name; the body keeps all of it, and so does its follow-up
    text = (
        "De regionale overlegtafel Huizen van het Kind Waasland kwam samen op 14/9/2021. De overlegtafel zal tegen de "
        "zomer van 2022 opnieuw samenkomen."
    )
    name = "regionale overlegtafel Huizen van het Kind Waasland"
    assert records(text) == [(name, None, (date(2021, 9, 14),), False), (name, None, (), True)]
    # a named topic is followed by its owner, an acronym or an organisation is one (GUIDELINES gold7: owner dropped)
    text = "Er vonden twee vergaderingen plaats van de werkgroep Preventie van het Plan R, op 8 mei en 11 september."
    assert [f.body for f in find_meetings(text, date(2018, 12, 1))] == ["werkgroep Preventie"]
    text = "Aan de werkgroep Gevangenissen van de NTF nam de afdeling deel op 15 juni 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep Gevangenissen"]


def test_a_hosts_days_end_at_a_coordinated_phrase_of_its_own() -> None:
    # dev-2021-12 J11: 7 October is the day of the second phrase ("en in het Vlaams Parlement op ..."), not the
    # platform's (GUIDELINES: dates of the meetings named in the statement)
    text = (
        "De resultaten werden voorgesteld op het Vlaams Platform Radicalisering van 14/9 en in het Vlaams Parlement op "
        "7 oktober 2021."
    )
    assert records(text) == [("Vlaams Platform Radicalisering", None, (date(2021, 9, 14),), False)]


def test_a_capitalised_platform_is_the_reports_platform() -> None:
    # dev-2020-12 H49: the action names no fuller platform; the plan's "het Platform" is the Vlaams Platform
    # Radicalisering (models/meeting_bodies.jsonl, printed names)
    text = "De resultaten werden besproken op de vergadering van het Platform van 6 oktober."
    assert records(text, D20) == [("Vlaams Platform Radicalisering", None, (date(2020, 10, 6),), False)]
    # a lower-case platform is whichever one the text names, else only its head
    text = "Het platform kwam daarna nog tweemaal samen."
    assert [f.body for f in find_meetings(text, D20)] == ["platform"]
    text = "Het provinciaal overlegplatform radicalisering werd uitgebreid. Het platform kwam daarna tweemaal samen."
    assert [f.body for f in find_meetings(text, D20)] == ["provinciaal overlegplatform radicalisering"]


def test_geen_enkele_keer_negates_the_meeting() -> None:
    # GUIDELINES: a meeting said not to happen is none; "niet enkel" (not only) negates nothing
    assert records("De werkgroep Onderwijs kwam in 2021 geen enkele keer samen.") == []
    assert records("De werkgroep Onderwijs kwam niet enkel in 2021 samen, maar ook in 2020.") == [
        ("werkgroep Onderwijs", None, (), False)
    ]


def test_had_an_overleg_with_a_day_before_the_noun() -> None:
    # GUIDELINES: the subject party when an organisation, else the group it meets with; a day or adverb may stand
    # between "had"/"heeft" and "overleg"
    text = "Het departement WVG had op 9 februari 2021 een overleg met de VVSG."
    assert records(text) == [("departement WVG", None, (date(2021, 2, 9),), False)]
    text = "Het centraal aanspreekpunt had op 9 februari 2021 een overleg met de VVSG."
    assert records(text) == [("VVSG", None, (date(2021, 2, 9),), False)]
    assert [
        (f.body, f.frequency) for f in find_meetings("Het departement WVG heeft maandelijks overleg met de VVSG.", D21)
    ] == [("departement WVG", "maandelijks")]
    assert records("Het project heeft een luik over overleg met scholen.") == []


def test_a_relative_clause_after_a_founding_says_when_the_body_met() -> None:
    # GUIDELINES gold5 (set-up is no meeting unless the text says the body met then: "voor het eerst bijeenkwam op")
    text = "Er werd een werkgroep opgericht die op 4 mei 2021 voor het eerst samenkwam."
    assert records(text) == [("werkgroep", None, (date(2021, 5, 4),), False)]
    # the founding's own day is none, in a relative clause too
    assert records("De werkgroep, die werd opgericht op 4 mei 2021, kwam tweemaal samen.") == [
        ("werkgroep", 2, (), False)
    ]


def test_a_subject_of_two_bodies_gives_a_record_per_body() -> None:
    # GUIDELINES gold5: one record per body that met; a sentence naming two bodies gives two
    text = "De werkgroep Preventie en de werkgroep Onderwijs kwamen elk drie keer samen."
    assert records(text) == [("werkgroep Preventie", 3, (), False), ("werkgroep Onderwijs", 3, (), False)]
    text = "De werkgroepen Preventie en Onderwijs kwamen elk twee keer samen."
    assert records(text) == [("werkgroep Preventie", 2, (), False), ("werkgroep Onderwijs", 2, (), False)]
    text = "Zowel de werkgroep Preventie als de stuurgroep kwamen in 2021 samen."
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep Preventie", "stuurgroep"]
    # a body met with is no second subject; two organisations joined as the subject each met (GUIDELINES G9-2, which
    # replaced the reading "the first party"; dev-2020-12 H33 has a record for both)
    text = "De werkgroep Preventie kwam samen met de werkgroep Onderwijs op 3 mei 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep Preventie"]
    assert records("ABB en de VVSG kwamen op 4 mei 2021 samen.") == [
        ("ABB", None, (date(2021, 5, 4),), False),
        ("VVSG", None, (date(2021, 5, 4),), False),
    ]
    # one name with "en" is one body
    text = "Het departement Onderwijs en Vorming vergaderde op 3 mei 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["departement OV"]


def test_where_a_bodys_name_ends() -> None:
    # a word in -te/-de after an article is a noun, not a past tense: the owner "van de gemeente Genk" is read on
    # (GUIDELINES gold7: a bare head keeps its owner)
    text = "Het LIVC van de gemeente Genk kwam in de rapportageperiode maandelijks samen."
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("LIVC stad Genk", "maandelijks")]  # (G9-3)
    # a meeting noun's complement ends at any finite verb
    text = "Het overleg van de preventiediensten vergaderde op 3 mei 2021."
    assert records(text) == [("overleg van de preventiediensten", None, (date(2021, 5, 3),), False)]
    # an acronym that starts a compound is no owner: the bare head's complement as printed
    text = "De stuurgroep van het VVSG-project Samen Sterk kwam op 3 mei 2021 samen."
    assert records(text) == [("stuurgroep VVSG-project Samen Sterk", None, (date(2021, 5, 3),), False)]


def test_a_place_after_the_topic_and_an_adverbial_preposition() -> None:
    # the place right before the verb after a topic, as after a head ("lotgenotengroep in Vilvoorde")
    text = "De provinciale werkgroep radicalisering in Limburg kwam op 3 mei 2021 samen."
    assert records(text) == [("provinciale werkgroep radicalisering Limburg", None, (date(2021, 5, 3),), False)]
    # not where it met, after the verb
    text = "De werkgroep radicalisering kwam in Gent samen op 3 mei 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["werkgroep radicalisering"]
    # a preposition opening an adverbial is no topic ("onder voorzitterschap van ABB")
    text = "De stuurgroep onder voorzitterschap van ABB vergaderde op 3 mei 2021."
    assert [f.body for f in find_meetings(text, D21)] == ["stuurgroep"]


def test_a_meeting_that_takes_place_in_the_present_tense() -> None:
    # "vindt plaats" / "gaat door" as "vond plaats" / "ging door": the next meeting is a planned record (GUIDELINES:
    # clauses differing in `planned` are two records)
    text = (
        "De werkgroep Onderwijs kwam in 2021 samen op 3 mei. De volgende vergadering vindt plaats op 14 januari 2022."
    )
    assert records(text) == [
        ("werkgroep Onderwijs", None, (date(2021, 5, 3),), False),
        ("werkgroep Onderwijs", None, (date(2022, 1, 14),), True),
    ]
    text = "De vergaderingen van de werkgroep Onderwijs vinden maandelijks plaats."
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("werkgroep Onderwijs", "maandelijks")]
    # information passed on ("doorgegeven") is no meeting held
    assert records("De informatie wordt doorgegeven aan het Platform.") == []


def test_a_back_reference_with_an_open_period_only_is_no_record() -> None:
    # dev-2021-12 J15 (GUIDELINES gold5 follow-ups: a back-reference that adds no new day is no record)
    text = (
        "De lotgenotengroep Lichtkring kwam in de rapportageperiode maandelijks samen. Sinds oktober 2021 vinden de "
        "bijeenkomsten afwisselend plaats in Antwerpen en Vilvoorde."
    )
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("lotgenotengroep Lichtkring", "maandelijks")]


def test_a_guest_invited_to_or_present_at_a_named_bodys_meeting() -> None:
    # GUIDELINES gold5, host body: invited to, present at or a guest at a named body's meeting on a day
    for text in (
        "Het aanspreekpunt werd op 4 mei 2021 uitgenodigd op de werkgroep Preventie van de NTF.",
        "Het aanspreekpunt was op 4 mei 2021 te gast op de werkgroep Preventie van de NTF.",
        "Het aanspreekpunt was op 4 mei 2021 aanwezig bij de vergadering van de werkgroep Preventie.",
    ):
        assert records(text) == [("werkgroep Preventie", None, (date(2021, 5, 4),), False)], text
    # membership without a meeting time is none
    assert records("Het OCAD is lid van de werkgroep Preventie.") == []


def test_two_organisations_consulted_after_one_met() -> None:
    # GUIDELINES gold5: "overleg met ORGANISATIE" is its meeting; a sentence naming two bodies gives two records
    text = "Er vond op 4 mei 2021 een overleg plaats met het OCAD en de VSSE."
    day = (date(2021, 5, 4),)
    assert records(text) == [("OCAD", None, day, False), ("VSSE", None, day, False)]
    # a subject party that is an organisation or a group is the body (one record)
    assert [
        f.body for f in find_meetings("De werkgroep Preventie kwam samen met het OCAD en de VSSE op 4 mei 2021.", D21)
    ] == ["werkgroep Preventie"]


def test_an_owner_named_by_its_kind_refers_back_to_that_organisation() -> None:
    # dev-2019 E11: "het agentschap" is the AgII named before; a topic body keeps its owner (GUIDELINES gold7)
    text = (
        "In opdracht van het AgII gaf Vormingscentrum Brug & Baken vzw 19 vormingssessies. De interne werkgroep "
        "verontrustend gedrag van het agentschap vergaderde in dezelfde periode zes keer."
    )
    assert records(text, date(2019, 6, 1)) == [("interne werkgroep verontrustend gedrag AgII", 6, (), False)]
    # no organisation of that kind before: the owner stays unresolved, the body as found
    text = "De interne werkgroep verontrustend gedrag van het agentschap vergaderde zes keer."
    assert records(text, date(2019, 6, 1)) == [("interne werkgroep verontrustend gedrag", 6, (), False)]


def test_a_verbless_semicolon_clause_continues_a_list_of_dated_bodies() -> None:
    # dev-2020-06 G08: the verb left out before the second body, across ";" as across ","
    text = (
        "Daarnaast kwamen de provinciale overlegplatformen samen: het overlegplatform Oost-Vlaanderen op 23/1/2020 in "
        "Gent, met deelname van de justitiehuizen; het Limburgse platform, dat i.s.m. de provincie Limburg "
        "georganiseerd wordt, op 13/2/2020 in Hasselt."
    )
    assert records(text, date(2020, 6, 1)) == [
        ("overlegplatform Oost-Vlaanderen", None, (date(2020, 1, 23),), False),
        ("platform Limburg", None, (date(2020, 2, 13),), False),  # (G9-5, the dev-2020-06 G08 gold)
    ]
    # a clause with a verb of its own is no list member
    text = "De stuurgroep kwam samen op 3/2/2021; het platform werd op 5/5/2021 opgericht."
    assert [f.body for f in find_meetings(text, D21)] == ["stuurgroep"]


def test_the_rate_of_a_bodys_meetings_says_it_meets() -> None:
    # dev-2019-12 F13: a frequency changed is the body's frequency, the new one; a separable participle
    # ("teruggebracht") ends the name
    text = "In Antwerpen werd de frequentie van de LIVC teruggebracht van tweewekelijks naar maandelijks."
    found = find_meetings(text, date(2019, 12, 1))
    assert [(f.body, f.frequency, f.dates) for f in found] == [("LIVC stad Antwerpen", "maandelijks", ())]  # (G9-3)
    text = "De frequentie van de stuurgroep werd verhoogd naar maandelijks."
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("stuurgroep", "maandelijks")]
    # without a rate it states nothing about meetings
    assert records("De frequentie van de controles werd verhoogd.") == []


def test_a_past_tense_statement_is_not_split_into_a_planned_record() -> None:
    # GUIDELINES: planned follows the text's tense; a day in the report month reported in the past tense was held
    text = "De werkgroep vergaderde door corona enkel digitaal, op 5 november en 3 december 2021."
    assert records(text) == [("werkgroep", None, (date(2021, 11, 5), date(2021, 12, 3)), False)]
    # a series running on, in the present tense, is still split at the report date
    text = "De werkgroep komt driemaandelijks samen (3/9/2021 en 3/12/2021)."
    assert [(f.dates, f.planned) for f in find_meetings(text, D21)] == [
        ((date(2021, 9, 3),), False),
        ((date(2021, 12, 3),), True),
    ]


def test_a_conditional_or_planning_verb_ends_the_subject() -> None:
    assert records("De werkgroep plant een volgende vergadering in februari 2022.") == [("werkgroep", None, (), True)]
    assert records("De werkgroep zou in 2022 opnieuw samenkomen.") == [("werkgroep", None, (), True)]


def test_a_contrasting_clause_that_plans_the_meeting() -> None:
    # GUIDELINES: a meeting said not to happen is none, one that lies ahead is planned: the "maar"-clause plans it
    text = "De werkgroep is nog niet samengekomen, maar een eerste vergadering is gepland in maart 2022."
    assert records(text) == [("werkgroep", None, (), True)]
    # a contrasting clause about something else keeps the negation
    assert records("De werkgroep kwam in 2021 niet samen, maar de leden overlegden via mail.") == []


def test_a_count_written_with_x() -> None:
    # GUIDELINES: an explicit number of meetings is the count ("2x" as "tweemaal")
    assert records("De werkgroep kwam in 2021 2x samen.") == [("werkgroep", 2, (), False)]
    # a rate with x is no count
    assert [f.count for f in find_meetings("De werkgroep komt 4 x per jaar samen.", D21)] == [None]


def test_a_name_runs_over_an_ampersand_and_its_own_acronym() -> None:
    # GUIDELINES gold7: words as printed; "&" joins the name's words, an acronym in parentheses is the same body
    text = "De RAN Youth & Education Working Group kwam op 3 mei 2021 samen in Lissabon."
    assert [f.body for f in find_meetings(text, D21)] == ["RAN Youth & Education Working Group"]
    # a bare head keeps its owner after its acronym
    text = "De lokale taskforce (LTF) van Antwerpen vergaderde maandelijks."
    assert [(f.body, f.frequency) for f in find_meetings(text, D21)] == [("lokale taskforce Antwerpen", "maandelijks")]


def test_a_bulleted_list_of_dated_bodies_after_a_meeting_statement() -> None:
    # the verb left out in each item; the plural set introducing them is no record of its own (as dev-2020-06 G08)
    text = (
        "De werkgroepen kwamen samen:\n• werkgroep Preventie op 3/2/2021 en 5/5/2021;\n• werkgroep Onderwijs op "
        "4/3/2021."
    )
    assert records(text) == [
        ("werkgroep Preventie", None, (date(2021, 2, 3), date(2021, 5, 5)), False),
        ("werkgroep Onderwijs", None, (date(2021, 3, 4),), False),
    ]
