"""Date phrasings met on new text (dev-2023-12, dev-2020-06): "voor" before a date a thing was planned for,
a plural "schooljaren" listing school years, "uit 2018", and a year in a relative clause that dates only it.

Run: .venv/bin/python -m pytest tests/test_dates_amt15.py -q
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import find_dates

D = date.fromisoformat


def _facts(text: str, report_date: date) -> list[tuple[str, str, str, str | None]]:
    return [(f.raw, f.start.isoformat(), f.end.isoformat(), f.relation) for f in find_dates(text, report_date)]


@pytest.mark.parametrize(
    ("text", "report_date", "expected"),
    [
        # dev-2023-12 Q03: prepared for that day, not before it
        (
            "Een casusbespreking die op vraag van het expertisenetwerk Terrorisme was voorbereid voor 23 november "
            "2023, werd geannuleerd en wordt niet opnieuw gepland.",
            D("2023-12-01"),
            [("23 november 2023", "2023-11-23", "2023-11-23", None)],
        ),
        # dev-2020-06 G01: the participle of planning comes after the date
        (
            "Een vergadering die voor eind april 2020 gepland was, werd uitgesteld tot na de zomer.",
            D("2020-06-01"),
            [
                ("eind april 2020", "2020-04-21", "2020-04-30", None),
                ("na de zomer", "2020-06-01", "2020-08-31", "after"),
            ],
        ),
        # dev-2020-06 G23: ... or as an adjective after it
        (
            "Een voor 24 april 2020 geplande studiedag werd verschoven naar 16 oktober 2020.",
            D("2020-06-01"),
            [
                ("24 april 2020", "2020-04-24", "2020-04-24", None),
                ("16 oktober 2020", "2020-10-16", "2020-10-16", None),
            ],
        ),
        # without a planning word "voor" before a day still means before (GUIDELINES)
        (
            "De aanvragen moeten binnen voor 1 maart 2018.",
            D("2017-12-01"),
            [("voor 1 maart 2018", "2018-03-01", "2018-03-01", "before")],
        ),
    ],
)
def test_voor_before_a_planned_date(text: str, report_date: date, expected: list) -> None:
    assert _facts(text, report_date) == expected


def test_plural_school_years_list_each_school_year() -> None:
    # dev-2023-12 Q14's budget cell
    facts = _facts("275.000 euro (schooljaren 2023-2024 en 2024-2025)", D("2023-12-01"))
    assert [f[1:3] for f in facts] == [("2023-09-01", "2024-08-31"), ("2024-09-01", "2025-08-31")]


def test_plain_year_range_stays_calendar_years() -> None:
    facts = _facts("een verlenging voor de jaren 2021-2022 is in voorbereiding", D("2020-12-01"))
    assert [f[1:3] for f in facts] == [("2021-01-01", "2022-12-31")]


def test_year_a_thing_dates_from() -> None:
    # dev-2023-12 Q18
    text = "overleg over de actualisering van het afsprakenkader uit 2018. Het geactualiseerde afsprakenkader"
    assert _facts(text, D("2023-12-01")) == [("2018", "2018-01-01", "2018-12-31", None)]


def test_year_of_a_relative_clause_does_not_date_the_main_clause() -> None:
    # dev-2023-12 Q21: the network was founded in 2022; it met in the autumn of the report year
    text = (
        "Het Vlaams-Nederlands Netwerk Digitale Weerbaarheid (VNNDW), dat in 2022 werd opgericht door Mediawijs "
        "en het Nederlandse Beeld en Geluid, kwam in het najaar twee keer samen, op 19 september in Hilversum en "
        "op 21 november 2023 in Brussel."
    )
    assert _facts(text, D("2023-12-01")) == [
        ("2022", "2022-01-01", "2022-12-31", None),
        ("najaar", "2023-09-01", "2023-11-30", None),
        ("19 september", "2023-09-19", "2023-09-19", None),
        ("21 november 2023", "2023-11-21", "2023-11-21", None),
    ]


def test_year_before_the_relative_clause_still_gives_the_year() -> None:
    # the clause opens after the year: "in 2022" dates the sentence, "mei" borrows it
    text = "In 2022 startte het netwerk, dat elf steden telt, en het kwam in mei samen."
    assert ("mei", "2022-05-01", "2022-05-31", None) in _facts(text, D("2023-12-01"))


@pytest.mark.parametrize(
    ("text", "report_date", "expected"),
    [
        # dev-2019-12 F17: "aanvang" is a begin, here of a school year (its first third, Sep-Dec)
        (
            "Bij de aanvang van het schooljaar 2019-2020 besliste de taskforce om het aanbod te spreiden.",
            D("2019-12-01"),
            [("aanvang van het schooljaar 2019-2020", "2019-09-01", "2019-12-31", None)],
        ),
        # dev-2021-12 J14: the second trimester of a school year is its middle third, Jan-Apr
        (
            "een volgende sessie wordt georganiseerd in het tweede trimester van het schooljaar 2021-2022.",
            D("2021-12-01"),
            [("tweede trimester van het schooljaar 2021-2022", "2022-01-01", "2022-04-30", None)],
        ),
        # dev-2019 E21: the end of that first trimester, its last third by days (122 days: from the 82nd)
        (
            "Het eindrapport is voorzien tegen het einde van het eerste trimester van het schooljaar 2019-2020.",
            D("2019-06-01"),
            [
                (
                    "tegen het einde van het eerste trimester van het schooljaar 2019-2020",
                    "2019-11-21",
                    "2019-12-31",
                    "by",
                )
            ],
        ),
        # dev-2019-12 F29: the end of a quarter is its last month
        (
            "COJCS levert zijn rapport op tegen het einde van het eerste kwartaal van 2020.",
            D("2019-12-01"),
            [("tegen het einde van het eerste kwartaal van 2020", "2020-03-01", "2020-03-31", "by")],
        ),
    ],
)
def test_parts_of_school_years_and_of_parts(text: str, report_date: date, expected: list) -> None:
    assert _facts(text, report_date) == expected


def test_end_of_a_year_is_not_nested() -> None:
    # "het einde van 2020" stays the last third of the year, as before
    assert _facts("tegen het einde van 2020", D("2019-12-01")) == [
        ("tegen het einde van 2020", "2020-09-01", "2020-12-31", "by")
    ]


@pytest.mark.parametrize(
    ("text", "report_date", "expected"),
    [
        # dev-2020-12 H51: "vanaf" is no "van" before a measure ("een campagne die vanaf 23/11")
        (
            "De VSK werkte mee aan een campagne die vanaf 23/11 via sociale media werd verspreid.",
            D("2020-12-01"),
            [("vanaf 23/11", "2020-11-23", "2020-11-23", "from")],
        ),
        # dev-2020-12 H42: the days a bracket lists before a day and month
        (
            "o.a. in Mechelen (5/10), Genk (13/10) en Brussel (27 en 28/10).",
            D("2020-12-01"),
            [
                ("5/10", "2020-10-05", "2020-10-05", None),
                ("13/10", "2020-10-13", "2020-10-13", None),
                ("27", "2020-10-27", "2020-10-27", None),
                ("28/10", "2020-10-28", "2020-10-28", None),
            ],
        ),
        # dev-2021-12 J05: what a report is about
        (
            "De tussentijdse rapportering over 2021 moet ten laatste op 31/1/2022 bij ABB binnen zijn.",
            D("2021-12-01"),
            [
                ("2021", "2021-01-01", "2021-12-31", None),
                ("ten laatste op 31/1/2022", "2022-01-31", "2022-01-31", "by"),
            ],
        ),
        # dev-2021-12 J16: a definite thing of a year
        (
            "De video's van 2021 werden op 30/11 meer dan 14.000 keer bekeken.",
            D("2021-12-01"),
            [("2021", "2021-01-01", "2021-12-31", None), ("30/11", "2021-11-30", "2021-11-30", None)],
        ),
        # dev-2022-12 M12: an annual report over two consecutive years covers a school year
        (
            "Op de vergadering van 30 juni werd het jaarverslag 2021-2022 goedgekeurd.",
            D("2022-12-01"),
            [("30 juni", "2022-06-30", "2022-06-30", None), ("2021-2022", "2021-09-01", "2022-08-31", None)],
        ),
        # dev-2021-12 J02: the summer recess is the summer
        (
            "Het eindrapport moet uiterlijk op 31 maart 2022 worden opgeleverd, zodat de Vlaamse Regering nog voor "
            "het zomerreces een geactualiseerd actieplan kan goedkeuren.",
            D("2021-12-01"),
            [
                ("uiterlijk op 31 maart 2022", "2022-03-31", "2022-03-31", "by"),
                ("voor het zomerreces", "2022-06-01", "2022-08-31", "before"),
            ],
        ),
    ],
)
def test_more_phrasings(text: str, report_date: date, expected: list) -> None:
    assert _facts(text, report_date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "een totaal van 2021 deelnemers",  # an indefinite "van" before a number measures
        "een bijdrage van 2021 euro",
        "De Week van de Mediawijsheid, die jaarlijks in het najaar plaatsvindt, trok veel scholen.",  # dev-2020-12 H51
        "38 vragen, tegenover 52 in dezelfde periode vorig jaar.",  # dev-2020-12 H47: not the calendar year
        "214 schoolgroepen, tegenover 96 in dezelfde periode van vorig jaar.",  # dev-2021-12 J14
    ],
)
def test_not_dates(text: str) -> None:
    assert _facts(text, D("2021-12-01")) == []


def test_other_annual_names_keep_calendar_years() -> None:
    # "editie 2021-2022" is annotated as two calendar years (dev-2021-12 J13); only jaar- compounds are school years
    assert _facts("de editie 2021-2022", D("2021-12-01")) == [("2021-2022", "2021-01-01", "2022-12-31", None)]


def test_a_span_of_years_gives_no_year_to_a_month_after_it() -> None:
    # dev-2020-12 H48: the extension covers 2021-2022; it goes to the minister this December (the report's)
    text = "een verlenging voor de jaren 2021-2022 is in voorbereiding en wordt tegen midden december voorgelegd."
    assert _facts(text, D("2020-12-01")) == [
        ("2021-2022", "2021-01-01", "2022-12-31", None),
        ("tegen midden december", "2020-12-11", "2020-12-20", "by"),
    ]


def test_a_school_year_still_gives_its_year() -> None:
    # September to December in its first year, January to August in its second
    text = "In het schooljaar 2021-2022 kwam de stuurgroep samen in oktober en in maart."
    assert [f[1] for f in _facts(text, D("2022-12-01"))] == ["2021-09-01", "2021-10-01", "2022-03-01"]
