"""Shared Dutch vocabulary and number notation for the date and amount extractors.

Dutch notation: "." groups thousands and "," is the decimal mark ("344.575,62").
Month names (``pipeline.vocabulary.MONTHS``) come with the abbreviations the reports use ("jan", "sept", "okt").

Owns: Dutch number notation and number words, seasons, and the month/season/year arithmetic the date
and amount extractors share.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from pipeline.vocabulary import MONTHS

# Longest first so that the regex alternation prefers "september" over "sep".
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

SEASONS: dict[str, str] = {
    "voorjaar": "spring",
    "lente": "spring",
    "zomer": "summer",
    "najaar": "autumn",
    "herfst": "autumn",
    "winter": "winter",
    "zomermaanden": "summer",  # "tijdens de zomermaanden": the summer season
    "zomerreces": "summer",  # "nog voor het zomerreces": the summer the parliament breaks for
    "wintermaanden": "winter",
}
SEASON_RE = "|".join(sorted(SEASONS, key=len, reverse=True))

NUMBER_WORDS: dict[str, int] = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "honderd": 100,
}

MULTIPLIERS: dict[str, float] = {
    "duizend": 1e3,
    "k": 1e3,
    "m": 1e6,  # "€ 2,5 m", "1,5 M€"
    "miljoen": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "miljard": 1e9,
    "mld": 1e9,
}

_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_THOUSANDS_SPACE = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+$")  # "200,000": English grouping


def month_number(word: str) -> int | None:
    """Month number of a Dutch month name or abbreviation ("sept." -> 9)."""
    return MONTHS.get(word.lower().rstrip("."))


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, last_day(year, month))


def season_bounds(season_word: str, year: int) -> tuple[date, date]:
    """Meteorological season: winter runs December..February of the next year."""
    kind = SEASONS[season_word.lower()]
    if kind == "spring":
        return date(year, 3, 1), date(year, 5, 31)
    if kind == "summer":
        return date(year, 6, 1), date(year, 8, 31)
    if kind == "autumn":
        return date(year, 9, 1), date(year, 11, 30)
    return date(year, 12, 1), date(year + 1, 2, last_day(year + 1, 2))


def expand_year(text: str, pivot: int = 2000) -> int:
    """'17' -> 2017, '2017' -> 2017 ('98' -> 1998: two digits above 50 are last century)."""
    value = int(text)
    if len(text) >= 3:
        return value
    return pivot + value if value <= 50 else 1900 + value


def parse_dutch_number(text: str) -> float | None:
    """'344.575,62' -> 344575.62; '1,2' -> 1.2; '200 000' -> 200000; '15.000,-' -> 15000."""
    s = text.strip().rstrip("-").rstrip(",").strip()
    if not s:
        return None
    if _THOUSANDS_DOT.match(s) or _THOUSANDS_SPACE.match(s):
        s = re.sub(r"[.\s\u00a0\u202f]", "", s)
    elif _THOUSANDS_COMMA.match(s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+\.\d{1,2}", s):
        pass  # a lone "12.5" is a decimal point written English-style
    elif not re.fullmatch(r"\d+(?:,\d+)?", s):
        return None
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None
