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
