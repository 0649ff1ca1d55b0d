"""Property tests: generated Dutch dates and amounts round-trip; spans always slice to raw.

Run: .venv/bin/python -m pytest tests/test_extract_properties.py -q
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.amounts import find_amounts, parse_amount
from pipeline.extract.dates import find_dates

REPORT_DATE = date(2017, 12, 1)
MONTH_NAMES = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTH_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
FAST = settings(max_examples=200, deadline=None)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2039, 12, 31))
sentences = st.sampled_from(
    [
        "Op {} vond de studiedag plaats.",
        "De werkgroep kwam samen ({}).",
        "- {}: overleg",
        "Er werd {} een bijeenkomst georganiseerd",
        "{}",
    ]
)


def _day_form(d: date, form: int) -> str:
    return [
        f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year % 100:02d}",
        f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}",
    ][form]


@FAST
@given(days, st.integers(0, 4), sentences)
def test_single_days_round_trip(d: date, form: int, sentence: str) -> None:
    expr = _day_form(d, form)
    text = sentence.format(expr)
    (f,) = find_dates(text, REPORT_DATE)
    assert (f.raw, f.start, f.end, f.granularity) == (expr, d, d, "day")
    assert text[f.char_start : f.char_end] == f.raw


@FAST
@given(days, st.integers(1, 20), st.integers(0, 3), sentences)
def test_day_ranges_round_trip(d: date, length: int, form: int, sentence: str) -> None:
    last = calendar.monthrange(d.year, d.month)[1]
    d2 = min(d + timedelta(days=length), date(d.year, d.month, last))
    if d2 == d:
        return
    m = MONTH_NAMES[d.month - 1]
    expr = [
        f"{d.day}-{d2.day}/{d.month}/{d.year}",
        f"{d.day} tot en met {d2.day} {m} {d.year}",
        f"{d.day}/{d.month}-{d2.day}/{d.month}/{d.year}",
        f"{d.day}/{d.month}/{d.year} tot {d2.day}/{d2.month}/{d2.year}",
    ][form]
    text = sentence.format(expr)
    (f,) = find_dates(text, REPORT_DATE)
    assert (f.raw, f.start, f.end, f.granularity) == (expr, d, d2, "day")


@FAST
@given(st.integers(2000, 2039), st.integers(1, 12), st.integers(0, 3), sentences)
def test_months_and_parts_round_trip(year: int, month: int, form: int, sentence: str) -> None:
    last = calendar.monthrange(year, month)[1]
    name = MONTH_NAMES[month - 1]
    expr, start, end, gran = [
        (f"{name} {year}", date(year, month, 1), date(year, month, last), "month"),
        (f"begin {name} {year}", date(year, month, 1), date(year, month, 10), "part_of_month"),
        (f"midden {name} {year}", date(year, month, 11), date(year, month, 20), "part_of_month"),
        (f"eind {name} {year}", date(year, month, 21), date(year, month, last), "part_of_month"),
    ][form]
    text = sentence.format(expr)
    (f,) = find_dates(text, REPORT_DATE)
    assert (f.raw, f.start, f.end, f.granularity) == (expr, start, end, gran)


@FAST
@given(st.integers(2000, 2038), st.integers(0, 5))
def test_years_seasons_school_years_round_trip(year: int, form: int) -> None:
    expr, start, end, gran = [
        (f"voorjaar {year}", date(year, 3, 1), date(year, 5, 31), "season"),
        (f"najaar van {year}", date(year, 9, 1), date(year, 11, 30), "season"),
        (f"schooljaar {year}-{year + 1}", date(year, 9, 1), date(year + 1, 8, 31), "school_year"),
        (f"{year}-{year + 1}", date(year, 1, 1), date(year + 1, 12, 31), "years"),
        (f"begin {year}", date(year, 1, 1), date(year, 4, 30), "part_of_year"),
        (f"eind {year}", date(year, 9, 1), date(year, 12, 31), "part_of_year"),
    ][form]
    text = f"Dit gebeurt in het {expr} in Gent."
    (f,) = find_dates(text, REPORT_DATE)
    assert (f.raw, f.start, f.end, f.granularity) == (expr, start, end, gran)


def _dutch(cents: int, with_cents: bool) -> str:
    """1234567 cents -> '12.345,67' (Dutch grouping)."""
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", ".")
    return f"{grouped},{rest:02d}" if with_cents else grouped


@FAST
@given(st.integers(1, 10**10), st.booleans(), st.integers(0, 6), st.sampled_from(["budget", "text"]))
def test_amounts_round_trip(cents: int, with_cents: bool, form: int, location: str) -> None:
    if not with_cents:
        cents -= cents % 100
        if cents == 0:
            return
    num = _dutch(cents, with_cents)
    raw = [f"€{num}", f"€ {num}", f"{num} euro", f"{num} €", f"EUR {num}", f"{num} EUR", f"{num} euro"][form]
    text = f"**{raw}**" if form == 6 else f"Hiervoor werd {raw} (totaal) voorzien."
    (f,) = find_amounts(text, location)
    assert (f.raw, f.amount_eur, f.location) == (raw, cents / 100, location)
    assert text[f.char_start : f.char_end] == f.raw
    assert parse_amount(raw) == cents / 100


@FAST
@given(st.integers(1, 999), st.integers(0, 9), st.sampled_from(["miljoen", "miljard"]))
def test_multiplier_amounts(units: int, tenth: int, word: str) -> None:
    raw = f"{units},{tenth} {word} euro"
    factor = 10**6 if word == "miljoen" else 10**9
    assert parse_amount(raw) == round((units * 10 + tenth) * factor / 10, 2)


@FAST
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_and_spans_slice(text: str) -> None:
    for f in find_dates(text, REPORT_DATE):
        assert text[f.char_start : f.char_end] == f.raw
        assert (
            f.start is None
            or f.end is None
            or f.granularity
            in ("day", "month", "part_of_month", "season", "part_of_year", "year", "school_year", "years")
        )
    for loc in ("text", "budget"):
        for a in find_amounts(text, loc):
            assert text[a.char_start : a.char_end] == a.raw
            assert a.amount_eur is None or a.amount_eur >= 0


@FAST
@given(
    st.lists(
        st.sampled_from(
            [
                "op ",
                "12",
                "/",
                "5",
                "2017",
                " tot ",
                "-",
                " en ",
                "euro",
                "€",
                "1.000",
                ",5",
                " mei ",
                "eind ",
                "najaar ",
                "schooljaar ",
                "sinds ",
                "(",
                ")",
                " miljoen ",
                "VTE",
                "\n",
                "- ",
            ]
        ),
        max_size=30,
    )
)
def test_date_and_money_shaped_noise_never_crashes(parts: list[str]) -> None:
    text = "".join(parts)
    for f in find_dates(text, REPORT_DATE):
        assert text[f.char_start : f.char_end] == f.raw
    for a in find_amounts(text, "budget"):
        assert text[a.char_start : a.char_end] == a.raw
