"""Meetings extractor: real sentences from the December 2017 report (dev actions only).

The conventions are those of GUIDELINES.md and of the independent test annotators
(models/gold/test/part-*/NOTES.md); the dev gold is models/gold/dev/meetings-v2 (see its NOTES.md).

Run: .venv/bin/python -m pytest tests/test_meetings.py
Dev score: cd tests && ../.venv/bin/python test_meetings.py  (prints P/R/F1 and misses)
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import RENDITIONS, SYNTHETIC, SYNTHETIC_TEXT, parse

from pipeline.extract.meetings import (
    MeetingFact,
    body_key,
    canonical_body,
    find_meetings,
    split_statements,
    with_action_names,
)
from pipeline.extract.stage import text_units
from pipeline.gold import GOLD_DIR, Score, is_test_action, match_one_to_one, meeting_matches, read_jsonl

GOLD = GOLD_DIR / "dev" / "meetings-v2" / "meetings.jsonl"
D = date(2017, 12, 1)


def one(text: str) -> MeetingFact:
    facts = find_meetings(text, D)
    assert len(facts) == 1, facts
    assert text[facts[0].char_start : facts[0].char_end] == facts[0].raw
    return facts[0]


# ------------------------------------------------------------------ positives


def test_platform_meets_monthly_in_list_item() -> None:
    text = (
        "De structuren die binnen de Vlaamse overheid werden opgezet zijn nog steeds aanwezig, zijnde:\n"
        "- het centraal aanspreekpunt binnen ABB;\n"
        "- het Vlaams Platform Radicalisering dat maandelijks samenkomt."
    )
    f = one(text)
    assert (f.body, f.count, f.frequency, f.dates, f.planned) == (
        "Vlaams Platform Radicalisering",
        None,
        "maandelijks",
        (),
        False,
    )
    assert f.raw == "het Vlaams Platform Radicalisering dat maandelijks samenkomt."


def test_platform_met_on_two_days() -> None:
    text = (
        "Het platform over radicalisering en terrorisme, dat overleg mogelijk maakt tussen de betrokken "
        "kabinetten van de federale overheid en de deelstaten, met vertegenwoordiging van de kabinetten van "
        "de minister-president en van de minister bevoegd voor Binnenlands Bestuur, kwam samen op 2/2/2017 "
        "en 23/6/2017."
    )
    f = one(text)
    assert f.body == "platform over radicalisering en terrorisme"
    assert f.dates == (date(2017, 2, 2), date(2017, 6, 23))
    assert not f.planned


def test_werkgroep_every_three_months_and_its_dates() -> None:
    text = (
        "In de **werkgroep radicalisering** werd verder ingezet op intervisie. De werkgroep komt elke drie "
        "maanden samen. De werkgroep kwam het afgelopen jaar samen op 09/12/2016, 17/2/2017, 24/05/2017 en "
        "14/09/2017. De volgende bijeenkomst staat gepland voor december 2017."
    )
    every, met, next_ = find_meetings(text, D)
    # "De werkgroep" takes the fuller name given just before: one body, one name (issue 12)
    assert (every.body, every.frequency, every.count) == ("werkgroep radicalisering", "elke drie maanden", None)
    assert met.body == "werkgroep radicalisering"
    assert met.dates == (date(2016, 12, 9), date(2017, 2, 17), date(2017, 5, 24), date(2017, 9, 14))
    # no body in the sentence: the paragraph's body, and no day dates (a month only)
    assert (next_.body, next_.dates, next_.planned) == ("werkgroep radicalisering", (), True)


def test_casemanagers_quarterly_with_dates_and_next_session() -> None:
    text = (
        "De VVSG **ondersteunt casemanagers** (ambtenaren die geradicaliseerde individuen opvolgen) door het "
        "organiseren van inter- en supervisies waar expertise wordt gedeeld. Een startbijeenkomst werd "
        "georganiseerd op 3 februari 2016, waarna driemaandelijks werd samengekomen (31/3/2016, 20/6/2016, "
        "27/10/2016, 12/12/2016, 29/3/2017, 2/6/2017, 29/9/2017). Een volgende sessie zal doorgaan op "
        "15 december 2017."
    )
    # "startbijeenkomst" and "sessie" are generic nouns, not bodies; the agentless meetings continue the organiser
    # of the sentence before, the VVSG (the casemanagers are the participants), and "Een volgende sessie" is the
    # next one of that series (dev gold re-annotated in the fifth session, 4.3, adjudication #4-#5).
    facts = find_meetings(text, D)
    assert [(f.body, f.frequency, len(f.dates), f.planned) for f in facts] == [
        ("VVSG", "driemaandelijks", 8, False),
        ("VVSG", None, 1, True),
    ]
    assert facts[1].dates == (date(2017, 12, 15),)


def test_count_and_since_date_is_not_a_meeting_date() -> None:
    f = one(
        "De stuurgroep kwam sinds 1 oktober 2016 drie keer samen, nl. op 28 maart 2017, 27 juni 2017 "
        "en 26 september 2017."
    )
    assert (f.body, f.count) == ("stuurgroep", 3)
    assert f.dates == (date(2017, 3, 28), date(2017, 6, 27), date(2017, 9, 26))


def test_times_per_year_is_a_frequency_not_a_count() -> None:
    f = one(
        "Departement OV volgt de uitvoering van de beheersovereenkomsten op o.b.v. (1) tussentijdse "
        "rapporteringen door de ouderkoepelverenigingen in een stuurgroep die minimaal drie keer per jaar "
        "samenkomt en (2) a.d.h.v. een jaarrapport."
    )
    # (the department that follows up through it owns the stuurgroep: dev 13.3 gold, G8-1)
    assert (f.body, f.count, f.frequency) == ("stuurgroep departement OV", None, "minimaal drie keer per jaar")


@pytest.mark.parametrize(
    ("sentence", "count", "frequency"),
    [
        ("De expertencel kwam inmiddels vijf maal plenair samen.", 5, None),
        ("De stuurgroep kwam reeds 6 maal samen.", 6, None),
        ("De werkgroep komt een viertal keer per jaar samen.", None, "een viertal keer per jaar"),
        # "een viertal keer" is an estimate, not a count; "minstens één keer" is the number printed (GUIDELINES,
        # gold5: bounded counts)
        ("De werkgroep kwam een viertal keer samen.", None, None),
        ("De werkgroep kwam minstens één keer samen.", 1, None),
        ("De cel vergadert zesmaandelijks.", None, "zesmaandelijks"),
    ],
)
def test_count_words(sentence: str, count: int | None, frequency: str | None) -> None:
    f = one(sentence)
    assert (f.count, f.frequency) == (count, frequency)


def test_monthly_meetings_of_the_ntf_attended_by_a_guest() -> None:
    # GUIDELINES, gold5 (host body): a guest at a named body's meetings with their frequency is the host's meeting
    # (dev 2.1); the participant never becomes the body, the Platform reached "via" is no host.
    text = (
        "Het centraal aanspreekpunt neemt deel aan de maandelijkse bijeenkomsten van de NTF en zorgt via "
        "het Vlaams Platform Radicalisering voor de wisselwerking tussen het federale en het Vlaamse beleid."
    )
    assert [(f.body, f.frequency, f.dates) for f in find_meetings(text, D)] == [("NTF", "maandelijkse", ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real report's dev actions (2.1, 4.3, 4.7), GUIDELINES gold5 host body
        (
            "Aan de werkgroep Gevangenissen werd deelgenomen door de afdeling Justitiehuisen op 27 april 2017.",
            [("werkgroep Gevangenissen", (date(2017, 4, 27),))],
        ),
        (
            "- Toelichting werking VVSG op platform Oost-Vlaanderen, georganiseerd door de lokale politiediensten "
            "(15/5/2017)",
            [("platform Oost-Vlaanderen", (date(2017, 5, 15),))],
        ),
        # a leading owner stands after a topic name; the words up to the parenthesis are the name
        (
            "- Toelichting werking VVSG op VVSG werkgroep werk en sociale economie (12/5/2017)",
            [("werkgroep werk en sociale economie VVSG", (date(2017, 5, 12),))],
        ),
        (
            "- Presentatie voor netwerk onderwijs Stad Gent (28/9/2017)",
            [("netwerk onderwijs Stad Gent", (date(2017, 9, 28),))],
        ),
        (
            "- Op 25/1/2017 gaf het aanspreekpunt een toelichting voor de Commissie levensbeschouwelijke vakken.",
            [("commissie levensbeschouwelijke vakken", (date(2017, 1, 25),))],
        ),
        # one record per named host on the days of its own parentheses; a generic host is none
        (
            "- Er werd ook gezorgd voor afstemming met en toelichting aan de lokale besturen: op het provinciaal "
            "overlegplatform radicalisering West-Vlaanderen (19/12/2016), Netwerk radicalisering onderwijs Gent "
            "(23/1/2017), stad Gent denktank radicalisering basisonderwijs (1/6/2017), de lokale integratiediensten "
            "Limburg (29/09/2017).",
            [
                ("provinciaal overlegplatform radicalisering West-Vlaanderen", (date(2016, 12, 19),)),
                ("netwerk radicalisering onderwijs Gent", (date(2017, 1, 23),)),
                ("denktank radicalisering basisonderwijs stad Gent", (date(2017, 6, 1),)),
            ],
        ),
        # a commission heard or spoken in on a day: its capitalised name and its owner without "van" (dev 14.5)
        (
            "De Vlaamse minister van Media gaf uitleg over rePresent in de Commissie voor Cultuur, Jeugd, Sport en "
            "Media van het Vlaamse Parlement op 30/3/2017.",
            [("commissie voor Cultuur, Jeugd, Sport en Media Vlaams Parlement", (date(2017, 3, 30),))],
        ),
        (
            "Op 22 november 2018 werd de afdeling gehoord in de Commissie voor de Justitie van de Kamer over de "
            "opvolging van terreurveroordeelden na hun strafeind.",
            [("commissie voor de Justitie Kamer", (date(2018, 11, 22),))],
        ),
        # not records: no day, count or frequency of the host's meeting; a bare head names no body
        ("Het departement gaf een toelichting aan de commissie levensbeschouwelijke vakken.", []),
        ("Een eerste tussentijds rapport werd op 21 mei 2019 aan de commissie voorgesteld.", []),
        # an event of a body, and a topic, are no host ("van" only after a meeting noun)
        (
            "Op 16 mei 2019 namen verschillende referentiepersonen deel aan de slotconferentie van de RAN-werkgroep "
            "Education in Stockholm.",
            [],
        ),
    ],
)
def test_host_body_of_a_guest(text: str, expected: list[tuple[str, tuple[date, ...]]]) -> None:
    # (compared as the evaluation does, by body_key: case and articles do not count)
    assert [(f.body_key, f.dates) for f in find_meetings(text, D)] == [(body_key(b), d) for b, d in expected]


def test_host_met_on_a_day_already_reported_is_no_new_record() -> None:
    # GUIDELINES gold5 (follow-up sentences): a back-reference adding no new day is no record (dev 13.3's phrasing)
    text = (
        "De stuurgroep kwam samen op 26 september 2017. Tijdens de stuurgroep van 26 september 2017 gaf het "
        "aanspreekpunt een toelichting."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D)] == [("stuurgroep", (date(2017, 9, 26),))]


def test_count_in_a_semicolon_clause_joins_the_hosts_meetings() -> None:
    text = (
        "Het centraal aanspreekpunt neemt deel aan de maandelijkse vergaderingen van de NTF; in de "
        "rapportageperiode werden zes vergaderingen bijgewoond."
    )
    assert [(f.body, f.count, f.frequency) for f in find_meetings(text, D)] == [("NTF", 6, "maandelijkse")]


def test_first_meeting_takes_body_from_previous_sentence() -> None:
    text = (
        "De werkgroep Communicatie werd na lange tijd opnieuw opgestart. Voorafgaand aan een eerste "
        "bijeenkomst die doorging op 21 september 2017, werd door het OCAD een behoefteanalyse opgemaakt."
    )
    f = one(text)
    assert (f.body, f.dates) == ("werkgroep Communicatie", (date(2017, 9, 21),))
    assert f.raw.startswith("Voorafgaand")


def test_invitation_to_another_bodys_working_group_is_its_meeting() -> None:
    # GUIDELINES gold5 (host body, dev 3.1): invited to a named body's meeting on given days -> the host's meeting,
    # planned (the days lie after the report date); a body with a name of its own keeps its owner in front.
    text = (
        "De Afdeling Justitiehuisen werden opnieuw uitgenodigd voor de RAN werkgroep Prison and Probation "
        "op 12 en 13 december in Praag."
    )
    f = one(text)
    assert (f.body_key, f.dates, f.planned) == (
        body_key("RAN-werkgroep Prison and Probation"),
        (date(2017, 12, 12), date(2017, 12, 13)),
        True,
    )


def test_overleg_between_a_function_and_a_group_names_the_group() -> None:
    # Issue 12 guidelines: a single person or function ("het aanspreekpunt") is not a body; the group is.
    f = one(
        "- Er is maandelijks overleg tussen het aanspreekpunt en de referentiepersonen radicalisering "
        "binnen de koepels, het GO! en de CLB-netten."
    )
    assert (f.body, f.frequency) == ("referentiepersonen radicalisering", "maandelijks")
    f = one("- Er is regelmatige afstemming tussen het netwerk islamexperten en het aanspreekpunt.")
    assert f.body == "netwerk islamexperten"
    f = one("Het aanspreekpunt zit maandelijks samen met de vormingsconsulenten.")  # own
    assert f.body == "vormingsconsulenten"


def test_subject_of_overleg_is_the_body_and_the_repeat_is_planned() -> None:
    text = (
        "Omwille van die reden ging het departement Onderwijs en Vorming in overleg met de 6 politiezones in "
        "Brussel op 17 juli 2016. Dit overleg zal herhaald worden in het voorjaar van 2018."
    )
    held, repeat = find_meetings(text, D)
    # the organisation's canonical name (models/organisations.jsonl), through the organisation extractor
    assert (held.body, held.dates, held.planned) == ("departement OV", (date(2016, 7, 17),), False)
    # "Dit overleg" refers back: same body, a separate record because it lies ahead
    assert (repeat.body, repeat.dates, repeat.planned) == ("departement OV", (), True)


@pytest.mark.parametrize(
    "sentence",
    [
        "- In Oost-Vlaanderen waren er reeds drie vergadermomenten.",  # 4.3
        "Er zijn evaluatievergaderingen geweest op 6/2/2017 en 9/10/2017.",  # own
        "De verschillende hulplijnen (Netwerk Islamexperten, opvoedingslijn, infolijn Islam, aanspreekpunt "
        "onderwijs, OTA's) stemmen onderling af zodat er correct kan worden doorverwezen (zesmaandelijks, "
        "29/11/2016) en 11/5/2017).",  # 4.7
        "Een startbijeenkomst werd georganiseerd op 3 februari 2016.",  # 4.3
        "Een volgende sessie zal doorgaan op 15 december 2017.",  # 4.3
        "Er was een bijeenkomst op 3/3/2017.",  # own
    ],
)
def test_generic_words_are_not_bodies(sentence: str) -> None:
    """Issue 12: event nouns and generic words are not bodies; a statement naming no body is no meeting."""
    assert find_meetings(sentence, D) == []


def test_pronoun_subject_takes_the_body_of_the_paragraph() -> None:
    text = "Het stuurcomité werd in 2016 opgericht. Het kwam in 2017 al op 3/3/2017 en 5/9/2017 samen."
    f = one(text)
    assert (f.body, f.dates) == ("stuurcomité", (date(2017, 3, 3), date(2017, 9, 5)))


@pytest.mark.parametrize(
    ("sentence", "body", "count", "frequency"),
    [
        ("De kerngroep kwam dit jaar tweemaal samen.", "kerngroep", 2, None),
        ("De kerngroep komt driemaal per jaar samen.", "kerngroep", None, "driemaal per jaar"),
        (
            "Het Departement WVG zit op regelmatige basis samen met de provincies.",
            "departement WVG",
            None,
            "op regelmatige basis",
        ),
        (
            "Er is regelmatige afstemming tussen de consulenten en de scholen.",
            "consulenten",  # a plural group, not a single function: the first party stays the body
            None,
            "regelmatige",
        ),
    ],
)
def test_counts_frequencies_and_parties(sentence: str, body: str, count: int | None, frequency: str | None) -> None:
    f = one(sentence)
    assert (f.body, f.count, f.frequency) == (body, count, frequency)


def test_past_and_future_clause_are_two_records() -> None:
    # test NOTES, part A: a sentence with a past and a future clause gives two records
    text = (
        "Het sectoroverleg werd in 2016 opgericht. Het kwam in februari en april 2017 al samen en zal nog "
        "minstens één keer samenkomen in het najaar van 2017."
    )
    past, future = find_meetings(text, D)
    assert (past.body, past.planned, future.body, future.planned) == ("sectoroverleg", False, "sectoroverleg", True)
    assert future.count == 1  # "minstens één keer": the number printed (GUIDELINES, gold5: bounded counts)


def test_bare_overleg_with_a_partner_and_a_body_that_took_place() -> None:
    f = one("Er was reeds een eerste overleg met het Comité op 11 oktober 2017.")
    assert (f.body, f.count, f.dates) == ("comité", None, (date(2017, 10, 11),))  # a generic head, lower case
    f = one("In maart vond de eerste klankbordgroep plaats.")
    assert (f.body, f.count, f.dates) == ("klankbordgroep", None, ())


def test_one_off_overleg_is_the_organisers_meeting() -> None:
    # Issue 12: "opstartoverleg" is a one-off event noun, not a body; the organiser named as the subject is.
    f = one(
        "Het Agentschap Integratie en Inburgering organiseerde op 4/4/2017 een opstartoverleg met de lokale besturen."
    )  # own
    assert (f.body, f.dates) == ("AgII", (date(2017, 4, 4),))
    assert find_meetings("Op 4/4/2017 vond een opstartoverleg plaats.", D) == []  # own: nobody named


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("het Vlaams Platform Radicalisering", "Vlaams Platform Radicalisering"),  # 1.1, gazetteer
        ("Vlaamse Platform Radicalisering", "Vlaams Platform Radicalisering"),  # gazetteer alias
        ("Het Departement Onderwijs en Vorming", "departement OV"),  # gazetteer
        ("Departement OV", "departement OV"),
        ("de Werkgroep Communicatie", "werkgroep Communicatie"),  # generic head in lower case
        (
            "platform over radicalisering en terrorisme, dat overleg mogelijk maakt",
            "platform over radicalisering en terrorisme",
        ),  # 1.1: no trailing clause
        ("stuurgroep binnen elke provincie", "stuurgroep"),  # no prepositional tail
        ("**Stuurgroep**", "stuurgroep"),
        ("de verschillende werkgroepen", "werkgroepen"),
        ("vlaams platform radicalisering", "Vlaams Platform Radicalisering"),  # gazetteer name, other case
        ("Departement onderwijs en vorming", "departement OV"),
        ("begeleidingscommissie voor de tweede keer", "begeleidingscommissie"),  # own
        ("College van Procureurs-generaal ter voorbereiding", "College van Procureurs-generaal"),  # own
    ],
)
def test_canonical_body(printed: str, canonical: str) -> None:
    assert canonical_body(printed) == canonical


@pytest.mark.parametrize(
    "generic",
    [
        "startbijeenkomst",
        "bijeenkomst",
        "vergadering",
        "vergaderingen",
        "hulplijnen",
        "overleg",
        "sessie",
        "evaluatievergaderingen",
        "vergadermomenten",
        "opstartoverleg",
        "de bijeenkomst",
    ],
)
def test_generic_body_is_none(generic: str) -> None:
    assert canonical_body(generic) is None


def test_body_key_joins_spellings_of_one_body() -> None:
    assert body_key("Sectoroverleg") == body_key("sectoroverleg") == "sectoroverleg"
    assert body_key("netwerk islamexperten en het aanspreekpunt") == body_key("Netwerk Islamexperten en aanspreekpunt")
    assert body_key("Comité van Experten") == body_key("comite van experten")  # accents do not count
    assert body_key("werkgroep Communicatie") != body_key("werkgroep radicalisering")
    # the same body printed two ways in two rounds: one canonical, one key
    r1 = one("Het Vlaamse Platform Radicalisering kwam samen op 3/3/2017.")
    r2 = one("Het Vlaams Platform Radicalisering vergaderde op 5/5/2018.")
    assert r1.body == r2.body == "Vlaams Platform Radicalisering" and r1.body_key == r2.body_key


def test_bare_head_takes_the_actions_fuller_name() -> None:
    """Issue 12 guidelines: "De stuurgroep kwam reeds 6 maal samen" after "een stuurgroep Imamopleiding"."""
    texts = [
        "Er werd een stuurgroep Imamopleiding opgericht met de betrokken partners.",  # own
        "De stuurgroep kwam reeds 6 maal samen.",
    ]
    per_text = [find_meetings(t, D) for t in texts]
    assert [m.body for ms in per_text for m in ms] == ["stuurgroep"]
    named = with_action_names(per_text, texts)
    assert [(m.body, m.body_key, m.count) for ms in named for m in ms] == [
        ("stuurgroep Imamopleiding", "stuurgroep imamopleiding", 6)
    ]
    # within one text the nearest earlier fuller name is used (4.3; a sentence whose subject organises it gives
    # the owner too, G8-1: tests/test_meetings_meet11.py)
    text = (
        "In de werkgroep radicalisering werd verder ingezet op intervisie. De werkgroep komt elke drie maanden samen."
    )
    assert one(text).body == "werkgroep radicalisering"


# ------------------------------------------------------------------ negatives


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 28 maart 2017 vond er een gemeenschappelijke studiedag ILD plaats voor alle inspecteurs LBV.",
        "Op 19 juni 2017 woonden het centraal aanspreekpunt en het aanspreekpunt onderwijs een congres bij "
        "i.k.v. terugkeerders.",
        # a guest at someone else's event, no body named
        "Op 28 en 29 september 2017 werd er door het aanspreekpunt onderwijs en door een islamexpert actief "
        "deelgenomen aan een RAN-meeting in Parijs m.b.t. de link tussen schooluitval en radicalisering.",
        "- Op de algemene vergadering van de onderwijsinspectie werd ook een vorming gegeven door het "
        "aanspreekpunt radicalisering onderwijs. Deze vorming ging door op 21/12/2016.",
        # a body set up, not a body meeting
        "Er werd een structureel bovenlokaal overleg met DG EPI opgestart om de gezamenlijke aanpak uit te werken.",
        "In dit overleg worden strategische en beleidsmatige keuzes gemaakt.",
        # attending without when or how often
        "Als **belangenbehartiger** neemt de VVSG deel aan het Belgisch Forum voor Preventie en Veiligheid, "
        "werkgroep preventie en het Vlaamse Platform Radicalisering.",
        "Doel van deze intervisie is om samen tot oplossingen te komen aangaande gesprekstechnieken.",
        # conventions of the test annotators (NOTES): events, talks, one-off consultations, references back
        "Op 3 maart 2017 werd een rondetafel georganiseerd met onderzoekers en beleidsmakers.",
        "Op 5/10/2017 vond een netwerkdag plaats voor de lokale aanspreekpunten.",
        "Er is overleg met de vzw over de verdere aanpak.",
        "In overleg met het agentschap werd beslist om de aanpak bij te sturen.",
        "Er vonden reeds verschillende gesprekken plaats tussen de imams en het agentschap.",
        "Gedurende het eerste overleg met 5 gemeenten (10/03/2017) werd de nood aan een bijeenkomst aangegeven.",
        "Tijdens deze vergaderingen bleek dat de noden groot zijn.",
        "- RAN meeting polarisering te Stockholm: 10-11/5/2017",
        "Er werden interne werkgroepen opgestart om overleg te plegen.",
    ],
)
def test_not_meetings(sentence: str) -> None:
    assert find_meetings(sentence, D) == []


def test_statement_splitter_keeps_abbreviations_and_dates() -> None:
    text = "Er werd o.a. afgestemd i.k.v. de werking m.b.t. scholen op 2/2/2017. Daarna, nl. op 3/3/2017, niet."
    spans = [text[a:b] for a, b in split_statements(text)]
    assert spans == [
        "Er werd o.a. afgestemd i.k.v. de werking m.b.t. scholen op 2/2/2017.",
        "Daarna, nl. op 3/3/2017, niet.",
    ]


# ------------------------------------------------------------------ dev score


def predicted_dev() -> list[tuple[str, MeetingFact]]:
    """What `rapportage evaluate` would predict on the dev actions: find_meetings on the action
    description and every entry description as the structure parser gives them."""
    report = parse(RENDITIONS["text"])
    texts: dict[str, list[str]] = {}
    for unit in text_units(report):
        if not is_test_action(unit.action_id) and unit.field == "description":
            texts.setdefault(unit.action_id, []).append(unit.text)
    return [
        (aid, fact)
        for aid, ts in texts.items()
        for facts in with_action_names([find_meetings(t, report.report_date) for t in ts], ts)
        for fact in facts
    ]


def fair_match(gold: dict, pred: MeetingFact) -> bool:
    """evaluate's rule (``pipeline.gold.meeting_matches``): same body_key, and the count or day dates the gold
    gives; a record with neither (a frequency only, or a month/season, which GUIDELINES allows) matches a
    prediction with neither and the same `planned`."""
    return meeting_matches(gold, pred)


def _strict_match(gold: dict, pred: MeetingFact) -> bool:
    return meeting_matches(gold, pred, strict=True)


def score(match=_strict_match) -> tuple[Score, list[str]]:  # match: (gold record, MeetingFact) -> bool
    """Greedy one-to-one matching within each action, as `rapportage evaluate` matches; the misses as notes."""
    gold = read_jsonl(GOLD)
    predicted = predicted_dev()
    hits = match_one_to_one(gold, predicted, match)
    misses = [g for g, hit in zip(gold, hits, strict=True) if hit is None]
    notes = [f"FN {g['action_id']} {g['body']!r} :: {g['raw'][:90]}" for g in misses]
    used = set(hits)
    notes += [
        f"FP {a} {f.body!r} {f.count} {f.dates} :: {f.raw[:90]}" for i, (a, f) in enumerate(predicted) if i not in used
    ]
    return Score(len(gold), len(predicted), len(used - {None})), notes


def test_dev_gold_raws_are_in_the_parsed_report() -> None:
    texts: dict[str, str] = {}
    for unit in text_units(parse(RENDITIONS["text"])):
        texts[unit.action_id] = texts.get(unit.action_id, "") + "\n" + " ".join(unit.text.split())
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert not is_test_action(record["action_id"])
        assert record["raw"] in texts[record["action_id"]], record["raw"]


def test_dev_score() -> None:
    # The dev gold was re-annotated blind in the fifth session (24 records, 16 before; 37 under the one meeting
    # convention of GUIDELINES "gold5 decisions"; 38 after gold8, whose owners the rules do not all find yet:
    # 4.3's owner is given only by the paragraph, 3.1 is an agreement with a sector and a commission in one clause;
    # 33 in the ninth session's meet11, 32 after gold7's owner was put back in 2.1's gold, which the rules miss;
    # 35 in the tenth session's meet14, which gives 4.3's topic-only werkgroep the action's doer as owner; 36 in the
    # twelfth, which keeps 2.1's proper-name owner after a "rond"-topic, as gold7 and the re-annotated gold do):
    # these pin where the rules stand on it, so that a change to them shows here as well as in `rapportage evaluate`.
    got, notes = score(fair_match)
    assert got == Score(gold=38, predicted=37, correct=36), notes
    strict, notes = score()
    assert strict == Score(gold=38, predicted=37, correct=26), notes


def test_synthetic_june_2018_new_meetings_are_found() -> None:
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    report = parse(SYNTHETIC_TEXT)
    report_date = date(2018, 6, 1)
    assert key["new_facts"]["meetings"]
    # The key predates issue 12: its generic "overleg met X" is now the body met with (canonical body).
    # A bare head keeps its "van" complement ("stuurgroep van het project" -> "stuurgroep project", GUIDELINES
    # gold7), as the key's names print it (body_key ignores the linking words).
    issue12 = {"overleg met de Brusselse politiezones": "Brusselse politiezones"}
    for k in key["new_facts"]["meetings"]:
        k = {**k, "body": issue12.get(k["body"], k["body"])}
        found = [
            fact
            for unit in text_units(report)
            if unit.action_id == k["action_id"] and unit.field == "description"
            for fact in find_meetings(unit.text, report_date)
        ]
        assert any(meeting_matches(k, f) for f in found), (k["raw"], found)


if __name__ == "__main__":
    for name, rule in (("strict rule", _strict_match), ("evaluate's rule", fair_match)):
        got, misses = score(rule)
        print(f"dev meetings ({name}): P={got.precision:.3f} R={got.recall:.3f} F1={got.f1:.3f}")
        print("\n".join(misses))


@pytest.mark.parametrize(
    ("sentence", "body", "dates"),
    [  # own sentences in the report's style: bodies the report does not name
        (
            "Op 20 maart 2018 vergaderde de begeleidingscommissie voor de tweede keer.",
            "begeleidingscommissie",
            ("2018-03-20",),
        ),
        (
            "De regiegroep Radicalisering kwam op 9/1/2018 en 8/5/2018 samen.",
            "regiegroep Radicalisering",
            ("2018-01-09", "2018-05-08"),
        ),
        ("De adviesraad komt tweemaal per jaar samen.", "adviesraad", ()),
        ("Het projectteam komt wekelijks samen.", "projectteam", ()),
        (
            "Er werd op 3 april 2018 overlegd met de Vlaamse Scholierenkoepel.",
            "Vlaamse Scholierenkoepel",
            ("2018-04-03",),
        ),
        ("Op 15 mei 2018 vond de derde bijeenkomst van het lerend netwerk plaats.", "lerend netwerk", ("2018-05-15",)),
        (
            "De voorbereidende werkgroep van het platform kwam samen op 22 februari 2018.",
            "voorbereidende werkgroep platform",
            ("2018-02-22",),
        ),  # a bare head keeps its "van" complement (GUIDELINES gold7)
        ("Het Lokaal Overleg Preventie vond plaats op 7 maart 2018.", "Lokaal Overleg Preventie", ("2018-03-07",)),
        (
            "Het Vlaams Overleg Radicalisering kwam samen op 13 maart 2018.",
            "Vlaams Overleg Radicalisering",
            ("2018-03-13",),
        ),
        ("In februari en mei 2018 vergaderde het regionaal platform.", "regionaal platform", ()),
        ("Het stedelijk overleg radicalisering komt maandelijks samen.", "stedelijk overleg radicalisering", ()),
        ("Met de provinciegouverneurs werd op 8 maart 2018 overlegd.", "provinciegouverneurs", ("2018-03-08",)),
        ("Het LIVC vergaderde op 3/3/2018.", "LIVC", ("2018-03-03",)),  # an acronym subject
    ],
)
def test_bodies_beyond_the_report(sentence: str, body: str, dates: tuple[str, ...]) -> None:
    f = find_meetings(sentence, date(2018, 6, 1))
    assert [(m.body, tuple(str(d) for d in m.dates)) for m in f] == [(body, dates)]


def test_target_groups_are_not_bodies() -> None:
    assert find_meetings("De doelgroep kwam op 3/3/2018 samen in Gent.", D) == []  # own


def test_every_n_weeks_is_a_frequency_and_a_following_meeting_is_a_record() -> None:
    f = one("De commissie vergadert om de zes weken.")  # own
    assert (f.body, f.frequency) == ("commissie", "om de zes weken")
    text = (
        "De stuurgroep Veerkracht kwam op 18 januari 2018 voor het eerst samen; een tweede vergadering volgde "
        "op 26 april 2018."
    )  # own
    # one record per sentence unless its clauses differ in `planned` (dev-2020-06 NOTES; its G03 "vergaderde op
    # 15/1/2020 ...; een tweede vergadering van de werkgroep op 12 mei 2020 verliep via videoconferentie")
    assert [(m.body, m.dates) for m in find_meetings(text, date(2018, 6, 1))] == [
        ("stuurgroep Veerkracht", (date(2018, 1, 18), date(2018, 4, 26))),
    ]


# --- mechanisms added while tuning on models/gold/dev-extra (own sentences, not from any gold text) ---

R18 = date(2018, 12, 1)  # the report date of the December 2018 round


def _bodies_of(text: str) -> list[tuple[str, int | None, tuple[str, ...], bool]]:
    return [(m.body, m.count, tuple(str(d) for d in m.dates), m.planned) for m in find_meetings(text, R18)]


@pytest.mark.parametrize(
    "text, body",
    [
        # the subject runs up to the finite verb: a lowercase topic tail, "en"-joined, is part of the name
        (
            "De werkgroep hernieuwbare energie en klimaat vergaderde op 3/5/2018.",
            "werkgroep hernieuwbare energie en klimaat",
        ),
        ("Het provinciaal overleg jeugdhulp zat op 3/5/2018 samen.", "provinciaal overleg jeugdhulp"),
        ("Op 3/5/2018 vergaderde de werkgroep energie over de begroting.", "werkgroep energie"),
        # describing adjectives between article and head
        ("De regionale technische commissie vergaderde op 3/5/2018.", "regionale technische commissie"),
        ("Het wetenschappelijk comité kwam op 3/5/2018 samen.", "wetenschappelijk comité"),
        # a quoted name after the head; "/"-joined names
        ("Het netwerk ‘Samen Sterk Limburg’ kwam op 3/5/2018 samen.", "netwerk Samen Sterk Limburg"),
        ("De werkgroep Antwerpen/Mechelen kwam op 3/5/2018 samen.", "werkgroep Antwerpen/Mechelen"),
        # "van" tails: generic ones dropped, names kept without "van" and legal form
        ("De stuurgroep van de campagne vergaderde op 3/5/2018.", "stuurgroep campagne"),
        (
            "De raad van bestuur van Jeugdhuis De Klinker vzw kwam op 3/5/2018 samen.",
            "raad van bestuur Jeugdhuis De Klinker",
        ),
        ("De jury van de wedstrijd ‘Gouden Pen’ kwam op 3/5/2018 samen.", "jury Gouden Pen"),
        ("De intervisiegroep van de jeugdconsulenten kwam op 3/5/2018 samen.", "intervisiegroep jeugdconsulenten"),
        # one name across rounds (models/meeting_bodies.jsonl)
        ("De kennis- en expertencel onderwijs en welzijn vergaderde op 3/5/2018.", "expertencel"),
        # the subject before the verb, not a group inside or after the predicate
        ("De Vlaamse Jeugdraad kwam met zijn werkgroep Sport op 3/5/2018 bijeen.", "Vlaamse Jeugdraad"),
        (
            "De Koepel Buurtwerkingen Kempen vergaderde op 3/5/2018 met het netwerk over vrijwilligers.",
            "Koepel Buurtwerkingen Kempen",
        ),
        ("In Hasselt kwam de werkgroep Preventie op 3/5/2018 samen.", "werkgroep Preventie"),
        ("Het departement WSE kwam op 3/5/2018 samen met de sociale partners.", "departement WSE"),
        # a relative clause: its antecedent is the body
        (
            "De VVSG richtte een werkgroep Preventie op, die op 3/5/2018 voor het eerst samenkwam.",
            "werkgroep Preventie",
        ),
        # an organiser, and the organ it holds
        (
            "De Vereniging Vlaamse Jeugddiensten organiseerde op 3/5/2018 een overleg met de jeugdconsulenten.",
            "VVJ",
        ),  # the organiser, canonical from the gazetteer
        (
            "De Vereniging Vlaamse Jeugddiensten hield op 3/5/2018 haar algemene vergadering.",
            "VVJ",
        ),  # a general assembly is its organisation's meeting (GUIDELINES G8-3)
    ],
)
def test_body_naming_mechanisms(text, body):
    assert [b for b, *_ in _bodies_of(text)] == [body]


def test_bare_heads_and_acronyms_take_the_fuller_name_of_the_text():
    text = (
        "Het Limburgs Platform Jeugdwerk werd in 2017 opgericht. Het Platform vergaderde op 5/5/2018.\n"
        "Het ‘Network of city officers’ kwam op 3/3/2018 samen. Een volgende bijeenkomst van het netwerk is "
        "gepland in mei 2019.\n"
        "Het Regionaal Overleg Jeugdhulp Kempen (ROJK) werd opgericht. Het ROJK zal in 2019 vier keer vergaderen."
    )
    assert _bodies_of(text) == [
        ("Limburgs Platform Jeugdwerk", None, ("2018-05-05",), False),
        ("Network of city officers", None, ("2018-03-03",), False),
        ("Network of city officers", None, (), True),
        ("Regionaal Overleg Jeugdhulp Kempen", 4, (), True),
    ]


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Vanaf maart 2019 komt de stuurgroep maandelijks samen.", True),  # its period starts after the report date
        ("De werkgroep Preventie vergadert t.e.m. juni 2019 elke maand.", True),  # "until" a later period
        ("De taskforce komt sinds mei 2018 om de maand samen en zal dat blijven doen tot eind 2019.", False),  # running
        ("Een volgende bijeenkomst van de stuurgroep Energie is voorzien in het voorjaar van 2019.", True),
        ("De stuurgroep Energie vergaderde in 2018 vijf keer.", False),
    ],
)
def test_planned_from_the_statement_periods(text, planned):
    assert [p for *_, p in _bodies_of(text)] == [planned]


def test_back_references_and_events_are_not_meetings():
    text = "De werkgroep Energie kwam op 2/2/2018 samen. Er werd vergaderd in het gemeentehuis."
    assert _bodies_of(text) == [("werkgroep Energie", None, ("2018-02-02",), False)]
    assert _bodies_of("Er was een intervisiemoment op 3/3/2018 voor de consulenten.") == []
    assert _bodies_of("Maandelijks vergadert de stuurgroep Energie.") == [("stuurgroep Energie", None, (), False)]
    assert _bodies_of("Ze organiseert op 3/3/2018 een studiedag.") == []


def test_a_body_meets_across_a_long_predicate():
    text = "De stuurgroep Energie kwam op 14 maart 2018 in Gent en op 26 september 2018 in Brugge samen."
    assert _bodies_of(text) == [("stuurgroep Energie", None, ("2018-03-14", "2018-09-26"), False)]


def test_a_bare_head_names_the_compound_before_and_generic_partners_are_no_body():
    text = "Er werd een kennis- en ervaringscel opgericht. De cel kwam op 3/3/2018 samen."
    assert [b for b, *_ in _bodies_of(text)] == ["ervaringscel"]
    # "overleg met X": X is the body only when it is named (GUIDELINES: "er was overleg met de scholen")
    assert _bodies_of("Er was overleg met de jeugdhuizen op 4/4/2018.") == []
    assert [b for b, *_ in _bodies_of("Er was een eerste overleg met de Gentse politiezone op 4/4/2018.")] == [
        "politiezone Gent"  # (its place adjective is its territory: GUIDELINES G9-5)
    ]


def test_frequencies_with_elk_and_om_de():
    assert [m.frequency for m in find_meetings("Binnen het Platform Jeugd werd elk kwartaal vergaderd.", R18)] == [
        "elk kwartaal"
    ]
    assert [m.frequency for m in find_meetings("De cel komt om de veertien dagen samen.", R18)] == [
        "om de veertien dagen"
    ]


def test_samen_met_after_a_meeting_verb():
    assert _bodies_of("Het plan kwam tot stand samen met de werkgroep Preventie op 3/3/2018.") == []
    assert [b for b, *_ in _bodies_of("De werkgroep Preventie kwam op 3/3/2018 samen met de VVSG.")] == [
        "werkgroep Preventie"
    ]


# ------------------------------------------------------------------ issue 12, dev-2019 mechanisms (tuner)


@pytest.mark.parametrize(
    ("sentence", "body", "count", "frequency"),
    [
        # calling a body together, and an infinitive with "te"
        ("De stuurgroep Kustveiligheid werd dit jaar driemaal samengeroepen.", "stuurgroep Kustveiligheid", 3, None),
        (
            "De adviesgroep Jeugdrecht wil voortaan per kwartaal bijeen te komen.",
            "adviesgroep Jeugdrecht",
            None,
            "per kwartaal",
        ),
        # a lower bound of two or more is the number of meetings
        ("De werkgroep Havens kwam in die periode minstens vijf keer samen.", "werkgroep Havens", 5, None),
    ],
)
def test_calling_together_and_counts(sentence: str, body: str, count: int | None, frequency: str | None) -> None:
    f = one(sentence)
    assert (f.body, f.count, f.frequency) == (body, count, frequency)


def test_at_least_once_counts_one() -> None:
    # The real report's phrasing (action 1.2): "zal nog minstens één keer samenkomen" -> count 1 (GUIDELINES, gold5)
    text = "Het sectoroverleg kwam in maart al samen en zal nog minstens één keer samenkomen in de zomer."
    assert [(f.body, f.count) for f in find_meetings(text, D)] == [("sectoroverleg", None), ("sectoroverleg", 1)]


def test_long_adverbial_before_the_future_verb_splits_the_clause() -> None:
    text = (
        "Er werd een cel Preventie opgericht, die op 3 maart 2017 voor het eerst samenkwam en tegen eind 2018 nog "
        "twee keer zal samenkomen."
    )
    facts = find_meetings(text, D)
    assert [(f.body, f.dates, f.count, f.planned) for f in facts] == [
        ("cel Preventie", (date(2017, 3, 3),), None, False),
        ("cel Preventie", (), 2, True),
    ]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # the lowercase topic runs up to a "van" tail; an organisation in the tail is kept without "van"
        (
            "De werkgroep integratie en inburgering van de VVSG vergaderde op 4/5/2017.",
            "werkgroep integratie en inburgering VVSG",
        ),
        (
            "De werkgroep integratie en inburgering van het nieuwe stadsplan vergaderde op 4/5/2017.",
            "werkgroep integratie en inburgering",
        ),
        # "interne" says whose group it is, a participle is not part of the name
        ("De interne werkgroep schoolverzuim kwam op 4/5/2017 samen.", "interne werkgroep schoolverzuim"),
        ("Er werd een stuurgroep opgericht, die op 4/5/2017 voor het eerst samenkwam.", "stuurgroep"),
        ("Er werd een kerngroep samengesteld, die op 4/5/2017 voor het eerst samenkwam.", "kerngroep"),
    ],
)
def test_body_names_with_tails(sentence: str, body: str) -> None:
    assert one(sentence).body == body


def test_training_sessions_are_not_meetings() -> None:
    assert find_meetings("De vzw organiseerde vier train-de-trainersessies op 3/2/2017, 4/3/2017 en 5/4/2017.", D) == []
    text = "Samen met de VVSG werden tussen maart en juni 2017 vijf vormingssessies georganiseerd."
    assert find_meetings(text, D) == []


def test_meeting_referred_to_by_a_new_day_is_a_meeting() -> None:
    # a meeting named by its day states that the body met that day, unless that day was already reported
    text = (
        "De klankbordgroep Sport kwam op 3/2/2017 en 7/4/2017 samen. Op de vergadering van 7 april 2017 werd de "
        "nota besproken. Op haar laatste bijeenkomst, op 9 juni 2017, werd die nota goedgekeurd."
    )
    facts = find_meetings(text, D)
    assert [(f.body, f.dates) for f in facts] == [
        ("klankbordgroep Sport", (date(2017, 2, 3), date(2017, 4, 7))),
        ("klankbordgroep Sport", (date(2017, 6, 9),)),
    ]


def test_bare_compound_head_takes_the_name_before_it() -> None:
    # "Het comité" -> "Het stuurcomité" -> "een stuurcomité Havens en Scholen"
    text = (
        "Er werd een stuurcomité Havens en Scholen opgericht. Het stuurcomité vergaderde op 3/2/2017. "
        "Het comité komt voortaan per kwartaal samen."
    )
    assert [f.body for f in find_meetings(text, D)] == ["stuurcomité Havens en Scholen"] * 2


def test_impersonal_meeting_with_a_named_party() -> None:
    f = one("Daarnaast werd er met het OCAD maandelijks vergaderd over de informatiedeling.")
    assert (f.body, f.frequency) == ("OCAD", "maandelijks")


def test_indefinite_consultation_with_people_is_not_a_meeting() -> None:
    # the body of the paragraph does not hold a consultation "met de directies" (GUIDELINES: "er was overleg
    # met de scholen" is not a meeting of a body); "een regionaal overleg" is no standing body
    text = (
        "De intervisiegroep Noord komt maandelijks samen. Ook werd er tweemaal een regionaal overleg "
        "georganiseerd met de directies van de scholen."
    )
    assert [f.body for f in find_meetings(text, D)] == ["intervisiegroep Noord"]


def test_multi_day_meeting_and_founding_day() -> None:
    text = (
        "De stuurgroep Kust werd opgestart op 2 maart 2017 en kwam nadien samen van 4 tot 6 april 2017 en op 9/10/2017."
    )
    f = one(text)
    assert f.dates == (date(2017, 4, 4), date(2017, 4, 5), date(2017, 4, 6), date(2017, 10, 9))


@pytest.mark.parametrize(
    ("sentence", "body", "planned"),
    [
        ("De stuurgroep Kust komt voortaan per trimester samen.", "stuurgroep Kust", True),
        ("De werkgroep Kust streeft ernaar om tweemaandelijks bijeen te komen.", "werkgroep Kust", True),
        ("Een volgende stuurgroep is vastgelegd op 3 maart 2018.", "stuurgroep", True),
        # what the body is for is no part of its name
        (
            "Het begeleidingscomité voor het nieuwe leerplan vergaderde op 4/5/2017.",
            "begeleidingscomité voor het nieuwe leerplan",
            False,
        ),
        ("Het projectconsortium kwam op 4/5/2017 in Gent samen.", "projectconsortium", False),
    ],
)
def test_planned_by_phrasing_and_body_names(sentence: str, body: str, planned: bool) -> None:
    f = one(sentence)
    assert (f.body, f.planned) == (body, planned)


@pytest.mark.parametrize(
    ("text", "body", "count", "frequency", "planned"),
    [
        ("De stuurgroep Kust plant een volgende vergadering in januari 2018.", "stuurgroep Kust", None, None, True),
        # an acronym introduced after an indefinite article takes its expansion
        (
            "Er werd een Overlegplatform Jeugd en Sport (OJS) opgericht. Het OJS kwam drie keer samen.",
            "Overlegplatform Jeugd en Sport",
            3,
            None,
            False,
        ),
        (
            "De algemene vergadering van vzw Kustwerk vond plaats op 3 mei 2017.",
            "Kustwerk",  # GUIDELINES G8-3: "de algemene vergadering van X" is X's meeting
            None,
            None,
            False,
        ),
    ],
)
def test_estimates_plans_acronyms_and_organs(
    text: str, body: str, count: int | None, frequency: str | None, planned: bool
) -> None:
    f = find_meetings(text, D)[-1]
    assert (f.body, f.count, f.frequency, f.planned) == (body, count, frequency, planned)


def test_next_meeting_with_a_past_day_is_not_planned() -> None:
    text = "De stuurgroep Kust kwam op 3 mei 2017 samen. Op de volgende vergadering, op 5 juni 2017, werd beslist."
    assert [(f.dates, f.planned) for f in find_meetings(text, D)] == [
        ((date(2017, 5, 3),), False),
        ((date(2017, 6, 5),), False),
    ]


def test_meeting_held_for_people_is_an_activity() -> None:
    text = "Vzw Kustwerk organiseerde maandelijks een praatbijeenkomst voor alleenstaande vaders."
    assert find_meetings(text, D) == []
    text = "Op 3/5/2017 en 7/6/2017 vonden intervisiesessies plaats voor de projectcoördinatoren."
    assert find_meetings(text, D) == []
    # a consultation "voor de gemeenten" is still the organiser's meeting
    text = "De provincie Antwerpen organiseerde een overleg voor de lokale besturen, dat op 3/5/2017 doorging."
    assert [f.dates for f in find_meetings(text, D)] == [(date(2017, 5, 3),)]


def test_meeting_noun_compounded_with_a_body_and_a_local_group() -> None:
    f = one("In 2017 werden 4 stuurgroepvergaderingen georganiseerd.")
    assert (f.body, f.count) == ("stuurgroep", 4)
    f = one("De praatgroep in Oostende komt sinds maart 2017 tweewekelijks samen.")
    assert (f.body, f.frequency) == ("praatgroep Oostende", "tweewekelijks")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # a name in plain quotes after the head
        ("De stuurgroep 'Buurt in Beweging' kwam op 3 mei 2017 samen.", "stuurgroep Buurt in Beweging"),
        ("Het bestuur van vzw Zeewind vergaderde op 3 mei 2017.", "bestuur Zeewind"),
        # a long adverbial between "ging" and "in overleg": the subject is the body
        (
            "Daarna ging het departement Onderwijs en Vorming op 8 mei 2017 opnieuw in overleg met de scholen.",
            "departement OV",
        ),
    ],
)
def test_quoted_names_boards_and_long_overleg(sentence: str, body: str) -> None:
    assert one(sentence).body == body


def test_impersonal_consultation_with_unnamed_people_is_not_a_meeting() -> None:
    assert find_meetings("Op 3 mei 2017 werd overlegd met de scholen.", D) == []


def test_semicolon_clause_announcing_the_next_meeting_is_one_statement() -> None:
    text = "De werkgroep Duin komt voortaan tweemaandelijks samen; de volgende vergadering is voorzien in maart 2018."
    f = one(text)
    assert (f.body, f.frequency, f.planned, f.raw) == ("werkgroep Duin", "tweemaandelijks", True, text)


@pytest.mark.parametrize(
    ("sentence", "body", "count", "dates"),
    [
        # the organisation's canonical name: a lower-case type word before a proper name is not part of it (gold6 D1)
        ("Het agentschap Zeewind pleegt maandelijks overleg met de VVSG.", "Zeewind", None, ()),
        ("Er werd op 3 mei 2017 overleg gepleegd met de VVSG.", "VVSG", None, (date(2017, 5, 3),)),
        ("De voorzitter riep de werkgroep Duin op 3 mei 2017 bijeen.", "werkgroep Duin", None, (date(2017, 5, 3),)),
        ("De stuurgroep Duin is in 2017 driemaal samengezeten.", "stuurgroep Duin", 3, ()),
        (
            "Er werd op 3 mei 2017 een vergadering van de stuurgroep Duin belegd.",
            "stuurgroep Duin",
            None,
            (date(2017, 5, 3),),
        ),
    ],
)
def test_more_meeting_verbs(sentence: str, body: str, count: int | None, dates: tuple) -> None:
    f = one(sentence)
    assert (f.body, f.count, f.dates) == (body, count, dates)


# ------------------------------------------------------------------ meet3: mechanisms checked by hand


@pytest.mark.parametrize(
    "sentence",
    [
        # negated in the predicate's own clause: no meeting held
        "Het Comité van Toezicht kwam in 2017 niet samen.",
        "De werkgroep heeft dit jaar nog niet vergaderd.",
        "Het stedelijk overleg radicalisering kwam niet meer samen sinds de zomer van 2017.",
        "Er werd geen nieuwe vergadering van de task force belegd.",
        # cancelled: the meeting did not take place
        "De geplande vergadering van de stuurgroep van 20 november 2017 werd geannuleerd.",
        "De geplande bijeenkomst van de klankbordgroep op 14 december 2017 kon niet doorgaan.",
    ],
)
def test_negated_or_cancelled_meeting_is_none(sentence: str) -> None:
    assert find_meetings(sentence, D) == []


def test_negation_outside_the_predicates_clause_or_not_alone_does_not_count() -> None:
    f = one("De stuurgroep, die niet alleen de scholen vertegenwoordigt, kwam op 5 mei 2017 samen.")
    assert (f.body, f.dates) == ("stuurgroep", (date(2017, 5, 5),))
    f = one("De werkgroep kwam op 5 mei 2017 samen, maar nam geen beslissing.")
    assert f.dates == (date(2017, 5, 5),)
    f = one("De werkgroep kwam op 5 mei 2017 samen om na te gaan waarom het project niet startte.")
    assert f.dates == (date(2017, 5, 5),)


@pytest.mark.parametrize(
    ("sentence", "body", "frequency"),
    [
        # Dutch inversion after a fronted adverbial: the acronym or organisation after the finite verb
        ("Zowel in Gent als in Antwerpen komt het LIVC maandelijks samen.", "LIVC", "maandelijks"),
        # "elkaar ontmoeten" is a meeting; the group it happens in is the body, named after who meets in it (G10-1)
        (
            "De coördinatoren van de Huizen van het Kind ontmoeten elkaar maandelijks in een intervisiegroep.",
            "intervisiegroep coördinatoren",
            "maandelijks",
        ),
    ],
)
def test_inverted_subject_and_meeting_each_other(sentence: str, body: str, frequency: str) -> None:
    f = one(sentence)
    assert (f.body, f.frequency) == (body, frequency)


def test_party_met_after_the_verb_is_not_the_subject() -> None:
    # the organisation after "met" is whom the people met; plural people are no body
    assert find_meetings("De experten overleggen maandelijks met de politie.", D) == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # a body with a name of its own is known by it: the organisation owning it is dropped (dev-2019-12: "Het
        # lerend netwerk Polarisering van de VVSG" -> "lerend netwerk Polarisering"); a topic alone keeps its owner
        ("De werkgroep Onderwijs van de NTF kwam op 3 april 2017 samen.", "werkgroep Onderwijs"),
        ("De werkgroep radicalisering van de VVSG kwam op 3 april 2017 samen.", "werkgroep radicalisering VVSG"),
        ("De werkgroep Preventie van het Plan R kwam op 3 april 2017 samen.", "werkgroep Preventie"),
        # what the body is for is no part of its name
        (
            "Een intervisiegroep voor lokale aanspreekpunten kwam op 3 april 2017 samen.",
            "intervisiegroep voor lokale aanspreekpunten",
        ),
        # adjectives as printed (GUIDELINES gold7), a comparative too (dev-2019 E02, dev-2022-12 M04 gold); a numeral
        # ends the adjectives
        ("Het structureel bovenlokaal overleg vond plaats op 11 juni 2019.", "structureel bovenlokaal overleg"),
        ("Twee kleinere redactiegroepen kwamen op 3 april 2017 samen.", "kleinere redactiegroepen"),
        ("De vijf provinciale overlegplatformen kwamen elk minstens twee keer samen.", "provinciale overlegplatformen"),
        # an en dash joins a name; a capitalised word starting with "waar" is no relative clause
        (
            "Het netoverschrijdend overleg Brussel–Onderwijs kwam op 18 juni 2019 samen.",
            "netoverschrijdend overleg Brussel–Onderwijs",
        ),
        (
            "De Europese werkgroep Gemeenschappelijke Waarden en Inclusief Onderwijs vergaderde op 16 oktober 2019.",
            "Europese werkgroep Gemeenschappelijke Waarden en Inclusief Onderwijs",
        ),
    ],
)
def test_body_names_by_principle(sentence: str, body: str) -> None:
    assert one(sentence).body == body


def test_lowercase_description_takes_the_fuller_name_before_it() -> None:
    text = (
        "Het lerend netwerk Polarisering kwam in 2019 vier keer samen. De derde bijeenkomst van het lerend netwerk, op "
        "12 september 2019 in Leuven, was gewijd aan jeugdwerk. Het lerend netwerk komt ook in 2020 om de twee "
        "maanden samen."
    )
    assert [f.body for f in find_meetings(text, date(2019, 12, 1))] == ["lerend netwerk Polarisering"] * 3


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Nadien vergaderde de beoordelingscommissie nog eenmaal, op 22 oktober 2019.", 1),
        ("De werkgroep kwam minstens eenmaal samen.", 1),  # a bound: the number printed, as "minstens één keer"
        ("De gebruikersgroep had in de rapportageperiode twee bijeenkomsten, in juni en in oktober.", 2),
    ],
)
def test_once_and_counts_after_a_period(sentence: str, count: int | None) -> None:
    assert one(sentence).count == count


def test_between_two_months_is_a_period_not_two_parties() -> None:
    f = one("De LIVC kwam tussen juni en november 2019 zeven keer samen.")
    assert (f.body, f.count) == ("LIVC", 7)


def test_elliptic_next_meeting_after_a_meeting() -> None:
    text = (
        "De eerste vergadering van de begeleidingscommissie vond plaats op 7 februari 2017; "
        "een tweede volgde op 3 juli 2017."
    )
    first, second = find_meetings(text, D)
    assert (first.body, first.dates) == ("begeleidingscommissie", (date(2017, 2, 7),))
    assert (second.body, second.dates, second.raw) == (
        "begeleidingscommissie",
        (date(2017, 7, 3),),
        "een tweede volgde op 3 juli 2017.",
    )
    # not after an event: "een tweede" continues only a meeting
    assert (
        find_meetings("Een eerste studiedag vond plaats op 7 februari 2017; een tweede volgde op 3 juli 2017.", D) == []
    )


def test_future_clause_shares_the_subject_of_the_clause_before() -> None:
    text = (
        "De werkgroep Duin werd opgericht in 2016. Om de uitvoering op te volgen werd een begeleidingscomité "
        "samengesteld, dat voor het eerst bijeenkwam op 24 april 2017 en tegen eind 2018 nog minstens twee keer "
        "zal samenkomen."
    )
    first, future = find_meetings(text, D)
    assert (first.body, first.dates) == ("begeleidingscomité", (date(2017, 4, 24),))
    assert (future.body, future.count, future.planned) == ("begeleidingscomité", 2, True)


def test_intervisiemomenten_are_meetings_of_the_group() -> None:
    f = one("In het kader van het netwerk werden in 2017 vijf intervisiemomenten georganiseerd.")
    assert (f.body, f.count) == ("netwerk", 5)


@pytest.mark.parametrize(
    ("sentence", "body", "count", "frequency"),
    [
        # the named party met with, after "<meeting noun> plaats met"
        (
            "Er vonden in 2017 drie overlegmomenten plaats met de Franse Gemeenschap (op 10/02, 12/05 en 20/09/2017).",
            "Franse Gemeenschap",
            3,
            None,
        ),
        # a common noun phrase as the subject of the meeting verb is the body, whatever its head
        ("De overlegtafel Preventie kwam tweemaal samen.", "overlegtafel Preventie", 2, None),
        ("Het directiecomité vergadert wekelijks.", "directiecomité", None, "wekelijks"),
        # "dagelijks bestuur" is an organ, not a frequency
        ("Het dagelijks bestuur kwam in 2017 vijf keer samen.", "dagelijks bestuur", 5, None),
        # a topic word before the particle of a split verb is part of the name; a count or adverb is not
        (
            "In september 2017 kwam voor het eerst de klankbordgroep jongeren samen.",
            "klankbordgroep jongeren",
            None,
            None,
        ),
        ("Tijdens het voorbije werkjaar kwam het overlegforum negen keer samen.", "overlegforum", 9, None),
    ],
)
def test_partners_subjects_and_topics(sentence: str, body: str, count: int | None, frequency: str | None) -> None:
    f = one(sentence)
    assert (f.body, f.count, f.frequency) == (body, count, frequency)


@pytest.mark.parametrize(
    "sentence",
    [
        "De partners kwamen op 3 mei 2017 samen.",  # plural people are no body
        "Het project kwam tot stand samen met de partners.",
        "Het thema kwam in 2017 drie keer aan bod.",
    ],
)
def test_subjects_that_are_no_body(sentence: str) -> None:
    assert find_meetings(sentence, D) == []


def test_future_main_clause_after_a_relative_clause_is_its_own_record() -> None:
    text = (
        "Ook de werkgroep Pastorale Zorg, die vorig jaar tweemaal samenkwam, zal in 2020 opnieuw worden samengeroepen."
    )
    past, future = find_meetings(text, date(2019, 12, 1))
    assert (past.body, past.count, past.planned) == ("werkgroep Pastorale Zorg", 2, False)
    assert (future.body, future.count, future.planned) == ("werkgroep Pastorale Zorg", None, True)


def test_series_and_the_day_of_its_next_meeting_are_one_statement() -> None:
    text = "De werkgroep Duin komt om de vier maanden samen; een volgende bijeenkomst is gepland op 11 februari 2020."
    f = one_at(text, date(2019, 12, 1))
    assert (f.body, f.frequency, f.dates, f.planned) == (
        "werkgroep Duin",
        "om de vier maanden",
        (date(2020, 2, 11),),
        True,
    )


def one_at(text: str, report_date: date) -> MeetingFact:
    facts = find_meetings(text, report_date)
    assert len(facts) == 1, facts
    return facts[0]


def test_bringing_people_together_into_a_meeting() -> None:
    text = (
        "Het AgII bracht de coördinatoren van de buurtnetwerken op 19 juni 2019 samen in een uitwisselingsoverleg. "
        "Het uitwisselingsoverleg zal voortaan halfjaarlijks plaatsvinden."
    )
    met, series = find_meetings(text, date(2019, 12, 1))
    assert (met.body, met.dates) == ("AgII", (date(2019, 6, 19),))
    # the compound meeting noun repeated is the same body's meeting (and no event: its head is "overleg")
    assert (series.body, series.frequency, series.planned) == ("AgII", "halfjaarlijks", True)
    # bringing people together without a meeting is an event held
    assert find_meetings("De VVSG bracht in september 2019 een twintigtal werkgevers samen in Gent.", D) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # moved: the meeting did not take place on its day
        "Een vergadering met het EMB, gepland op 20 november 2019, werd verplaatst naar januari 2020.",
        # meeting at an event: the event, not a body's meeting
        "De islamconsulenten kwamen daarnaast samen op een uitwisselingsdag op 19 september 2019.",
        # who sits in a body is its composition, not a meeting
        "In de vijf gemeenten werd een buurtnetwerk opgezet waarin wijkagenten, opbouwwerkers en scholen samenzitten.",
        # a compound session noun of a training stays a training
        "Arktos organiseerde in 2019 vier train-de-trainersessies: 8/10/2019, 21/10/2019, 18/11/2019 en 13/11/2019.",
    ],
)
def test_moved_events_and_composition_are_no_meetings(sentence: str) -> None:
    assert find_meetings(sentence, date(2019, 12, 1)) == []


def test_main_clause_after_a_composition_clause_is_a_meeting() -> None:
    text = "De werkgroep Duin, waarin de VGC en de provincie zetelen, kwam sinds juli 2018 vijf keer samen."
    assert (one(text).body, one(text).count) == ("werkgroep Duin", 5)


def test_owner_municipality_and_elliptic_body_of_another_place() -> None:
    # the owner with its printed kind, as GUIDELINES gold7 writes "LIVC stad Mechelen" (dev-2019-12 F07's gold
    # "LIVC Vilvoorde" predates that convention and contradicts it; dev-2020-12 H12, dev-2021-12 J26 follow it)
    f = one("De LIVC van de stad Vilvoorde kwam tussen juni en november 2019 zeven keer samen.")
    assert (f.body, f.count) == ("LIVC stad Vilvoorde", 7)
    text = (
        "Het buurtnetwerk in Sint-Niklaas vergaderde driemaandelijks; dat van Lokeren kwam in 2019 slechts één keer "
        "samen, op 5 september 2019."
    )
    first, other = find_meetings(text, date(2019, 12, 1))
    assert (first.body, first.frequency) == ("buurtnetwerk Sint-Niklaas", "driemaandelijks")
    assert (other.body, other.count, other.dates) == ("buurtnetwerk Lokeren", 1, (date(2019, 9, 5),))


def test_demonstrative_meeting_noun_takes_the_owner_of_the_meeting_named_before() -> None:
    text = (
        "In Vlaanderen werd de opvolging besproken in een intern overleg van de afdeling Internationale Samenwerking. "
        "Dit interne overleg kwam op 4 juli, 12 september en 28 november 2019 samen."
    )
    f = one_at(text, date(2019, 12, 1))
    assert f.body == "afdeling Internationale Samenwerking"
    assert f.dates == (date(2019, 7, 4), date(2019, 9, 12), date(2019, 11, 28))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # an organ of a party the organisation extractor does not know is named with that party
        (
            "De algemene vergadering van de onderwijsinspectie kwam op 18 december 2018 samen.",
            "onderwijsinspectie",
        ),  # GUIDELINES G8-3: a general assembly is its organisation's meeting
        (
            "De algemene vergadering van de onderwijsinspectie kwam op 18 december 2018 samen en keurde het plan goed.",
            "algemene vergadering onderwijsinspectie",
        ),  # unless the text makes it an organ that decides (G8-3)
        ("De raad van bestuur van Uitweg vergaderde op 3 mei 2017.", "raad van bestuur Uitweg"),
    ],
)
def test_organ_of_an_unknown_party(sentence: str, body: str) -> None:
    assert one(sentence).body == body


# --- fifth session (meet4): mechanisms from the blind re-annotation of the dev actions (real report text, D) and
# from the SYNTHETIC dev-2020-06 round written in the real report's register (report date 2020-06-01) ---

R20 = date(2020, 6, 1)


def _records(text: str, report_date: date = D) -> list[tuple[str, int | None, str | None, tuple[str, ...], bool]]:
    return [
        (m.body, m.count, m.frequency, tuple(str(d) for d in m.dates), m.planned)
        for m in find_meetings(text, report_date)
    ]


def test_real_a_topic_bodys_owner_named_by_a_proper_name_is_kept() -> None:
    # dev 2.1: the owner is a plan, not an organisation; gold7 (a head with a lower-case topic keeps its owner, without
    # "van" and article) and the re-annotated dev gold keep it, as after a topic without "rond" (test_meetings_meet11)
    text = (
        "De werkgroep rond radicalisering en polarisering van het Globaal Veiligheids- en Preventieplan van het "
        "Brussels Hoofdstedelijk Gewest werd opgestart kwam samen op 18/4/2017 en 22/11/2017."
    )
    owner = "Globaal Veiligheids- en Preventieplan Brussels Hoofdstedelijk Gewest"
    # (named as models/meeting_bodies.jsonl names that working group in every round, the same body_key as printed)
    assert _records(text) == [
        (f"werkgroep radicalisering en polarisering {owner}", None, None, ("2017-04-18", "2017-11-22"), False)
    ]
    assert body_key(f"werkgroep rond radicalisering en polarisering {owner}") == body_key(_records(text)[0][0])
    # a generic "van"-tail after a topic is still no part of the name
    text = "De werkgroep rond radicalisering van de evaluatie kwam samen op 18/4/2017."
    assert [m.body for m in find_meetings(text, D)] == ["werkgroep rond radicalisering"]


def test_plural_overleg_compounds_are_meetings_and_bare_plural_hosts_are_sets() -> None:
    # "-overleg" compounds take their plural in "-gen": a definite set that met is one record (G9-6), its count a
    # count of meetings; a guest at plural bodies without a determiner is at a set of bodies, none named
    assert _records("De lokale trajectoverleggen vonden maandelijks plaats.") == [
        ("lokale trajectoverleggen", None, "maandelijks", (), False)
    ]
    text = (
        "De consultants radicalisering van het departement WVG namen in de rapportageperiode deel aan 58 "
        "casusoverleggen in LIVC's en lokale taskforces."
    )
    assert find_meetings(text, D) == []


def test_real_a_function_and_an_indefinite_collective_name_no_body() -> None:
    # dev 4.7 adjudication #10: "het aanspreekpunt" is a function, "een aantal lokale actoren" nobody in particular
    text = (
        "Tussen het aanspreekpunt radicalisering en een aantal lokale actoren en vaste lokale partners over de "
        "sectoren heen, wordt op regelmatige basis overlegd en afgestemd:"
    )
    assert find_meetings(text, D) == []
    # a definite group stays the body ("de referentiepersonen radicalisering", dev 4.7)
    text = "Er is maandelijks overleg tussen het aanspreekpunt en de referentiepersonen radicalisering."
    assert [m.body for m in find_meetings(text, D)] == ["referentiepersonen radicalisering"]


def test_real_a_dated_coordination_with_named_parties_is_one_meeting_per_party() -> None:
    # dev 4.7 adjudication #6-#7
    text = (
        "- Er werd afgestemd met het centraal Meldpunt Antwerpen (16/5/2017) en de preventiedienst van de stad "
        "Gent (18/11/2016 en 17/6/2017)."
    )
    assert _records(text) == [
        ("centraal Meldpunt Antwerpen", None, None, ("2017-05-16",), False),
        ("preventiedienst van de stad Gent", None, None, ("2016-11-18", "2017-06-17"), False),
    ]
    # without a day or a frequency too, "afgestemd met" a named organisation is its meeting (GUIDELINES gold8 G8-4)
    assert [m.body for m in find_meetings("Er werd afgestemd met het centraal Meldpunt Antwerpen.", D)] == [
        "centraal Meldpunt Antwerpen"
    ]


def test_real_semicolon_partners_of_a_consultation_are_bodies_met_with() -> None:
    # dev 4.7 adjudication #8-#9: each named partner after ";" is met at the same frequency
    text = (
        "- Er is regelmatige afstemming tussen het netwerk islamexperten en het aanspreekpunt; met de agentschappen "
        "integratie en inburgering; met de inspecteurs Islam; tussen het aanspreekpunt, het netwerk"
    )
    assert [(m.body, m.frequency) for m in find_meetings(text, D)] == [
        ("netwerk islamexperten", "regelmatige"),
        ("AgII", "regelmatige"),  # the plural head finds the gazetteer's name
        ("inspecteurs Islam", "regelmatige"),
    ]


def test_real_an_acronym_is_never_a_bare_head_named_by_a_longer_name() -> None:
    # dev 4.3: "Een volgende sessie" is the next of the VVSG's series, not "VVSG werkgroep werk en sociale economie"
    text = (
        "- Toelichting werking VVSG op VVSG werkgroep werk en sociale economie (12/5/2017)\n"
        "De VVSG ondersteunt casemanagers door het organiseren van inter- en supervisies waar expertise wordt "
        "gedeeld. Een startbijeenkomst werd georganiseerd op 3 februari 2016, waarna driemaandelijks werd "
        "samengekomen (31/3/2016, 20/6/2016). Een volgende sessie zal doorgaan op 15 december 2017."
    )
    # (the talk at the VVSG working group is that group's meeting: GUIDELINES gold5, host body)
    assert [m.body for m in find_meetings(text, D)] == ["werkgroep werk en sociale economie VVSG", "VVSG", "VVSG"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one record per sentence unless its clauses differ in `planned` (dev-2020-06 NOTES, G01, G14)
        (
            "Het Platform kwam samen op 10/12/2019, 21/1/2020 en 3/3/2020; vanaf half maart 2020 werd omwille van de "
            "coronamaatregelen overgeschakeld naar digitale vergaderingen, waarvan de eerste doorging op 28/4/2020.",
            # (a capitalised "het Platform" is the Vlaams Platform Radicalisering, as G01's gold names it)
            [
                (
                    "Vlaams Platform Radicalisering",
                    None,
                    None,
                    ("2019-12-10", "2020-01-21", "2020-03-03", "2020-04-28"),
                    False,
                )
            ],
        ),
        (
            "De werkgroep komt elke drie maanden samen en kwam in de rapportageperiode samen op 12/12/2019 en "
            "5/3/2020; de vergadering van juni wordt digitaal georganiseerd.",
            [
                ("werkgroep", None, "elke drie maanden", ("2019-12-12", "2020-03-05"), False),
                ("werkgroep", None, None, (), True),  # a meeting named by its month; June lies ahead on 1 June
            ],
        ),
        # an HTML block tag ends a statement and a paragraph (G14; the KSD, who guides the projects through it, owns
        # it: G14 adjudication #9, the acronym as this text gives it)
        (
            "De kick-off voor de projectpromotoren vond plaats op 3/3/2020 in Brussel.</p> <p>Het KSD begeleidt de "
            "projecten via een lerend netwerk dat zesmaandelijks samenkomt; de eerste bijeenkomst van het lerend "
            "netwerk vond digitaal plaats op 7 mei 2020.",
            [("lerend netwerk KSD", None, "zesmaandelijks", ("2020-05-07",), False)],
        ),
        # "videoconferentie" is how a meeting was held, not an event (G03)
        (
            "De werkgroep preventie van de NTF vergaderde op 15/1/2020 over de omzendbrief; een tweede vergadering "
            "van de werkgroep op 12 mei 2020 verliep via videoconferentie.",
            [("werkgroep preventie NTF", None, None, ("2020-01-15", "2020-05-12"), False)],
        ),
        # a demonstrative meeting noun takes the meeting of the clause before (G06) or the parties of the
        # "tussen A en B" meeting just before (G17)
        (
            "Ter voorbereiding van de vergaderingen zat het departement OV telkens samen met de Franse Gemeenschap "
            "en de Duitstalige Gemeenschap; dit afstemmingsoverleg vond plaats op 25/11/2019 en 10/2/2020.",
            [("departement OV", None, None, ("2019-11-25", "2020-02-10"), False)],
        ),
        (
            "Tussen de afdeling Gemeenschapsinstellingen en de Gemeenschapsinstelling De Kempen werd daarnaast een "
            "intern overleg opgestart over de opvolging van minderjarigen; dit overleg komt sinds januari 2020 om "
            "de zes weken samen.",
            # (both parties of the symmetric overleg met: G9-2, the gold9 records of G17)
            [
                ("afdeling Gemeenschapsinstellingen", None, "om de zes weken", (), False),
                ("Gemeenschapsinstelling De Kempen", None, "om de zes weken", (), False),
            ],
        ),
        # a verb left out before a second body with its own day (G11); the rest of a set is no body
        (
            "Het lerend netwerk West-Vlaanderen kwam samen op 14/1/2020 in Roeselare, het lerend netwerk Limburg op "
            "6/2/2020 in Genk; de overige netwerken vergaderden vanaf maart 2020 digitaal.",
            [
                ("lerend netwerk West-Vlaanderen", None, None, ("2020-01-14",), False),
                ("lerend netwerk Limburg", None, None, ("2020-02-06",), False),
            ],
        ),
        # a plural set whose members are listed after ":" is no record of its own (G08)
        (
            "Daarnaast kwamen de <strong>provinciale overlegplatformen</strong> samen: het overlegplatform "
            "Oost-Vlaanderen op 23/1/2020 in Gent, met deelname van de justitiehuizen en het CAW Oost-Vlaanderen.",
            [("overlegplatform Oost-Vlaanderen", None, None, ("2020-01-23",), False)],
        ),
        # the topic after an owning organisation is the name's, the owner after it (G05 as adjudicated, #1: gold7);
        # a "van" inside it is no tail (G03)
        (
            "Binnen de expertengroep van de Europese Commissie over de bijdrage van jeugdwerk aan inclusieve "
            "samenlevingen werd een eindrapport goedgekeurd. De expertengroep kwam hiervoor een laatste keer samen "
            "op 16/1/2020 in Brussel.",
            [
                (
                    "expertengroep over de bijdrage van jeugdwerk aan inclusieve samenlevingen Europese Commissie",
                    None,
                    None,
                    ("2020-01-16",),
                    False,
                )
            ],
        ),
        (
            "Ook het expertisenetwerk terrorisme en radicalisme van het College van Procureurs-generaal vergaderde "
            "in januari 2020.",
            [("expertisenetwerk terrorisme en radicalisme College van Procureurs-generaal", None, None, (), False)],
        ),
        # a bare "Het overleg" repeating the noun of the meeting just reported takes its body (G16)
        (
            "Het EDRI organiseert maandelijks een multidisciplinair casusoverleg met de afdeling Justitiehuizen. Het "
            "overleg kwam samen op 18/12/2019, 22/1/2020 en 19/2/2020.",
            [
                ("EDRI", None, "maandelijks", (), False),
                ("EDRI", None, None, ("2019-12-18", "2020-01-22", "2020-02-19"), False),
            ],
        ),
        # an acronym before ", die" is the antecedent, named by its expansion (G25)
        (
            "Op de studiedag stelden het ILVD en de Vlaamse Interlevensbeschouwelijke Raad (VIR) goede praktijken "
            "voor. De VIR, die sinds februari 2020 maandelijks vergadert, bundelt de praktijken in een databank.",
            [("Vlaamse Interlevensbeschouwelijke Raad", None, "maandelijks", (), False)],
        ),
        # a name with a capital inside is a proper owner (G29)
        (
            "De redactieraad van rePresent, waarin 12 jonge redacteurs zetelen, kwam maandelijks samen.",
            [("redactieraad rePresent", None, "maandelijks", (), False)],
        ),
        # the acronym subject of joined verbs organises the meeting (G30)
        (
            "Sinds januari 2020 is ook het Arbeidsmarktplatform Talent in Beweging (ATB) betrokken; het ATB verenigt "
            "35 kmo's uit de regio en organiseert driemaandelijks een werkgeversoverleg.",
            [("Arbeidsmarktplatform Talent in Beweging", None, "driemaandelijks", (), False)],
        ),
        # a definite overleg named by its topic noun is a body a bare "Het overleg" refers back to (G24); "binnen"
        # the department it is the department's meeting (G9-7, the gold9 record of G24)
        (
            "Binnen het departement CJM werd het overleg mediawijsheid, met vertegenwoordigers van Mediawijs, "
            "verdergezet. Het overleg komt zesmaandelijks samen en vergaderde op 15 januari 2020.",
            [("departement CJM", None, "zesmaandelijks", ("2020-01-15",), False)],
        ),
        # a consultation table is a body (G16, G07); a "rondetafel" is not
        (
            "De regionale overlegtafels tussen de justitiehuizen en de lokale besturen kwamen in de "
            "rapportageperiode elk een tweetal keer samen.",
            [("regionale overlegtafels", None, None, (), False)],
        ),
        ("Een rondetafel kwam op 3/3/2020 samen in Gent.", []),
    ],
)
def test_synthetic_dev_2020_06_statements(text: str, expected: list) -> None:
    assert _records(text, R20) == expected


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # GUIDELINES gold5 ("overleg met ORGANISATIE"), its own examples: a named organisation is the body met with,
        # even without a when; people, a generic collective and the adverbial "in overleg met" are not
        ("Hiervoor is er overleg met Solentra.", ["Solentra"]),
        ("Er was overleg met de scholen.", []),
        ("Er is overleg met onderzoekers van het CMW.", []),
        ("In overleg met het agentschap werd beslist om de aanpak bij te sturen.", []),
        # set-up is no meeting (the real report, dev 6.3)
        (
            "Er werd een structureel bovenlokaal overleg met DG EPI opgestart om de gezamenlijke aanpak rond de "
            "disengagementstrajecten in de gevangenis uit te werken.",
            [],
        ),
    ],
)
def test_overleg_with_a_named_organisation(sentence: str, bodies: list[str]) -> None:
    assert [f.body for f in find_meetings(sentence, D)] == bodies


# ------------------------------------------------------------------ meet6: bodies taken whole, places, sets, organisers
# (sentences of the tuning sets dev, dev-2019, dev-2019-12 and the SYNTHETIC dev-2020-06; expected: their gold)

D20 = date(2020, 6, 1)


def test_a_name_runs_on_over_a_preposition_between_capitalised_words() -> None:
    facts = find_meetings(
        "Het partneroverleg van Focus op Talent, dat door het departement WSE wordt gecoördineerd, kwam samen op "
        "12/12/2019 en 12/3/2020.",
        D20,
    )
    assert [(f.body, f.dates) for f in facts] == [
        ("partneroverleg Focus op Talent", (date(2019, 12, 12), date(2020, 3, 12)))
    ]
    # a place after "in" stays a place: the venue, not the name
    (f,) = find_meetings("De werkgroep van Kind en Gezin in Gent kwam samen op 3/2/2020.", D20)
    assert "Gent" not in f.body


def test_an_articleless_van_tail_of_sectors_is_kept_and_people_are_not() -> None:
    (f,) = find_meetings(
        "Een gezamenlijke werkgroep van politie en onderwijs zal in het voorjaar van 2020 voor het eerst vergaderen.",
        D20,
    )
    assert (f.body, f.planned) == ("gezamenlijke werkgroep politie en onderwijs", True)
    # a bare head is named by its complement (GUIDELINES gold7), members too; up to the next linking word
    assert canonical_body("lotgenotengroepen van ouders en familieleden") == "lotgenotengroepen ouders en familieleden"
    assert canonical_body("begeleidingscommissie van de evaluatie van het plan") == "begeleidingscommissie evaluatie"


def test_a_plural_back_reference_takes_the_body_introduced_in_the_singular() -> None:
    text = (
        "In elk van deze gemeenten werd een lokale stuurgroep samengesteld met vertegenwoordigers van de gemeentelijke "
        "diensten, het OCMW, de lokale politie en het middenveld; de stuurgroepen kwamen gemiddeld om de twee maanden "
        "samen."
    )
    (f,) = find_meetings(text, D20)
    assert (f.body, f.frequency) == ("lokale stuurgroep", "om de twee maanden")


def test_a_body_without_a_name_of_its_own_in_a_fronted_place_is_that_places_body() -> None:
    (f,) = find_meetings(
        "In stad Kortrijk vergaderde de casustafel van de LIVC-R in de rapportageperiode zes keer, met deelname van "
        "de politiezone.",
        D20,
    )
    assert (f.body, f.count) == ("casustafel LIVC-R stad Kortrijk", 6)  # (G9-3: the town's canonical)
    text = (
        "Per gevangenis met een specifieke afdeling is er bovendien een lokaal overleg; in de gevangenis van Hasselt "
        "kwam dat lokaal overleg maandelijks samen."
    )
    assert [(f.body, f.frequency) for f in find_meetings(text, D20)] == [
        ("lokaal overleg gevangenis Hasselt", "maandelijks")
    ]
    # one of a plural set, in the singular, and a record of its own (not merged into the set's)
    text = (
        "De lotgenotengroepen, begeleid door de vzw Ouders voor Verbinding, kwamen in de rapportageperiode maandelijks "
        "samen in Antwerpen en Vilvoorde; in Brussel kwam de groep samen op 14/12/2019, 18/1/2020 en 15/2/2020."
    )
    # (the set meeting in two named places is one body per place, G9-5/G9-6 as the dev-2020-06 gold G26 has it)
    antwerp, vilvoorde, brussels = find_meetings(text, D20)
    assert [(f.body, f.dates) for f in (antwerp, vilvoorde)] == [
        ("lotgenotengroep Antwerpen", ()),
        ("lotgenotengroep Vilvoorde", ()),
    ]
    assert (brussels.body, len(brussels.dates)) == ("lotgenotengroep Brussel", 3)
    # a body with a name of its own stays as named, and a kind of body that does not exist per place meets there
    (f,) = find_meetings("In de gemeente Boom kwam de stuurgroep Samenleven op 17/12/2019 en 18/2/2020 samen.", D20)
    assert f.body == "stuurgroep Samenleven"
    (f,) = find_meetings("In Brussel kwam de werkgroep samen op 5 mei 2017.", D)
    assert f.body == "werkgroep"


def test_a_place_member_of_a_set_of_bodies_just_introduced() -> None:
    text = (
        "Om de noden van gemeenten beter te detecteren organiseert de VVSG ook provinciale overlegplatformen. "
        "Ondertussen heeft de VVSG reeds deelgenomen aan overlegstructuren in drie provincies:\n"
        "- In Oost-Vlaanderen waren er reeds drie vergadermomenten. Gedurende het eerste overleg met 7 gemeenten "
        "(10/03/2017) werd de nood aangegeven aan een multidisciplinaire bijeenkomst. Op 8/05/2017 en 13/09/2017 "
        "werden 9 lokale besturen uitgenodigd, samen met referentiepersonen van de justitiehuizen en het Agentschap "
        "Integratie en Inburgering."
    )
    # (the follow-up sentences name new days of that platform's meetings: GUIDELINES, gold5)
    assert [(f.body, f.count, f.dates) for f in find_meetings(text, D)] == [
        ("provinciaal overlegplatform Oost-Vlaanderen", 3, ()),
        ("provinciaal overlegplatform Oost-Vlaanderen", None, (date(2017, 3, 10),)),
        ("provinciaal overlegplatform Oost-Vlaanderen", None, (date(2017, 5, 8), date(2017, 9, 13))),
    ]


def test_a_host_without_a_name_of_its_own_in_a_place_and_an_event_after_it() -> None:
    text = (
        "Departement OV gaf twee keer een toelichting aan agenten van de lokale politie over het actieplan: op de LTF "
        "in Gent op 10 oktober 2017 en een studiedag voor politie op 20 oktober 2017 in Asse."
    )
    # the studiedag is an event with its own day; "twee keer" counts the talks at both
    assert [(f.body, f.count, f.dates) for f in find_meetings(text, D)] == [("LTF Gent", None, (date(2017, 10, 10),))]
    (f,) = find_meetings("- Toelichting werking VVSG op strategische tafel Lokale politie Gent (10/10/2017)", D)
    assert (f.body, f.dates) == ("strategische tafel Lokale politie Gent", (date(2017, 10, 10),))


def test_a_guest_at_an_organs_meeting_is_that_organs_meeting() -> None:
    text = (
        "Op de algemene vergadering van de onderwijsinspectie van 18 december 2018 gaf het aanspreekpunt "
        "radicalisering bovendien een toelichting over de werking van het netwerk."
    )
    (f,) = find_meetings(text, date(2019, 6, 1))
    # (GUIDELINES G8-3: the general assembly is the organisation's meeting; dev-2019 E07)
    assert (f.body, f.dates) == ("onderwijsinspectie", (date(2018, 12, 18),))


def test_a_council_deciding_on_a_day_states_no_meeting() -> None:
    # (no meeting predicate or noun: dev-2019 adjudication #12 dropped the record an earlier reading gave)
    text = (
        "De gemeenteraad van Menen besliste op 24 september 2018 om het project na afloop van de subsidie met eigen "
        "middelen (€ 45.000 per jaar) voort te zetten."
    )
    assert find_meetings(text, date(2019, 6, 1)) == []
    # a decision at a meeting already reported is no new record
    text = (
        "Het begeleidingscomité van het project kwam dit semester drie keer bijeen (6 juni, 5 september en 7 november "
        "2019). Het comité besliste op zijn vergadering van 5 september om de aanmeldingsprocedure te vereenvoudigen."
    )
    assert [f.body for f in find_meetings(text, date(2019, 12, 1))] == ["begeleidingscomité project"]


def test_meeting_only_when_needed_is_no_record() -> None:
    text = "In zes gemeenten komt de LIVC maandelijks samen; in vier gemeenten komt de LIVC ad hoc samen."
    assert [(f.body, f.frequency) for f in find_meetings(text, date(2019, 12, 1))] == [("LIVC", "maandelijks")]


def test_a_demonstrative_meeting_refers_back_past_a_co_host() -> None:
    text = (
        "Daarnaast zette de afdeling Jeugd het overleg met de jeugdwerkkoepels rond de opvolging van de projecten "
        "voort; dit overleg vond plaats op 16/12/2019, samen met het sectoroverleg jeugd en polarisering."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, D20)] == [("afdeling Jeugd", (date(2019, 12, 16),))]


def test_an_intervision_for_generic_participants_is_its_organisers_meeting() -> None:
    text = (
        "De helpdeskfunctie van de VVSG werd verdergezet.\n"
        "De intervisie voor casemanagers kwam driemaandelijks samen (9/12/2019, 10/3/2020), telkens met 14 deelnemers "
        "uit 10 gemeenten. Op 30 januari 2020 organiseerde de VVSG een studiedag."
    )
    assert [(f.body, len(f.dates)) for f in find_meetings(text, D20)] == [("VVSG", 2)]
    # no record for intervision offered for others, begeleid door an organisation (GUIDELINES, gold5)
    text = "Daarnaast vonden in de provincie Antwerpen drie intervisiemomenten plaats voor LIVC-coördinatoren."
    assert find_meetings(text, date(2019, 12, 1)) == []


def test_english_names_of_international_bodies_are_taken_whole() -> None:
    (f,) = find_meetings(
        "De RAN Working Group Youth, Families and Communities kwam samen in Berlijn op 5 en 6 oktober 2017.", D
    )
    assert (f.body, f.dates) == (
        "RAN Working Group Youth, Families and Communities",
        (date(2017, 10, 5), date(2017, 10, 6)),
    )
    text = "De Commissie organiseerde op 5 mei een vergadering van de High Level Expert Group on Radicalisation."
    assert [f.body for f in find_meetings(text, D)] == ["High Level Expert Group on Radicalisation"]
    assert [f.body for f in find_meetings("Het bureau van de VLOR vergaderde op 3 maart 2017.", D)] == ["bureau VLOR"]
    # a bare English head is no body, nor an office that is a firm
    assert find_meetings("De group kwam samen op 3 mei 2017.", D) == []
    assert find_meetings("Het reisbureau kwam samen op 3 mei 2017.", D) == []


def test_a_strong_participle_is_no_part_of_a_name() -> None:
    (f,) = find_meetings("Er werden in 2017 drie vergaderingen van het begeleidingscomité gehouden.", D)
    assert (f.body, f.count) == ("begeleidingscomité", 3)


def test_a_text_discussed_at_a_named_bodys_meeting_on_a_day_is_that_bodys_meeting() -> None:
    (f,) = find_meetings("Op 12 juni 2017 werd de nota besproken op de stuurgroep Imamopleiding.", D)
    assert (f.body, f.dates) == ("stuurgroep Imamopleiding", (date(2017, 6, 12),))
    assert find_meetings("Het plan werd besproken met de scholen op 5 mei.", D) == []  # people, no body


def test_a_start_on_a_day_is_a_meeting_when_the_body_met_again_after_it() -> None:
    text = (
        "In de provincie Antwerpen ging het provinciaal overlegplatform radicalisering van start op 12 oktober 2018, "
        "in aanwezigheid van de gouverneur. Het platform kwam daarna nog tweemaal samen, op 1 februari en 10 mei 2019."
    )
    # (both are the fronted province's body, as for a body that met: dev-2019 E06 gold, GUIDELINES owner)
    name = "provinciaal overlegplatform radicalisering provincie Antwerpen"
    assert [(f.body, f.count, f.dates) for f in find_meetings(text, date(2019, 6, 1))] == [
        # (named with the province the first sentence places it in: GUIDELINES G9-5, dev-2019 E06)
        (name, None, (date(2018, 10, 12),)),
        (name, 2, (date(2019, 2, 1), date(2019, 5, 10))),
    ]
    # set-up alone is no meeting (GUIDELINES, gold5)
    text = "De werkgroep Preventie ging van start op 12 oktober 2018. De werkgroep kwam maandelijks samen."
    assert [(f.body, f.dates) for f in find_meetings(text, date(2019, 6, 1))] == [("werkgroep Preventie", ())]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # (SYNTHETIC dev-2020-12 sentences; expected: its gold)
        ("De stuurgroep Focus op Talent vergaderde op 2/7/2020 en 12/11/2020.", "stuurgroep Focus op Talent"),
        (
            "Daarnaast vergaderde de werkgroep Gezinnen in Diversiteit van Kind en Gezin op 15/09/2020.",
            "werkgroep Gezinnen in Diversiteit",
        ),
        (
            "Vanuit het departement CJM werd deelgenomen aan de RAN-werkgroep Youth & Education op 8/10/2020.",
            "RAN-werkgroep Youth & Education",
        ),
        (
            "De werknemersorganisaties komen in een gezamenlijke werkgroep diversiteit maandelijks samen.",
            "gezamenlijke werkgroep diversiteit werknemersorganisaties",  # (G10-1: named after who meets in it)
        ),
        ("Het centraal aanspreekpunt woont de maandelijkse vergaderingen van de NTF bij.", "NTF"),
        # a city after "in" is where, a verb after a topic is no part of it (dev-2019-12)
        (
            "Iemand nam deel aan de vergadering van de RAN-werkgroep Education in Lissabon (3 en 4 oktober 2019).",
            "RAN-werkgroep Education",
        ),
        ("Het bovenlokaal overleg blijft in 2020 driemaandelijks samenkomen.", "bovenlokaal overleg"),
    ],
)
def test_names_taken_whole_up_to_a_time_adverbial_a_place_or_a_particle(sentence: str, body: str) -> None:
    assert [f.body for f in find_meetings(sentence, D20)] == [body]


def test_meetings_not_held_or_moved_then_held() -> None:
    for sentence in (
        "Een fysieke werkgroepmeeting in Lissabon, gepland voor 10-11 juni 2020, ging niet door.",
        "Een overleg met de Vereniging van Moskeebesturen, voorzien in november 2020, is nog niet doorgegaan.",
        "Het regionaal overleg tussen de VDAB en Actiris, dat normaal elk kwartaal doorgaat, werd niet georganiseerd.",
    ):
        assert find_meetings(sentence, D20) == [], sentence
    text = (
        "Het netoverschrijdend overleg met de zes Brusselse politiezones, voorzien in het voorjaar van 2020, werd "
        "verplaatst en vond uiteindelijk digitaal plaats op 29/09/2020."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("netoverschrijdend overleg", (date(2020, 9, 29),))
    ]
    text = (
        "De werkgroep Preventie, die in het voorjaar niet kon samenkomen, werd in het najaar opnieuw samengeroepen "
        "(15/10/2020)."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("werkgroep Preventie", (date(2020, 10, 15),))
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # (SYNTHETIC dev-2020-12 sentences; expected: its gold) a function is no body, its organisation is
        ("De coördinator van ABB bracht de tien besturen op 26/11/2020 samen in een uitwisselingsoverleg.", "ABB"),
        # (two organisations joined by "en" as the subject each met, G9-2: tests/test_meetings_meet14.py)
        # a generic collective is no body of a pair; an acronym another text expands (here: the same text)
        (
            "Het Netwerk Ouders in Dialoog (NOD) startte in 2019. In opvolging daarvan was er in oktober 2020 overleg "
            "tussen de ouderkoepelverenigingen en het NOD.",
            "Netwerk Ouders in Dialoog",
        ),
        # consultation with a named organisation, fronted
        (
            "Met de FOD Binnenlandse Zaken (Federale Dienst Lokale Veiligheid) werd overlegd over de omzendbrief.",
            "FOD Binnenlandse Zaken",
        ),
        # who brings people together in counted groups owns them (G9-4, the gold9 reading of dev-2020-12 H09)
        (
            "Het Vlaams Ondersteuningscentrum Gezinsnetwerken (VOG) is actief. Het VOG bracht de coördinatoren in de "
            "rapportageperiode vier keer samen in regionale intervisiegroepen.",
            "regionale intervisiegroepen Vlaams Ondersteuningscentrum Gezinsnetwerken",
        ),
    ],
)
def test_the_party_that_met_is_an_organisation_not_a_function_or_a_collective(text: str, body: str) -> None:
    facts = with_action_names([find_meetings(text, date(2020, 12, 1))], [text])[0]
    assert [f.body_key for f in facts] == [body_key(body)]  # (a generic head in lower case: "netwerk Ouders ...")


def test_a_pronoun_subject_is_the_body_just_reported() -> None:
    text = (
        "Een begeleidingsgroep, bestaande uit ABB en de VVSG, volgt het traject op en vergaderde op 10 juli 2020; op "
        "5 november 2020 kwam ze samen met de stuurgroep Wijkgericht Werken van de VVSG bijeen."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("begeleidingsgroep", (date(2020, 7, 10), date(2020, 11, 5)))
    ]


def test_hosts_of_talks_and_invitations_and_names_with_enumerations() -> None:
    d = date(2020, 12, 1)
    text = (
        "De Vlaamse minister gaf op 19/11/2020 een stand van zaken in de Commissie voor Binnenlands Bestuur, Gelijke "
        "Kansen en Inburgering van het Vlaams Parlement."
    )
    assert [f.body for f in find_meetings(text, d)] == [
        "commissie voor Binnenlands Bestuur, Gelijke Kansen en Inburgering Vlaams Parlement"
    ]
    text = (
        "Op uitnodiging van de Commissie voor Binnenlandse Zaken lichtte het OCAD op 25 november 2020 de evaluatie toe."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, d)] == [
        ("Commissie voor Binnenlandse Zaken", (date(2020, 11, 25),))
    ]
    text = (
        "De lokale coördinatoren kwamen, op uitnodiging van ABB, samen op 23/6/2020 en 6/10/2020 in een "
        "uitwisselingsoverleg over de impact van de crisis."
    )
    assert [f.body for f in find_meetings(text, d)] == ["ABB"]  # generic participants: the organiser's meeting


def test_an_own_name_drops_its_owner_and_an_ordinal_is_the_next_meeting() -> None:
    assert canonical_body("dienst Samenleven en Veiligheid van de stad Leuven") == "dienst Samenleven en Veiligheid"
    assert canonical_body("lerend netwerk Polarisering van de VVSG") == "lerend netwerk Polarisering"
    text = "De adviesraad Connect kwam samen op 5 oktober 2020. Een tweede adviesraad staat gepland voor maart 2021."
    assert [(f.body, f.planned) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("adviesraad Connect", False),
        ("adviesraad Connect", True),
    ]
    # help lines consulting each other are no body (GUIDELINES)
    text = "Het overleg tussen de hulplijnen (Opvoedingslijn, infolijn Islam) vond plaats op 10/7/2020 en 6/11/2020."
    assert find_meetings(text, date(2020, 12, 1)) == []


def test_past_and_planned_days_a_place_after_a_topic_and_a_host_clause_of_the_same_body() -> None:
    d = date(2020, 12, 1)
    text = "De intervisiegroep casemanagers kwam driemaandelijks samen (3/9/2020 en 3/12/2020, deze laatste gepland)."
    assert [(f.body, f.dates, f.planned) for f in find_meetings(text, d)] == [
        ("intervisiegroep casemanagers", (date(2020, 9, 3),), False),
        ("intervisiegroep casemanagers", (date(2020, 12, 3),), True),
    ]
    text = "Het provinciaal overlegplatform radicalisering Oost-Vlaanderen kwam samen op 8 oktober 2020."
    assert [f.body for f in find_meetings(text, d)] == ["provinciaal overlegplatform radicalisering Oost-Vlaanderen"]
    text = "Het LTF Limburg vergaderde maandelijks; op het LTF van 9/09/2020 werd ABB gehoord over de ondersteuning."
    assert [(f.body, f.frequency, f.dates) for f in find_meetings(text, d)] == [
        ("LTF Limburg", "maandelijks", (date(2020, 9, 9),))
    ]
    text = "Het aanspreekpunt nam deel aan de bijeenkomsten van het Network of Prevent Policy Makers van 1-2 juli 2020."
    assert [f.body for f in find_meetings(text, d)] == ["Network of Prevent Policy Makers"]


def test_the_next_meeting_right_after_a_body_s_meetings_is_that_body_s() -> None:
    text = (
        "De helpdesk beantwoordde vragen over de werking van de LIVC. In de werkgroep radicalisering werden de "
        "ambtenaren geïnformeerd; de werkgroep vergaderde online op 18/06/2020 en 17/09/2020. De volgende vergadering "
        "is voorzien voor 18 maart 2021."
    )
    assert [(f.body, f.planned) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("werkgroep radicalisering", False),
        ("werkgroep radicalisering", True),
    ]


def test_a_host_s_place_after_its_acronym_and_a_meeting_at_an_event() -> None:
    d = date(2020, 12, 1)
    text = (
        "Op 6 oktober 2020 gaf het aanspreekpunt een toelichting voor het Lokaal Overlegplatform (LOP) Gent secundair."
    )
    assert [f.body for f in find_meetings(text, d)] == ["Lokaal Overlegplatform Gent"]
    text = (
        "Een uitwisselingsdag van de betrokken diensten, waarop de leden van de werkgroep samenkwamen met medewerkers "
        "van de inrichtingen, vond plaats op 17 september 2020."
    )
    assert find_meetings(text, d) == []


def test_an_estimate_is_no_count_and_a_part_of_the_meetings_neither() -> None:
    text = "Het lerend netwerk Verbindende Wijken kwam een vijftal keer samen, waarvan drie keer online."
    assert [(f.body, f.count) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("lerend netwerk Verbindende Wijken", None)
    ]
    text = "De werkgroep kwam vijf keer samen, waarvan twee keer digitaal."
    assert [f.count for f in find_meetings(text, date(2020, 12, 1))] == [5]


def test_a_capitals_initialism_ends_a_sentence_before_an_opening_word() -> None:
    text = (
        "Het aanspreekpunt bereidde de evaluatie van de Strategie T.E.R. Op 19 november 2020 nam het deel. Dat werd "
        "i.s.m. De Ambrassade gedaan."
    )
    assert [text[a:b] for a, b in split_statements(text)] == [
        "Het aanspreekpunt bereidde de evaluatie van de Strategie T.E.R.",
        "Op 19 november 2020 nam het deel.",
        "Dat werd i.s.m. De Ambrassade gedaan.",
    ]


def test_results_presented_at_a_body_s_meeting_and_at_an_event_after_it() -> None:
    text = (
        "Het CIS stelde de eerste resultaten voor op de vergadering van het Vlaams Platform Radicalisering van 20 "
        "oktober 2020 en op een online studievoormiddag van het Vlaams Vredesinstituut op 12 november 2020."
    )
    assert [(f.body, f.dates) for f in find_meetings(text, date(2020, 12, 1))] == [
        ("Vlaams Platform Radicalisering", (date(2020, 10, 20),))
    ]


def test_a_meeting_continued_on_a_day_happened_and_one_expected_is_planned() -> None:
    # a continued meeting with its days is held; a practice continued without a when is no record (dev-2020-06 G24,
    # dev-2020-12 H24 keep none); an expected first meeting lies ahead
    assert _records("Het overleg met de VVSG werd voortgezet op 6 juli en 12 oktober 2017.") == [
        ("VVSG", None, None, ("2017-07-06", "2017-10-12"), False)
    ]
    assert find_meetings("Het departement OV zette het overleg met de Brusselse politiezones verder.", D) == []
    text = "De eerste bijeenkomst van de klankbordgroep wordt verwacht in februari 2018."
    assert _records(text) == [("klankbordgroep", None, None, (), True)]


def test_a_meeting_between_three_or_more_parties_is_each_named_organisations() -> None:
    # G9-2 (dev-2024-12 R10/R14's shape, names written for this test): generic parties ("acht lokale besturen") and
    # unnamed services are no body; each named party, known or not, met on the statement's day
    text = (
        "Op 22 oktober 2017 werd een overleg tussen de VVSG, de Hulplijn Samen en acht lokale besturen georganiseerd."
    )
    assert [m.body for m in find_meetings(text, D)] == ["VVSG", "Hulplijn Samen"]
    text = "Op 3 juli 2017 vond een werkvergadering plaats tussen VDAB, Werkwijzer vzw en de justitiehuizen van Gent."
    assert [(m.body, m.dates) for m in find_meetings(text, D)] == [
        ("VDAB", (date(2017, 7, 3),)),
        ("Werkwijzer", (date(2017, 7, 3),)),
    ]


def test_a_table_body_with_a_tail_of_whose_members_it_gathers_keeps_the_tables_name() -> None:
    # gold7/G8-5: "referentiepersonen radicalisering" is one cross-round body (models/meeting_bodies.jsonl)
    text = "Op 20 november 2017 werd overlegd met de referentiepersonen radicalisering van de CLB-netten."
    assert [m.body for m in find_meetings(text, D)] == ["referentiepersonen radicalisering"]


def test_a_bare_head_takes_as_owner_the_organisation_that_has_it_or_set_it_up_with_a_split_verb() -> None:
    # G8-1 (dev-2024-12 R20/R24's shapes, names written for this test): who has a body holds it; a set-up verb whose
    # particle follows the body ("richtte ... een jongerenraad op") gives its subject as owner
    text = "Het Huis van de Dialoog heeft een adviesraad met vertegenwoordigers. Deze adviesraad komt jaarlijks bijeen."
    assert [m.body for m in find_meetings(text, D)] == ["adviesraad Huis van de Dialoog"]
    text = "Buurtwerk Oost vzw richtte in het project een jongerenraad op. De jongerenraad vergadert maandelijks."
    assert [m.body for m in find_meetings(text, D)] == ["jongerenraad Buurtwerk Oost"]
    # people who have a group name it after themselves instead (G10-1), no organisation being named
    text = "De begeleiders hebben onderling een intervisiegroep die maandelijks samenkomt."
    assert [m.body for m in find_meetings(text, D)] == ["intervisiegroep begeleiders"]


def test_a_bare_head_set_up_within_the_platform_by_its_short_name_is_the_platforms() -> None:
    # "binnen het Platform": the table body printed by its short name (models/meeting_bodies.jsonl)
    text = (
        "Het Vlaams Platform Radicalisering kwam samen. Binnen het Platform werd een kernteam opgericht. "
        "Het kernteam kwam tweewekelijks samen."
    )
    assert [m.body for m in find_meetings(text, D)] == [
        "Vlaams Platform Radicalisering",
        "kernteam Vlaams Platform Radicalisering",
    ]


def test_a_party_met_by_an_acronym_the_text_defined_is_named_by_its_expansion() -> None:
    text = (
        "De evaluatie werd toevertrouwd aan het Instituut voor Stedelijke Veerkracht (ISV). Er vonden drie "
        "overlegmomenten plaats tussen het ISV en Statistiek Vlaanderen."
    )
    assert [(m.body, m.count) for m in find_meetings(text, D)] == [
        ("Instituut voor Stedelijke Veerkracht", 3),
        ("Statistiek Vlaanderen", 3),
    ]


def test_two_organisations_as_one_subject_each_met_even_with_an_en_inside_a_name() -> None:
    # G9-2: "Agentschap Integratie en Inburgering" holds an "en" of its own
    text = "De VVSG en het Agentschap Integratie en Inburgering zaten op 5 september 2017 samen."
    assert [m.body for m in find_meetings(text, D)] == ["VVSG", "AgII"]


def test_a_guest_at_the_meeting_of_a_demonstrative_body_is_at_the_body_named_before() -> None:
    text = (
        "In oktober werd een taskforce 'Digitale haat' opgericht. Vlaanderen nam deel aan de eerste vergadering "
        "van deze taskforce op 29 oktober 2017."
    )
    assert _records(text) == [("taskforce Digitale haat", None, None, ("2017-10-29",), False)]


def test_the_days_of_what_happened_so_belong_to_the_meeting_just_reported() -> None:
    # "; gebeurde dat op ...": the same sentence, one record; a next sentence, a record of its own (one per statement)
    text = (
        "De intervisiegroep casemanagers komt driemaandelijks samen; in de rapporteringsperiode gebeurde dat op 4 juli."
    )
    assert _records(text) == [("intervisiegroep casemanagers", None, "driemaandelijks", ("2017-07-04",), False)]
    text = "De stuurgroep Samen komt vijf keer per jaar samen. In de rapporteringsperiode gebeurde dat op 27 juni 2017."
    assert [(m.body, m.dates) for m in find_meetings(text, D)] == [
        ("stuurgroep Samen", ()),
        ("stuurgroep Samen", (date(2017, 6, 27),)),
    ]


def test_an_organisation_after_the_verb_is_the_subject_not_the_body_it_met_with() -> None:
    # a function beside an organisation in the inverted subject is no body; the party after "met" only is met
    text = "Op 25 september 2017 zaten het aanspreekpunt en de VVSG samen met de Vlaamse Gemeenschapscommissie."
    assert [m.body for m in find_meetings(text, D)] == ["VVSG"]
    # with a person alone as the subject, the group met is the body (GUIDELINES: two parties)
    text = "Het centraal aanspreekpunt had maandelijks een bilateraal overleg met de cel Radicalisme."
    assert [m.body for m in find_meetings(text, D)] == ["cel Radicalisme"]


def test_people_meeting_without_a_group_name_no_body() -> None:
    # G11-1: people or functions meeting, whoever employs them, are no body; the paragraph's body is not theirs
    text = (
        "De stuurgroep van het traject kwam op 3 mei 2017 samen. De coördinatoren van de vijf testhuizen kwamen "
        "op 19 november 2017 een eerste keer samen in De Vlonder."
    )
    assert [(m.body, m.dates) for m in find_meetings(text, D)] == [("stuurgroep traject", (date(2017, 5, 3),))]
    text = "Binnen het beleidsdomein kwamen de aanspreekpunten van het departement en AHOVOKS drie keer samen."
    assert find_meetings(text, D) == []
    # the group they meet in is a body (G10-1)
    text = "De consulenten komen maandelijks samen in een intervisiegroep."
    assert [m.body for m in find_meetings(text, D)] == ["intervisiegroep consulenten"]


def test_a_sentence_opening_on_a_lower_case_legal_form_is_a_statement_of_its_own() -> None:
    # ". vzw X en de Y plegen overleg": two parties of their own sentence (G9-2), not the paragraph's groups; an
    # adjective saying a body still runs is no part of its name (G11-4)
    text = (
        "Er zijn vier actieve lotgenotengroepen. De lotgenotengroepen komen maandelijks samen. Er werd afgesproken "
        "dat de gemeente een lokaal ter beschikking stelt. vzw Ankerbaken en de Ouderlijn plegen daarnaast "
        "tweemaandelijks overleg."
    )
    assert [m.body for m in find_meetings(text, D)] == ["lotgenotengroepen", "Ankerbaken", "Ouderlijn"]
    # one organisation's name with an "en" in it is one body
    text = "Het Platform van Vlaamse Imams en Moslimdeskundigen vergaderde op 12 september 2017."
    assert [m.body for m in find_meetings(text, D)] == ["Platform van Vlaamse Imams en Moslimdeskundigen"]


def test_a_body_worked_with_is_its_users_and_a_number_of_members_is_no_name() -> None:
    # G8-1 (dev-2024-12 R24's shape): who works with a body holds it; "van twaalf jongeren uit X" says who make it up
    text = (
        "Mediahuis Kompas vzw werkt met een redactieraad van twaalf jongeren uit Hasselt, die de inhoud bepaalt. "
        "Deze redactieraad kwam op 6 november 2017 voor het eerst bijeen."
    )
    assert [m.body for m in find_meetings(text, D)] == ["redactieraad Mediahuis Kompas"]
    text = "Een redactieraad van twaalf jongeren uit Hasselt kwam op 6 november 2017 voor het eerst bijeen."
    assert [m.body for m in find_meetings(text, D)] == ["redactieraad"]


def test_an_organisations_administration_meeting_is_the_organisation_and_an_old_genitive_links_a_name() -> None:
    text = "Op 11 juli 2017 was er overleg tussen de centrale administratie van Opgroeien en de VSK."
    assert [m.body for m in find_meetings(text, D)][:1] == ["Opgroeien"]
    text = (
        "De begeleidingscommissie kwam samen op 14 juni 2017.\n"
        "Het Huis der Culturen Mechelen vergaderde op 5 september met de lesgevers."
    )
    assert [m.body for m in find_meetings(text, D)] == ["begeleidingscommissie", "Huis der Culturen Mechelen"]


def test_a_bare_heads_owner_printed_short_takes_the_full_name_the_text_prints() -> None:
    # gold6 D4 (dev-2023-12 Q05's shape, a name written for this test)
    text = (
        "De EU Network on Youth Resilience startte in 2017. De eerste vergadering van de stuurgroep van de EU "
        "Network is voorzien in het voorjaar van 2018."
    )
    assert [m.body for m in find_meetings(text, D)] == ["stuurgroep EU Network on Youth Resilience"]


def test_a_topic_ends_where_the_place_the_body_met_in_begins() -> None:
    text = (
        "Het aanspreekpunt nam op 10 oktober 2017 deel aan de vergadering van het Benelux-overleg preventie "
        "radicalisering in Den Haag."
    )
    assert [m.body for m in find_meetings(text, D)] == ["benelux-overleg preventie radicalisering"]


def test_people_placed_in_one_organisation_meet_as_that_organisation() -> None:
    # G11-1's exception (dev-2024-12 R19's shape): the text placed these people in one organisation
    text = (
        "Binnen Opgroeien zijn 26 referentieconsulenten actief. De referentieconsulenten komen vijf keer per jaar "
        "samen voor intervisie. In de rapporteringsperiode gebeurde dat op 27 juni 2017."
    )
    assert [(m.body, m.dates) for m in find_meetings(text, D)] == [
        ("Opgroeien", ()),
        ("Opgroeien", (date(2017, 6, 27),)),
    ]


def test_a_bare_overleg_between_parties_is_the_meeting_of_the_named_organisations_among_them() -> None:
    # G9-2 and G9-7 (dev-2024-12 R14/R15's shapes, names written for this test)
    text = "Het casusoverleg tussen Huis Meander, de CAW's en de justitiehuizen gaat tweewekelijks door in Gent."
    assert [m.body for m in find_meetings(text, D)] == ["Huis Meander"]
    text = (
        "Op 4 oktober 2017 vond een werkvergadering plaats tussen VDAB, Kompasbrug vzw en de justitiehuizen van "
        "Gent en Brugge over de nazorg."
    )
    assert sorted(m.body for m in find_meetings(text, D)) == [
        "Kompasbrug",
        "VDAB",
        "justitiehuis Brugge",
        "justitiehuis Gent",
    ]
    # a person's employer is no party, and an overleg between unnamed parties names no body
    text = "Sinds september vindt maandelijks een casusoverleg plaats tussen de twee scholen en een consulent van VDAB."
    assert find_meetings(text, D) == []
    # a classifying adjective makes it a standing consultation, itself the body (G9-7)
    text = "Het regionaal casusoverleg tussen Huis Meander en de VDAB kwam maandelijks samen."
    assert [m.body for m in find_meetings(text, D)] == ["regionaal casusoverleg"]


def test_a_body_printed_as_an_acronym_the_action_establishes_takes_its_organisations_canonical() -> None:
    # the names the action establishes for organisations ("Andere betrokkenen": "Kenniscentrum Verbinding (KCV)")
    texts = ["Onderzoek naar polarisering.", "Er vonden twee overlegmomenten plaats met het KCV."]
    names = {"KCV": "Kenniscentrum Verbinding"}
    named = with_action_names([find_meetings(t, D) for t in texts], texts, names)
    assert [m.body for m in named[1]] == ["Kenniscentrum Verbinding"]
    assert [m.body for m in with_action_names([find_meetings(t, D) for t in texts], texts)[1]] == ["KCV"]


def test_a_body_named_short_takes_the_adjectives_it_was_introduced_with_and_the_region_the_text_names() -> None:
    # gold7 (words as printed, fullest mention) and G9-5 (dev-2024-12 R15's shape, names written for this test)
    text = (
        "In de regio Noorderkempen zetten de gemeenten Hoogstraten en Rijkevorsel een gemeenschappelijke LIVC-R op. "
        "De LIVC-R vergaderde voor het eerst op 12 oktober 2017."
    )
    assert [m.body for m in find_meetings(text, D)] == ["gemeenschappelijke LIVC-R Noorderkempen"]
    # an adjective that only places a body in the story stays out (G9-1)
    text = "Er kwam een nieuwe werkgroep Leerlingbegeleiding. De werkgroep Leerlingbegeleiding kwam twee keer samen."
    assert [m.body for m in find_meetings(text, D)] == ["werkgroep Leerlingbegeleiding"]


def test_a_named_unit_a_municipality_sets_up_is_named_after_the_municipality() -> None:
    # G9-3 (dev-2024-12 R15's shape, names written for this test); any other organisation leaves a name as it is
    text = "De stad Lier richtte in mei een interne cel Verbinding op. De cel Verbinding vergadert om de twee weken."
    assert [m.body for m in find_meetings(text, D)] == ["interne cel Verbinding stad Lier"]
    text = "De VVSG richtte in mei een werkgroep Verbinding op. De werkgroep Verbinding vergadert om de twee weken."
    assert [m.body for m in find_meetings(text, D)] == ["werkgroep Verbinding"]


def test_a_bare_subject_noun_placed_in_a_town_is_the_sets_member_there() -> None:
    # G9-5 (dev-2024-12 R23's shape, written for this test)
    text = (
        "Er zijn drie oudergroepen, in Gent, Aalst en Lokeren. De oudergroepen komen maandelijks samen. "
        "De groep in Lokeren werd in maart opgestart en kwam sindsdien twee keer samen."
    )
    assert [m.body for m in find_meetings(text, D)] == ["oudergroepen", "oudergroep Lokeren"]


def test_a_passive_relative_clause_names_the_owner_of_a_bare_body() -> None:
    # G8-1 (dev-2024-12 R21's shape, names written for this test): who runs the body, through an apposition
    text = (
        "Het Centrum voor Dialoog en Democratie (CDD) ondersteunt scholen. Het netwerk van schoolbemiddelaars, een "
        "lerend netwerk dat door het CDD wordt getrokken, kwam twee keer samen."
    )
    assert [m.body for m in find_meetings(text, D)] == ["netwerk schoolbemiddelaars Centrum voor Dialoog en Democratie"]
    # guiding is no owning (G10-1)
    text = "Het netwerk van schoolbemiddelaars, dat door het CDD wordt begeleid, kwam twee keer samen."
    assert [m.body for m in find_meetings(text, D)] == ["netwerk schoolbemiddelaars"]


def test_a_pair_subject_keeps_both_parties_when_one_is_named_by_its_fuller_name() -> None:
    # G9-2 (dev-2023-12 Q13's shape, names written for this test)
    text = (
        "De stuurgroep, met vertegenwoordigers van het departement Welzijn, Volksgezondheid en Gezin en Kompaan, "
        "kwam samen op 5 oktober 2017. Kompaan en het departement zitten daarnaast maandelijks samen."
    )
    assert [m.body for m in find_meetings(text, D)][1:] == ["departement WVG", "Kompaan"]


def test_an_exchange_with_a_named_organisation_on_a_day_is_a_consultation_with_it() -> None:
    # G8-4 (dev-2023-12 Q08, dev-2024-12 R05's shapes, names written for this test)
    text = (
        "Met de Deense organisatie Fonden Trygge Byer (FTB) uit Aarhus vond op 6 oktober 2017 een online "
        "uitwisseling plaats."
    )
    assert [m.body for m in find_meetings(text, D)] == ["Fonden Trygge Byer"]
    text = "Met het Kenniscentrum Wijkzorg was er op 9 november 2017 een uitwisseling te Utrecht."
    assert [m.body for m in find_meetings(text, D)] == ["Kenniscentrum Wijkzorg"]
    # an exchange day is an event, and an exchange without a day no consultation stated
    assert find_meetings("Met het Kenniscentrum Wijkzorg was er op 9 november 2017 een uitwisselingsdag.", D) == []
    assert find_meetings("Met het Kenniscentrum Wijkzorg was er een uitwisseling van gegevens.", D) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De stuurgroep Preventie hield op 12 oktober 2017 zitting.",
        "De leden van de stuurgroep Preventie troffen elkaar op 12 oktober 2017.",
        "De stuurgroep Preventie zit maandelijks rond de tafel.",
    ],
)
def test_more_ways_of_saying_a_body_met(sentence: str) -> None:
    assert [m.body for m in find_meetings(sentence, D)] == ["stuurgroep Preventie"]


def test_a_function_that_tunes_in_with_a_named_organisation_consulted_it_and_people_by_trade_are_no_body() -> None:
    # G8-4: the split verb "stemde ... af met"; G11-1: people named by their trade meeting without a group noun
    assert [m.body for m in find_meetings("Het aanspreekpunt stemde op 12 oktober 2017 af met de VVSG.", D)] == ["VVSG"]
    assert find_meetings("Het aanspreekpunt stemde op 12 oktober 2017 af met de scholen.", D) == []
    text = "De jobcoaches van Kompasbrug en de bemiddelaars van de VDAB troffen elkaar op 22 oktober 2017."
    assert find_meetings(text, D) == []


def test_a_bare_overleg_held_by_several_parties_is_the_meeting_of_the_named_ones() -> None:
    # G9-2 and G9-7 (dev-2024-12 R21 and dev-2020-12 H14's shapes, names written for this test)
    text = "De VDAB en het OCAD hadden op 12 oktober 2017 een werkoverleg."
    assert [m.body for m in find_meetings(text, D)] == ["VDAB", "OCAD"]
    text = "Het departement en de erkende verenigingen zitten elk kwartaal samen in een afstemmingsoverleg."
    assert [m.body for m in find_meetings(text, D)] == ["departement"]
    text = "De leerkrachten en de pedagogische diensten komen driemaandelijks samen in een afstemmingsoverleg."
    assert find_meetings(text, D) == []


def test_an_organisations_overleg_is_its_meeting_and_a_group_it_brings_people_into_its_body() -> None:
    # G9-7: "het interne overleg van X" -> X; G9-4 with G8-1: a counted group people are brought together in is the
    # organiser's (dev-2020-12 H09's shape, names written for this test)
    text = "Het intern overleg van de afdeling Jeugd vond plaats op 3 mei 2017."
    assert [m.body for m in find_meetings(text, D)] == ["afdeling Jeugd"]
    text = "Het overleg van de LIVC-coördinatoren van de provincie Limburg kwam drie keer samen."
    assert [body_key(m.body) for m in find_meetings(text, D)] == [
        body_key("overleg LIVC-coördinatoren provincie Limburg")
    ]
    text = "Het Steunpunt Buurtwerk bracht de buurtwerkers vier keer samen in regionale intervisiegroepen."
    assert [m.body for m in find_meetings(text, D)] == ["regionale intervisiegroepen Steunpunt Buurtwerk"]
    # into a meeting noun it is the organiser's meeting
    text = "Het Steunpunt Buurtwerk bracht de buurtwerkers op 19 juni 2017 samen in een uitwisselingsoverleg."
    assert [m.body for m in find_meetings(text, D)] == ["Steunpunt Buurtwerk"]


def test_a_meeting_of_an_earlier_period_or_one_called_off_after_maar_is_no_record() -> None:
    # G11-2 and G8-6 (sentences written for this test)
    assert find_meetings("Het netwerk Buurtwerk kwam in de vorige rapporteringsperiode drie keer samen.", D) == []
    assert find_meetings("De laatste bijeenkomst van het netwerk Buurtwerk dateert van 14 februari 2017.", D) == []
    text = "De werkgroep Preventie zou op 3 mei 2017 samenkomen, maar de vergadering werd afgelast."
    assert find_meetings(text, D) == []
    # since the previous report is this period
    text = "Het netwerk Buurtwerk kwam sinds de vorige rapportering drie keer samen."
    assert [m.body for m in find_meetings(text, D)] == ["netwerk Buurtwerk"]


@pytest.mark.parametrize(
    "text, host",
    [
        # gold5 host body, G9-5, G9-7, G8-2 (sentences written for this test)
        (
            "Het aanspreekpunt nam op 3 mei 2017 deel aan het provinciaal overleg in Limburg.",
            "provinciaal overleg Limburg",
        ),
        (
            "Het aanspreekpunt werd op 3 mei 2017 gehoord door de Commissie voor Onderwijs van het Vlaams Parlement.",
            "Commissie voor Onderwijs Vlaams Parlement",
        ),
        (
            "Het project Kompas startte in 2017. Het departement was op 3 mei 2017 aanwezig op de stuurgroep van het "
            "project.",
            "stuurgroep Kompas",
        ),
        (
            "De VVSG lichtte het plan toe op het overleg van de LIVC-coördinatoren op 3 mei 2017.",
            "overleg LIVC-coördinatoren",
        ),
    ],
)
def test_a_guest_at_a_standing_bodys_dated_meeting_is_the_hosts_meeting(text: str, host: str) -> None:
    assert [m.body_key for m in find_meetings(text, D)] == [body_key(host)]
    # membership without a time is no meeting
    assert find_meetings("Het aanspreekpunt neemt deel aan het provinciaal overleg.", D) == []


def test_a_frequency_with_its_next_planned_day_is_one_planned_record() -> None:
    # G9-8 (written for this test); a past meeting with days and a planned next one stay two (they differ in planned)
    text = "De stuurgroep vergadert tweemaandelijks; de volgende vergadering is op 12 januari 2018."
    assert [(m.frequency, m.dates, m.planned) for m in find_meetings(text, D)] == [
        ("tweemaandelijks", (date(2018, 1, 12),), True)
    ]
    text = "De stuurgroep kwam samen op 3 oktober 2017; de volgende vergadering is op 12 januari 2018."
    assert [(m.dates, m.planned) for m in find_meetings(text, D)] == [
        ((date(2017, 10, 3),), False),
        ((date(2018, 1, 12),), True),
    ]


def test_the_days_a_semicolon_clause_gives_go_to_every_party_of_the_rate_just_reported() -> None:
    # gold5 (one record per statement: a frequency and its days are one record) and G9-2 (names for this test)
    text = (
        "Het departement Welzijn, Volksgezondheid en Gezin werkt samen met de VVSG. Het departement en de VVSG zitten "
        "elk kwartaal samen in een afstemmingsoverleg; in de rapporteringsperiode vond dit overleg plaats op 11 "
        "september 2017."
    )
    assert [(m.body, m.frequency, m.dates) for m in find_meetings(text, D)] == [
        ("VVSG", "elk kwartaal", (date(2017, 9, 11),)),
        ("departement WVG", "elk kwartaal", (date(2017, 9, 11),)),
    ]


def test_people_or_a_set_per_place_are_no_body() -> None:
    # G11-1 with a demonstrative subject, G9-6 one body per place of a kind (dev-2024-12 R15, R16's shapes)
    text = "De coördinatoren kwamen drie keer samen. Deze coördinatoren komen sinds 2016 samen op uitnodiging."
    assert find_meetings(text, D) == []
    text = "Daarnaast komen de consulenten en de directies per gevangenis samen in een lokaal afstemmingsoverleg."
    assert find_meetings(text, D) == []


def test_a_count_before_overleg_is_no_name_and_a_body_head_back_reference_is_a_party() -> None:
    # dev-2025-12 W03, W08's shapes (names written for this test)
    text = "Er vond bovendien driemaal overleg plaats tussen de justitiehuizen, DG EPI en de CAW's."
    assert [(m.body, m.count) for m in find_meetings(text, D)] == [("DG EPI", 3)]
    text = "Het Vlaams Platform Preventie vergaderde. Het Platform en het OCAD overlegden op 2 oktober 2017."
    assert [m.body for m in find_meetings(text, D)] == [
        "Vlaams Platform Preventie",
        "Vlaams Platform Preventie",
        "OCAD",
    ]


@pytest.mark.parametrize(
    "text, bodies",
    [
        # G8-4 and G9-2: a list of parties met or meeting, each named one a record (dev-2025-12 W05, W06, W13, W19's
        # shapes, names written for this test)
        (
            "Op 14 oktober 2017 zaten De Ambrassade, Kompasbrug en de afdeling Jeugd samen.",
            ["De Ambrassade", "Kompasbrug", "afdeling Jeugd"],
        ),
        ("Met de Nederlandse VNG en de Deense KL werd op 27 juni 2017 in Den Haag overlegd.", ["VNG", "KL"]),
        ("Op 12 juni 2017 werd vergaderd met de directie van de campus en het EMB.", ["EMB"]),
        ("Het departement Onderwijs en Vorming en de VDAB stemden driemaandelijks af.", ["departement OV", "VDAB"]),
        # one name with an "en" of its own stays one
        ("Er was op 12 juni 2017 overleg met Kind en Gezin.", ["Kind en Gezin"]),
    ],
)
def test_a_list_of_parties_is_a_record_for_each_named_one(text: str, bodies: list[str]) -> None:
    assert [m.body for m in find_meetings(text, D)] == bodies


def test_people_named_by_a_compound_are_people_and_a_meeting_between_people_names_no_body() -> None:
    # G11-1 (dev-2025-12 W07, W11's shapes, names written for this test)
    assert find_meetings("Op 30 september 2017 werd overlegd met de LOP-deskundigen van Gent en Aalst.", D) == []
    text = (
        "Het LIVC van Lokeren kwam maandelijks samen. In het Waasland is er tweemaandelijks overleg tussen de "
        "LIVC-coördinatoren van Sint-Niklaas, Temse en Beveren."
    )
    assert [m.body for m in find_meetings(text, D)] == ["LIVC stad Lokeren"]
    # an organisation named with a people compound stays an organisation
    text = "Tussen het Netwerk Islamexperten en de Opvoedingslijn was er maandelijks casusoverleg."
    assert sorted(m.body for m in find_meetings(text, D)) == ["Netwerk Islamexperten", "Opvoedingslijn"]


def test_more_events_and_a_meeting_held_earlier_are_no_record() -> None:
    text = (
        "Op 20 november 2017 ging een colloquium door over theologische begeleiding, georganiseerd door het Platform."
    )
    assert find_meetings(text, D) == []
    assert find_meetings("Het comité was al eerder, op 14 maart 2017, samengekomen.", D) == []


def test_an_owner_given_by_a_participle_or_a_passive_relative_clause() -> None:
    # G8-1 (dev-2025-12 W15, W20's shapes, names written for this test); a closing participle is no topic
    text = (
        "Voor de referentiepersonen werd het lerend netwerk verdergezet. Dit netwerk, getrokken door het CAW "
        "Limburg, vergaderde op 2 oktober 2017 in Hasselt."
    )
    assert [m.body for m in find_meetings(text, D)] == ["lerend netwerk CAW Limburg"]
    text = (
        "Het lerend netwerk van de ESF-projectpromotoren, dat door het Kompasfonds wordt getrokken, kwam op 4 "
        "oktober 2017 samen."
    )
    assert [m.body for m in find_meetings(text, D)] == ["lerend netwerk ESF-projectpromotoren Kompasfonds"]


def test_split_coordination_a_fronted_party_a_session_and_people_meeting_each_other_in_a_group() -> None:
    # G8-4 two-party rule, G9-10, G10-1 (dev-2025-12 W09, W20, W19, W08's shapes, names written for this test)
    text = "Kompaan stemde in september en oktober af met het Onderwijscentrum Gent."
    assert [m.body for m in find_meetings(text, D)] == ["Kompaan"]
    text = "Met Kompaan werd op 2 oktober 2017 afgestemd over de campagne."
    assert [m.body for m in find_meetings(text, D)] == ["Kompaan"]
    text = "Ook het bestuur van Kompaan besprak de module, op zijn zitting van 8 oktober 2017."
    assert [m.body for m in find_meetings(text, D)] == ["bestuur Kompaan"]
    text = "De imams treffen elkaar om de zes weken in een intervisiegroep."
    assert [m.body for m in find_meetings(text, D)] == ["intervisiegroep imams"]


def test_an_overleg_between_parties_opening_the_statement_is_theirs_whatever_its_topic_names() -> None:
    # G9-2 (dev-2025-12 W11, dev-2021-12 J07's shapes, names written for this test)
    text = (
        "Het overleg tussen ABB, de VVSG en de VDAB over de actualisering van de handleiding LIVC vond plaats op 10 "
        "juni en 4 september 2017."
    )
    assert [m.body for m in find_meetings(text, D)] == ["ABB", "VVSG", "VDAB"]
    text = "Het overleg tussen Kind en Gezin en de Gezinsbond over ouderbetrokkenheid kwam samen op 16 september 2017."
    assert [m.body for m in find_meetings(text, D)] == ["Kind en Gezin", "Gezinsbond"]


def test_a_proper_name_takes_only_a_fuller_name_that_opens_with_it_and_functions_between_people_are_no_body() -> None:
    # gold6 D4 and gold7 (dev-2025-12 W09, dev-2020-12 H30's shapes, names written for this test); G11-1 (W01)
    text = "Het interventieteam Kompaan start in 2017. Kompaan stemde in september af met het Onderwijscentrum Gent."
    assert [m.body for m in find_meetings(text, D)] == ["Kompaan"]
    text = (
        "Het project loopt via de vzw Al-Karama – Centrum voor Duiding. Al-Karama overlegde in september 2017 met de "
        "Raad van Islamconsulenten."
    )
    assert [m.body for m in find_meetings(text, D)] == ["Al-Karama – Centrum voor Duiding"]
    text = (
        "In juli vonden tussen het centraal aanspreekpunt en de aanspreekpunten van de beleidsdomeinen twee "
        "vergadermomenten plaats."
    )
    assert find_meetings(text, D) == []


def test_a_bare_head_is_named_by_a_fuller_name_of_that_head_not_by_a_body_it_owns() -> None:
    # gold7 fullest mention (dev-2025-12 W01's shape, names written for this test)
    text = (
        "Het Vlaams Comité Preventie coördineert het plan. Daarnaast zat het bureau van het Comité om de zes weken "
        "samen. Op 25 september 2017 werd het Comité in een extra zitting bijeengeroepen."
    )
    found = find_meetings(text, D)
    assert [m.dates for m in found] == [(), (date(2017, 9, 25),)]
    assert found[1].body == "Vlaams Comité Preventie" and found[0].body.startswith("bureau ")


def test_a_second_owner_in_the_plural_closes_the_owners_tail() -> None:
    # gold7 owner as printed (dev-2023-12 Q03, dev-2024-12 R03, dev-2025-12 W03's shape)
    text = (
        "Op 25 juni 2017 zat ook de permanente werkgroep van het College van procureurs-generaal en de justitiehuizen "
        "samen."
    )
    assert [m.body for m in find_meetings(text, D)] == [
        "permanente werkgroep College van Procureurs-generaal en justitiehuizen"
    ]
    # (any plural second owner: "van de VVSG en de steden")
    text = "De werkgroep van de VVSG en de steden kwam samen."
    assert [m.body for m in find_meetings(text, D)] == ["werkgroep VVSG en steden"]


def test_a_definite_list_of_sites_names_the_body_with_them_and_a_meeting_noun_keeps_its_adjective() -> None:
    # G9-5/G9-6 (dev-2023-12 Q17, dev-2025-12 W12's shapes, written for this test); gold7 adjectives as printed
    text = "De lokale trajectoverleggen in de gevangenissen van Gent, Leuven en Brugge vonden maandelijks plaats."
    assert [m.body for m in find_meetings(text, D)] == ["lokale trajectoverleggen gevangenissen Gent, Leuven en Brugge"]
    text = "De consulenten zitten maandelijks samen met de psychosociale dienst in een lokaal trajectoverleg."
    assert [m.body for m in find_meetings(text, D)] == ["lokaal trajectoverleg"]
    # a count is no adjective
    text = "In Oost-Vlaanderen waren er reeds drie vergadermomenten."
    assert all(not m.body.startswith("drie") for m in find_meetings(text, D))
