"""Dutch date expressions -> DateFact (start, end, granularity, planned).

Owns: the date rules (atoms, periods, relations, planned) and the dateparser baseline; the month names
come from ``pipeline.vocabulary``.

How it works
------------
The core is an own regex grammar in three passes, all linear in the text:

1. *Atoms*: days ("16 januari 2015", "2/2/2017", "10/10/17", "24" before a
   connector), months ("februari 2017", "mei" after a temporal word), parts of
   periods ("eind november 2017", "begin 2017"), seasons ("voorjaar 2018"),
   school years, year ranges ("2016-2018") and bare years (kept only after a
   temporal word such as "in", "sinds", "tot", or when joined to another atom).
   Atoms may be incomplete (a day without month, a month without year).
   Deictic calendar periods ("dit jaar", "eind dit jaar", "volgend schooljaar",
   "vorige maand") are resolved against the report date. A day introduced by
   "de week van" / "de weken van" names its week, Monday to Sunday.
2. *Combination*: neighbouring atoms joined by a range connector ("tot (en met)",
   "-", "t/m", "tussen .. en", "van .. tot") become one record; joined by "," /
   "en" they stay one record each (enumeration), and the incomplete ones borrow
   month/year from the right-most complete one ("18, 22 en 23/5/2017").
3. *Relation*: ``start``/``end`` always bound the period the expression itself
   names (TimeML's TIMEX3 value): "sinds 1 oktober 2016" is 2016-10-01..2016-10-01,
   "tot eind december 2017" 2017-12-21..2017-12-31. The word before it goes to
   ``relation`` (since, from, until, by, before, after) and stays in ``raw``, so an
   open interval is derived (``since``/``from``: [start, open); ``until``/``by``/
   ``before``: (open, end]), never stored in place of the period. A closed range
   ("van 1/1/2015 tot 30/6/2016") is one record with relation None. "in de loop van"
   is kept in ``raw``. Years that modify a period-bound thing ("jaarverslag 2016",
   "Middelen 2017:", "200.000 euro (2017)", "editie 2017") are dates; years glued
   into names and codes ("ET2020", "VR 2017 1703", "BS 2017/123") are not. A missing year comes from the nearest
   explicit year earlier in the same paragraph, else from the report date.

``planned`` is true when the period starts after the report date, when the
nearest tense marker in the sentence is a future one ("zal", "gepland", ...), or
when an until/by/from period ends after the report date ("tot en met 2019").

What dateparser adds (measured with the dev gold, see tests/test_dates.py::test_score_dev)
-----------------------------------------------------------------------------------------
dateparser is only a fallback normaliser for "<day> <word> <year>" where the word
is not in our month table (unusual spellings). Languages are fixed to ["nl"], the
settings dict is built once and results are cached with functools.lru_cache. The
first fallback call costs ~90 ms (dateparser loads its Dutch locale), later calls
with the same string ~1 µs. On the dev gold (191 dates) it changes 0 facts: the
report spells every month the way our table does, and dateparser itself does not
know "febr."/"sept." or misspellings such as "feburari", so its real contribution
is small; the test asserts the with/without scores are identical. The whole
report (174 kB) through ``find_dates`` takes ~90 ms either way.
``dateparser_baseline`` (search_dates on each text, each hit a day) scores
P 0.35 / R 0.46 / F1 0.40 on the dev gold and takes ~0.5 s on the dev texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from pipeline.extract.numbers import (
    MONTH_RE,
    SEASON_RE,
    SEASONS,
    expand_year,
    last_day,
    month_bounds,
    month_number,
    season_bounds,
)
from pipeline.vocabulary import MONTH_NAMES, MONTHS

GRANULARITIES = (
    "day",
    "month",
    "part_of_month",
    "season",
    "part_of_year",
    "year",
    "school_year",
    "years",
)


@dataclass(frozen=True)
class DateFact:
    raw: str
    start: date | None
    end: date | None
    granularity: str
    planned: bool
    char_start: int
    char_end: int
    # What the phrasing adds to the named period: since, from, until, by, before, after; None when nothing.
    relation: str | None = None


RELATIONS = ("since", "from", "until", "by", "before", "after")


@dataclass(frozen=True)
class _Atom:
    """A date expression before combination; day/month/year may still be missing."""

    s: int
    e: int
    kind: str  # day, month, part, season, year, school_year, years
    day: int | None = None
    month: int | None = None
    year: int | None = None
    part: str | None = None  # begin/midden/eind
    season: str | None = None
    year2: int | None = None  # second year of a school year / year range
    triggered: bool = True  # False: bare year or bare day that needs a partner
    modifier: bool = False  # a year that modifies a thing ("jaarverslag 2020"): what it is about, not when


# --- grammar --------------------------------------------------------------------

_B = r"(?<![\w/.-])"  # left boundary: not glued to a word, a code or another date
_BN = r"(?<![\w/.])"  # same for d/m/y dates, which may follow a day range dash: "2-4/11/2016"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MON = rf"(?:{MONTH_RE})\.?(?![\w])"
_MON_FULL = r"(?:" + "|".join(MONTH_NAMES) + r")(?!\w)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# A two-digit year after a month name only where a number could not be a count.
_YY = r"'?\d{2}(?=\s*[.,;:)\]]|\s*$|\s+[A-Z(]|\s+(?:in|te|op|en|werd|vond|tot)\b)"
_TEMPORAL = (
    r"(?:in|sinds|vanaf|tot(?:\s+en\s+met)?|tegen|voor|na|begin|midden|eind|einde"
    r"|medio|tijdens|jaar|loop\s+van|t\.e\.m\.|t/m|gedurende|vóór|per|sedert)"
)
_PART = r"(?P<part>begin|aanvang|midden|eind|einde|medio|half|eind-|begin-|midden-)"
# "werd verplaatst naar 2021", "uitgesteld naar het voorjaar": what a thing is moved to lies ahead
_MOVED_TO_WORDS = r"(?:verplaatst|verschoven|uitgesteld|doorgeschoven)\s+naar"

_RE_NUMDATE = re.compile(
    rf"{_BN}(?P<d>{_DAY})(?P<sep>[/.-])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?![\d/])"
)
_RE_DAY_MONTH = re.compile(rf"{_BN}(?P<d>{_DAY})(?:ste|de|e)?\s+(?P<m>{_MON})(?:\s+(?P<y>{_YEAR}|{_YY})(?!\d))?", re.I)
_RE_DM_NOYEAR = re.compile(rf"{_BN}(?P<d>{_DAY})/(?P<m>1[0-2]|0?[1-9])(?![\d/])")
# ("de vergadering van 14/9": "van" before a day names the day of a thing; "1/3 van de scholen" is refused below)
_RE_DM_TRIGGER = re.compile(r"(?<!\w)(?:op|sinds|vanaf|tot|t\.e\.m\.|t/m|tegen|vóór|uiterlijk|van)\s+$", re.I)
_BRACKET_DAYS_BEFORE = re.compile(rf"\((?:{_DAY}\s*(?:,|en|-|–)\s*)*$")
_MEASURE_BEFORE = re.compile(r"(?<!\w)een\s+(?:\w+\s+)?\w+\s+$", re.I)
_RE_FRACTION_AFTER = re.compile(r"\s*(?:van\b|%|ste\b|de\b|e\b)", re.I)
_RE_PART = re.compile(
    rf"(?<!\w){_PART}\s*(?:van\s+)?(?:het\s+(?:werkings|kalender|boek)?jaar\s+|de\s+maand\s+)?"
    rf"(?:(?P<m>{_MON_FULL})(?:\s+(?P<y>{_YEAR}))?|(?P<yo>{_YEAR})(?!\d))",
    re.I,
)
_RE_MONTH_YEAR = re.compile(rf"(?<!\w)(?P<m>{_MON})\s+(?:van\s+)?(?P<y>{_YEAR}|'\d{{2}})(?!\d)", re.I)
_RE_MONTH_BARE = re.compile(
    rf"(?:(?<!\w)(?P<trig>{_TEMPORAL}|van|en|of|tussen|maand|maanden)\s+|(?P<comma>,)\s*)(?P<core>(?P<m>{_MON_FULL}))",
    re.I,
)
# A month named with no trigger word but joined to a fuller one ("de zomermaanden juli en augustus 2018"):
# a date only inside that chain.
# (abbreviated with a dot too: "okt. – dec. 2020")
_MON_NAMED = rf"(?:{_MON_FULL}|(?:{MONTH_RE})\.)"
_RE_MONTH_CHAINED = re.compile(
    rf"(?<!\w)(?P<m>{_MON_NAMED})(?=\s*(?:,|en|tot(?:\s+en\s+met)?|t/m|-|–)\s*(?:\d{{1,2}}\s+)?{_MON_NAMED})", re.I
)

# "in de week van 5 oktober 2020", "in de weken van 22 juni, 14 september en 9 november": each day names its week
# (Monday to Sunday; TIMEX3 gives such a phrase a week's value), the ones after the first too.
_WEEK_OF = re.compile(
    rf"(?<!\w)(?:week|weken)\s+van\s+(?:{_DAY}(?:\s+{_MON})?(?:\s+{_YEAR})?\s*(?:,|en|,\s*en)\s+)*$", re.I
)
_RE_SEASON = re.compile(rf"(?<!\w)(?P<m>{SEASON_RE})(?:\s+van)?\s+(?P<y>{_YEAR}|'\d{{2}})(?!\d)", re.I)
# A frequency word before a season without a year makes it recur ("jaarlijks in het najaar", "elk jaar in de zomer").
_RECURRING_BEFORE = re.compile(r"(?<!\w)(?:jaarlijks|elk\s+jaar|ieder\s+jaar|telkens)\s+$", re.I)
_RE_SEASON_BARE = re.compile(
    rf"(?<!\w)(?:in|tijdens|na|voor|vóór|tegen|vanaf|sinds|tot|in\s+de\s+loop\s+van"
    # "werd verplaatst naar het voorjaar": the season a thing is moved to
    rf"|{_MOVED_TO_WORDS})\s+(?:het|de|deze|dit)\s+"
    rf"(?P<core>(?P<m>{SEASON_RE}))(?!\w)",
    re.I,
)
# "tot en met het einde van het schooljaar 2018-2019": the thirds of a school year (Sep-Dec, Jan-Apr,
# May-Aug), as "eind 2018" is the last third of a calendar year; its trimesters are those thirds ("in het tweede
# trimester van het schooljaar 2021-2022").
_SCHOOL_TERMS = {"eerste": "begin", "1ste": "begin", "tweede": "midden", "2de": "midden", "derde": "eind"}
_SCHOOL_TERMS |= {"3de": "eind", "laatste": "eind"}
_RE_SCHOOL_PART = re.compile(
    rf"(?<!\w)(?:{_PART}|(?P<term>{'|'.join(_SCHOOL_TERMS)})\s+trimester)"
    rf"\s+van\s+het\s+(?:school|academie|werk)jaar\s+(?P<y1>{_YEAR})\s*[-–/]\s*"
    rf"(?P<y2>{_YEAR}|'?\d{{2}})(?!\d)",
    re.I,
)
# Meetings and editions, and their compounds ("Platformvergadering", "stuurgroepoverleg"): "het comité van
# oktober" is dated by its month.
_EVENT_NOUNS = r"vergadering|bijeenkomst|meeting|editie|sessie|overleg|comité|groep|commissie|platform"
# "de vergadering van september", "de werkgroep van november": a meeting, a meeting body's session or an edition
# dated by a month (a bare "van mei" is not a date).
_RE_MONTH_OF_EVENT = re.compile(
    rf"(?<!\w)\w*(?:{_EVENT_NOUNS})\s+van\s+(?P<core>(?P<m>{_MON_FULL}))",
    re.I,
)
# "aan alle vergaderingen, behalve aan die van maart": the pronoun stands for the meeting noun before it
# "kwam maandelijks samen, met uitzondering van juli en augustus": the months a recurring thing skips are dates
_RE_MONTH_EXCEPTED = re.compile(
    rf"(?<!\w)(?:uitzondering\s+van|behalve(?:\s+in)?)\s+(?P<core>(?P<m>{_MON_FULL}))(?!\s+\d)", re.I
)
_RE_MONTH_OF_PRONOUN = re.compile(rf"(?<!\w)(?:die|diegene|degene)\s+van\s+(?P<core>(?P<m>{_MON_FULL}))", re.I)
_RE_EVENT_NOUN = re.compile(rf"(?:{_EVENT_NOUNS})\w*", re.I)
# Flemish school holidays ("herfstvakantie"): a named stretch of days, its year from the context.
_OWN_DAYS_AFTER = re.compile(r"\s*\(\s*\d{1,2}[/.-]\d{1,2}")
_RE_HOLIDAY = re.compile(
    r"(?<!\w)(?P<h>herfst|kerst|krokus|paas|zomer)vakantie(?:\s+(?:van\s+)?(?P<y>(?:19[5-9]\d|20[0-4]\d)))?(?!\w)",
    re.I,
)
# ("schooljaar '20-'21", "sj. 2021-22": two-digit years and the abbreviation schools print; the years must follow)
_RE_SCHOOL = re.compile(
    rf"(?<!\w)(?:(?:school|academie|werk)jaar|sj\.|seizoen|speelseizoen|sportseizoen)\s+(?P<y1>{_YEAR}|'?\d{{2}})"
    rf"\s*[-–/]\s*(?P<y2>{_YEAR}|'?\d{{2}})(?!\d)",
    re.I,
)
# "(schooljaren 2023-2024 en 2024-2025)": each range the plural noun lists is a school year of its own.
_YEAR_PAIR = rf"{_YEAR}\s*[-–/]\s*(?:{_YEAR}|'?\d{{2}})(?!\d)"
_RE_SCHOOL_LIST = re.compile(
    rf"(?<!\w)(?:school|academie|werk)jaren\s+(?P<list>{_YEAR_PAIR}(?:\s*(?:,\s*en|,|en)\s*{_YEAR_PAIR})*)", re.I
)
_RE_PAIR = re.compile(rf"(?P<y1>{_YEAR})\s*[-–/]\s*(?P<y2>{_YEAR}|'?\d{{2}})(?!\d)")
# Halves and quarters of a year: "eerste jaarhelft van 2018", "tweede semester 2017", "derde kwartaal 2018".
_ORDINALS = {"eerste": 1, "1ste": 1, "tweede": 2, "2de": 2, "derde": 3, "3de": 3, "vierde": 4, "4de": 4, "laatste": 4}
_RE_HALF = re.compile(
    rf"(?<!\w)(?P<n>{'|'.join(_ORDINALS)})\s+(?P<unit>jaarhelft|helft|semester|kwartaal|trimester)"
    rf"(?:\s+van)?(?:\s+(?:het\s+jaar\s+)?(?P<y>{_YEAR}))(?!\d)",
    re.I,
)
_RE_QUARTER = re.compile(rf"{_B}Q(?P<n>[1-4])\s+(?P<y>{_YEAR})(?!\d)")
# ("2017-'18", and "2017/2018" or "2017/18" for two consecutive years only: "BS 2017/123" is a code)
_RE_YEARS = re.compile(rf"{_B}(?P<y1>{_YEAR})\s*(?P<sep>[-–/])\s*(?P<y2>{_YEAR}|'?\d{{2}})(?![\d/-])")
_RE_YEAR = re.compile(rf"{_B}(?P<y>{_YEAR})(?![\w/-]|[.,]\d)")
_RE_TRIGGER_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{_TEMPORAL}|het\s+jaar|in\s+de\s+loop\s+van|van\s+het\s+jaar"
    # "werd verplaatst naar 2021": the year a thing is moved to; "het afsprakenkader uit 2018": the year a thing
    # dates from
    rf"|{_MOVED_TO_WORDS}|uit)(?:\s+(?:heel|geheel))?\s+$",
    re.I,
)
# A year that modifies a period-bound thing is a date: an annual report or accounts ("jaarverslag (van)
# 2016"), a report round, a budget year ("Middelen 2017:", "begroting 2018"), an edition ("editie 2017").
_PERIOD_NOUN = (
    r"jaarverslag\w*|jaarrapport\w*|jaarrekening\w*|jaarprogramma\w*|jaarplan\w*|activiteitenverslag\w*"
    r"|werkingsverslag\w*|rapportage|rapportering\w*|verslag|begroting\w*|\w*jaar"
    r"|editie|\w*middelen|\w*budget|subsidie\w*|werking|kalenderjaar|boekjaar|dienstjaar|\w*oproep|campagne"
    # (compounds too: "werkingsmiddelen 2020", "projectbudget 2021"; a meeting of a year: "de eerste
    # Platformvergadering van 2021")
    r"|\w*vergadering"
)
# ("de tussentijdse rapportering over 2021": what a report is about)
_RE_MODIFIED_BEFORE = re.compile(rf"(?<!\w)(?:{_PERIOD_NOUN})(?:\s+(?:van|over))?\s+$", re.I)
# "De video's van 2021 werden ... bekeken": a definite thing "of" a year is dated by it (an indefinite "een
# totaal van 2021" or "van 2021 euro" would be a number).
_RE_THING_OF_YEAR = re.compile(r"(?<!\w)(?:de|het|die|deze)\s+[\w'’-]+\s+van\s+$", re.I)
_CURRENCY_AFTER = re.compile(r"\s*(?:€|eur)", re.I)
# "het jaarverslag 2021-2022", "werkingsjaar 2020-2021": an annual thing named by two consecutive years runs
# over a school or working year, not over two calendar years.
_RE_ANNUAL_BEFORE = re.compile(r"(?<!\w)(?:jaar\w+|werkingsjaar)(?:\s+van)?\s+$", re.I)
# "200.000 euro (2017)", "Middelen 2017:": a bare year in parentheses of its own, or a year heading a colon.
_RE_YEAR_ALONE = re.compile(rf"\(\s*{_YEAR}\s*\)|(?<![\d/.-]){_YEAR}\s*:")
# Bare days that open a chain: "18, 22 en 23/5/2017", "24 tot en met 28 juli", "2-4/11/2016".
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_RE_BARE_DAY = re.compile(
    rf"{_B}(?P<d>{_DAY})(?=\s*(?:,|en\b|tot\s+en\s+met\b|tot\b|t/m|t\.e\.m\.|-|–)\s*(?:{_WEEKDAY}\s+)?\d)", re.I
)

_RANGE_SEP = re.compile(r"\s*(?:-|–|—|tot\s+en\s+met|tot|t/m|t\.e\.m\.?|à)\s*", re.I)
_ENUM_SEP = re.compile(r"\s*(?:,|en|of|,\s*en)\s*", re.I)
_BETWEEN = re.compile(r"(?:^|\W)(?P<w>tussen|van|periode)\s+$", re.I)
# The word before a single period that says how the thing relates to it (CONVENTIONS: TIMEX3 value
# plus a relation); the period itself stays the one the expression names.
_RELATION_WORDS = (
    ("since", r"sinds|sedert"),
    ("from", r"vanaf|met\s+ingang\s+van|ten\s+vroegste?"),
    ("until", r"tot\s+en\s+met|t\.e\.m\.?|t/m|tot"),
    ("by", r"tegen|uiterlijk|ten\s+laatste|voor\s+uiterlijk"),
    ("before", r"vóór"),
    ("after", r"na\s+afloop\s+van|na"),
)
_RELATION = re.compile(
    r"(?:^|\W)(?P<w>(?:"
    + "|".join(f"(?P<{name}>{words})" for name, words in _RELATION_WORDS)
    # "uiterlijk op 31 januari", "ten laatste in juni 2018": a plain "in"/"op" may stand between.
    + r")\s+(?:(?:in|op)\s+)?(?:het\s+|de\s+)?)$",
    re.I,
)
# Plain "voor" is mostly "for" in the report ("gepland voor januari 2018", "voor het schooljaar 2017-2018",
# "is voor 2018"); it means "before" only before a part of a period, a season or a day ("voor de zomer",
# "voor eind 2017", "voor 1 maart 2018"), and not after a verb of planning or a noun it belongs to.
_VOOR = re.compile(r"(?:^|\W)(?P<w>voor\s+(?:het\s+|de\s+)?)$", re.I)
_PLANNED_FOR = r"(?:in)?geplande?|vooropgestelde?|geagendeerde?|voorziene?|vastgelegde?|voorbereide?"
_VOOR_IS_FOR = re.compile(
    rf"(?:{_PLANNED_FOR}|verlengd|bestemd|budget|middelen|subsidie\w*|euro|periode|"
    r"ingediend|kandidaturen|uitgebreid|is|zijn|was|waren|wordt|worden)\s*$",
    re.I,
)
# "Een vergadering die voor eind april 2020 gepland was", "een voor 24 april 2020 geplande studiedag": the
# participle of planning after the date (Dutch puts it last) makes "voor" the date a thing was set for.
_PLANNED_AFTER = re.compile(rf"\s*(?:\w+\s+)?(?:{_PLANNED_FOR})\b", re.I)
_VAN_AF = re.compile(r"(?:^|\W)(?P<w>van\s+(?:de\s+|het\s+)?)$", re.I)
_AF_AFTER = re.compile(r"\s+af\b", re.I)
_LOOP = re.compile(r"(?:^|\W)(?P<w>in\s+de\s+loop\s+van\s+(?:het\s+|de\s+(?:maand\s+)?)?)$", re.I)

_FUTURE = re.compile(
    r"\b(?:zal|zullen|zult|zou|zouden|gepland|geplande|plant|plannen|binnenkort|"
    r"komende|volgend|volgende\s+jaar|voorzien|nog\s+te|verwacht|gaat|gaan)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:werd|werden|kwam|kwamen|vond|vonden|was|waren|had|hadden|heeft|hebben|"
    r"reeds|al|inmiddels|ging|gingen|liep|liepen|startte|startten|nam|namen|"
    r"is\s+\w+d|zijn\s+\w+d|sinds)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n|</p>|<li>|•")


# Words a pattern cannot match without: a text holding none of them is not scanned by it (most texts name no
# season, holiday or half-year; a third name no month). Looked for in the lower-cased text where the pattern
# ignores case; where a character folds apart from lower() (İ, ı, ſ match i and s under re.I), every pattern runs.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    **dict.fromkeys((_RE_DAY_MONTH, _RE_MONTH_YEAR), tuple(MONTHS)),
    **dict.fromkeys((_RE_MONTH_BARE, _RE_MONTH_OF_EVENT, _RE_MONTH_OF_PRONOUN), tuple(MONTH_NAMES)),
    _RE_MONTH_CHAINED: tuple(MONTHS),
    **dict.fromkeys((_RE_SEASON, _RE_SEASON_BARE), tuple(SEASONS)),
    _RE_SCHOOL: ("jaar", "seizoen", "sj."),
    _RE_SCHOOL_LIST: ("jaren",),
    _RE_SCHOOL_PART: ("jaar",),
    _RE_HALF: ("helft", "semester", "kwartaal", "trimester"),
    _RE_HOLIDAY: ("vakantie",),
    _RE_QUARTER: ("Q",),  # case-sensitive
}
_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")


def _scanner(text: str):
    """``finditer`` over ``text`` that skips a pattern of ``_NEEDS`` when none of its words is in the text."""
    low = None if _FOLDS_APART.search(text) else text.lower()

    def finditer(regex: re.Pattern[str]):
        needed = _NEEDS.get(regex)
        if needed and low is not None:
            haystack = low if regex.flags & re.IGNORECASE else text
            if not any(word in haystack for word in needed):
                return iter(())
        return regex.finditer(text)

    return finditer


# --- atoms ----------------------------------------------------------------------


def _atoms(text: str) -> list[_Atom]:
    found: list[_Atom] = []
    finditer = _scanner(text)
    for m in _RE_NUMDATE.finditer(text):
        y = m["y"]
        if m["sep"] != "/" and len(y) != 4:
            continue  # "1.5.17" or "3-4-17": too easily a version or score
        found.append(_Atom(m.start(), m.end(), "day", int(m["d"]), int(m["m"]), expand_year(y)))
    for m in finditer(_RE_DAY_MONTH):
        y = expand_year(m["y"].lstrip("'")) if m["y"] else None
        found.append(_Atom(m.start(), m.end(), "day", int(m["d"]), month_number(m["m"]), y))
    for m in _RE_DM_NOYEAR.finditer(text):
        trigger = _RE_DM_TRIGGER.search(text, max(0, m.start() - 12), m.start())
        # "in Turnhout (22/9) en in Sint-Niklaas (13/10)": a day and month alone in brackets date what stands
        # before, and so do the days the bracket lists before it ("Brussel (27 en 28/10)")
        opened = _BRACKET_DAYS_BEFORE.search(text, max(0, m.start() - 24), m.start())
        bracketed = bool(opened) and text[m.end() : m.end() + 1] == ")"
        bracketed = bracketed and not _MEASURE_BEFORE.search(text, max(0, opened.start() - 30), opened.start())
        trig = (bool(trigger) or bracketed) and not _RE_FRACTION_AFTER.match(text, m.end())
        if trigger and trigger.group(0).split()[0].lower() == "van":  # (not "vanaf")
            # "de vergadering van 14/9" dates a thing; "een score van 3/4", "een meerderheid van 2/3" measure one
            trig = trig and not _MEASURE_BEFORE.search(text, max(0, trigger.start() - 30), trigger.start())
        found.append(_Atom(m.start(), m.end(), "day", int(m["d"]), int(m["m"]), None, triggered=trig))
    for m in _RE_BARE_DAY.finditer(text):
        found.append(_Atom(m.start(), m.end(), "day", int(m["d"]), triggered=False))
    for m in _RE_PART.finditer(text):
        part = _part_name(m["part"])
        if m["yo"]:
            found.append(_Atom(m.start(), m.end(), "part", year=int(m["yo"]), part=part))
        else:
            y = int(m["y"]) if m["y"] else None
            found.append(_Atom(m.start(), m.end(), "part", month=month_number(m["m"]), year=y, part=part))
    for m in finditer(_RE_HALF):
        n, unit = _ORDINALS[m["n"].lower()], m["unit"].lower()
        halves = unit in ("jaarhelft", "helft", "semester")
        if halves and m["n"].lower() == "laatste":
            n = 2
        if n <= (2 if halves else 4):
            found.append(_Atom(m.start(), m.end(), "part", year=int(m["y"]), part=f"{'h' if halves else 'q'}{n}"))
    for m in finditer(_RE_QUARTER):
        found.append(_Atom(m.start(), m.end(), "part", year=int(m["y"]), part=f"q{m['n']}"))
    for m in finditer(_RE_MONTH_YEAR):
        found.append(
            _Atom(m.start(), m.end(), "month", month=month_number(m["m"]), year=expand_year(m["y"].lstrip("'")))
        )
    for m in finditer(_RE_MONTH_BARE):
        trig = (m["trig"] or m["comma"]).lower()
        found.append(
            _Atom(
                m.start("core"),
                m.end("core"),
                "month",
                month=month_number(m["m"]),
                # ", maart en april 2018": only in a chain
                triggered=trig not in ("van", "en", "of", ","),
            )
        )
    for m in finditer(_RE_MONTH_CHAINED):
        found.append(_Atom(m.start(), m.end(), "month", month=month_number(m["m"]), triggered=False))
    for m in finditer(_RE_SEASON):
        found.append(_Atom(m.start(), m.end(), "season", year=expand_year(m["y"].lstrip("'")), season=m["m"].lower()))
    for m in finditer(_RE_SEASON_BARE):
        if _RECURRING_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "die jaarlijks in het najaar plaatsvindt": every autumn, a frequency, not a date
        found.append(_Atom(m.start("core"), m.end("core"), "season", season=m["m"].lower()))
    for m in finditer(_RE_SCHOOL_PART):
        y1 = int(m["y1"])
        if _second_year(y1, m["y2"]) == y1 + 1:
            part = _SCHOOL_TERMS[m["term"].lower()] if m["term"] else _part_name(m["part"])
            found.append(_Atom(m.start(), m.end(), "school_part", year=y1, year2=y1 + 1, part=part))
    for m in finditer(_RE_MONTH_OF_EVENT):
        found.append(_Atom(m.start("core"), m.end("core"), "month", month=month_number(m["m"])))
    for m in finditer(_RE_MONTH_EXCEPTED):
        found.append(_Atom(m.start("core"), m.end("core"), "month", month=month_number(m["m"])))
    for m in finditer(_RE_MONTH_OF_PRONOUN):
        if _RE_EVENT_NOUN.search(text, max(0, m.start() - 100), m.start()):
            found.append(_Atom(m.start("core"), m.end("core"), "month", month=month_number(m["m"])))
    for m in finditer(_RE_HOLIDAY):
        if _OWN_DAYS_AFTER.match(text, m.end()):
            continue  # "in de krokusvakantie (28/2-4/3/2022)": the parenthesis names the holiday's days, one date
        y = int(m["y"]) if m["y"] else None
        found.append(_Atom(m.start(), m.end(), "holiday", year=y, season=m["h"].lower()))
    for m in finditer(_RE_SCHOOL):
        y1 = expand_year(m["y1"].lstrip("'"))
        y2 = _second_year(y1, m["y2"])
        if y2 == y1 + 1:
            found.append(_Atom(m.start(), m.end(), "school_year", year=y1, year2=y2))
    for m in finditer(_RE_SCHOOL_LIST):
        for k, pair in enumerate(_RE_PAIR.finditer(text, m.start("list"), m.end("list"))):
            y1 = int(pair["y1"])
            if _second_year(y1, pair["y2"]) == y1 + 1:
                # (before the plain year ranges below: of two atoms on the same span the first one is kept)
                start = m.start() if k == 0 else pair.start()
                found.append(_Atom(start, pair.end(), "school_year", year=y1, year2=y1 + 1))
    for m in _RE_YEARS.finditer(text):
        y1 = int(m["y1"])
        y2 = _second_year(y1, m["y2"])
        if y2 == y1 + 1 and _RE_ANNUAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.append(_Atom(m.start(), m.end(), "school_year", year=y1, year2=y2))
        elif y1 < y2 <= (y1 + 1 if m["sep"] == "/" else y1 + 30):
            found.append(_Atom(m.start(), m.end(), "years", year=y1, year2=y2))
    for m in _RE_YEAR.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        temporal = bool(_RE_TRIGGER_BEFORE.search(before))
        thing_of = _RE_THING_OF_YEAR.search(text, max(0, m.start() - 40), m.start())
        thing_of = thing_of and not _CURRENCY_AFTER.match(text, m.end())
        modifier = not temporal and bool(_RE_MODIFIED_BEFORE.search(before) or thing_of)
        trig = temporal or modifier or _is_year_alone(text, m.start(), m.end())
        found.append(_Atom(m.start(), m.end(), "year", year=int(m["y"]), triggered=trig, modifier=modifier))
    return _non_overlapping(found)


def _is_year_alone(text: str, s: int, e: int) -> bool:
    """'(2017)' or 'Middelen 2017:' -- but not a code such as 'VR 2017 1703' or a number '2017 deelnemers'.
    Also the year of a parenthesised label: '(projectschijf 2019)', '(werkingsmiddelen X, 2019)', '(2019, X)' --
    not a name such as '(Horizon 2020)'."""
    lo = max(0, s - 2)
    m = _RE_YEAR_ALONE.search(text, lo, min(len(text), e + 3))
    if m and m.start() <= s and m.end() >= e:
        return True
    closes = re.match(r"\s*\)", text[e : e + 3]) and _RE_LABEL_BEFORE.search(text[max(0, s - 80) : s])
    opens = re.search(r"\(\s*$", text[max(0, s - 2) : s]) and re.match(r"\s*,", text[e : e + 2])
    return bool(closes or opens)


_RE_LABEL_BEFORE = re.compile(r"\([^()]*?(?:(?<![\w-])(?-i:[a-z][\w-]+)|,)\s+$")


# Calendar periods named relative to the report date (TimeML resolves them with the document date):
# "dit jaar", "volgend jaar", "eind vorig jaar", "dit schooljaar", "deze zomer", "volgende maand".
# "het afgelopen/komende jaar" is a stretch of twelve months, not a calendar year: not a date.
_DEICTIC = re.compile(
    rf"(?<!\w)(?P<rel>dit|deze|vorig|vorige|verleden|volgend|volgende|voorbije|afgelopen)\s+"
    rf"(?P<unit>jaar|schooljaar|academiejaar|werkjaar|maand|{SEASON_RE})(?!\w)",
    re.I,
)
_PART_BEFORE = re.compile(rf"(?<!\w){_PART}\s+$", re.I)
_DEICTIC_OFFSET = {
    "dit": 0,
    "deze": 0,
    "vorig": -1,
    "vorige": -1,
    "verleden": -1,
    "volgend": 1,
    "volgende": 1,
    "voorbije": -1,
    "afgelopen": -1,
}
# "het voorbije/afgelopen jaar" is twelve months back, not a calendar year; a school or working year is one.
_STRETCH_ONLY = {"voorbije", "afgelopen"}


# "38 vragen, tegenover 52 in dezelfde periode (van) vorig jaar"
_SAME_PERIOD_BEFORE = re.compile(r"(?<!\w)(?:de)?zelfde\s+periode\s+(?:van\s+)?(?:het\s+)?$", re.I)


def _deictic_atoms(text: str, report_date: date) -> list[_Atom]:
    out: list[_Atom] = []
    for m in _DEICTIC.finditer(text):
        offset, unit = _DEICTIC_OFFSET[m["rel"].lower()], m["unit"].lower()
        if m["rel"].lower() in _STRETCH_ONLY and unit not in ("schooljaar", "academiejaar", "werkjaar"):
            continue
        if _SAME_PERIOD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "in dezelfde periode vorig jaar": that stretch a year back, not the calendar year
        part = _PART_BEFORE.search(text, max(0, m.start() - 10), m.start())
        year = report_date.year + offset
        if unit == "maand":
            month = (report_date.month - 1 + offset) % 12 + 1
            year = report_date.year + (report_date.month - 1 + offset) // 12
            atom = _Atom(m.start(), m.end(), "month", month=month, year=year)
        elif unit in ("schooljaar", "academiejaar", "werkjaar"):
            first = (report_date.year if report_date.month >= 9 else report_date.year - 1) + offset
            atom = _Atom(m.start(), m.end(), "school_year", year=first, year2=first + 1)
        elif unit == "jaar":
            atom = _Atom(m.start(), m.end(), "year", year=year)
        else:
            atom = _Atom(m.start(), m.end(), "season", year=year, season=unit)
        if part and atom.kind in ("year", "month"):
            atom = replace(atom, s=part.start(), kind="part", part=_part_name(part["part"]))
        elif part:
            continue
        out.append(atom)
    return out


def _part_name(word: str) -> str:
    w = word.lower().rstrip("-")
    if w in ("begin", "aanvang"):
        return "begin"
    if w in ("midden", "medio", "half"):
        return "midden"
    return "eind"


def _second_year(y1: int, raw: str) -> int:
    raw = raw.lstrip("'")
    if len(raw) == 4:
        return int(raw)
    return (y1 // 100) * 100 + int(raw)


def _non_overlapping(atoms: list[_Atom]) -> list[_Atom]:
    """Keep the longest atom where several overlap (first come, longest first)."""
    atoms.sort(key=lambda a: (a.s, -(a.e - a.s), not a.triggered))
    kept: list[_Atom] = []
    for a in atoms:
        if kept and a.s < kept[-1].e:
            continue
        kept.append(a)
    return kept


# --- resolution -----------------------------------------------------------------


def _bounds(a: _Atom, year: int) -> tuple[date, date, str] | None:
    """First and last day of an atom (its missing year given), with its granularity."""
    y = a.year if a.year is not None else year
    try:
        if a.kind == "day":
            if a.month is None:
                return None
            d = date(y, a.month, a.day or 1)
            return d, d, "day"
        if a.kind == "month" and a.month:
            s, e = month_bounds(y, a.month)
            return s, e, "month"
        if a.kind == "part":
            return _part_bounds(a.part or "begin", y, a.month)
        if a.kind == "season" and a.season:
            s, e = season_bounds(a.season, y)
            return s, e, "season"
        if a.kind == "year":
            return date(y, 1, 1), date(y, 12, 31), "year"
        if a.kind == "school_year" and a.year2:
            return date(y, 9, 1), date(a.year2, 8, 31), "school_year"
        if a.kind == "school_part" and a.year2:
            thirds = {
                "begin": (date(y, 9, 1), date(y, 12, 31)),
                "midden": (date(a.year2, 1, 1), date(a.year2, 4, 30)),
                "eind": (date(a.year2, 5, 1), date(a.year2, 8, 31)),
            }
            return (*thirds[a.part or "begin"], "part_of_year")
        if a.kind == "holiday" and a.season:
            return (*school_holiday(a.season, y), "day")
        if a.kind == "years" and a.year2:
            return date(y, 1, 1), date(a.year2, 12, 31), "years"
    except ValueError:
        return None  # 31/2/2017 and the like
    return None


def _easter(year: int) -> date:
    """Easter Sunday (Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def school_holiday(name: str, year: int) -> tuple[date, date]:
    """First and last day of a Flemish school holiday of ``year`` (the calendar rules before the 2022 reform):
    autumn = the week of 1 November (the next one when that is a Sunday); Christmas = two weeks from the
    Monday of the week of 25 December (the next Monday when that is a weekend); Krokus = the week of Ash
    Wednesday; Easter = two weeks, from the Monday after Easter when Easter falls in March, the two weeks up to
    Easter Monday when Easter falls after 15 April, else from the first Monday of April; summer = July-August."""
    if name == "herfst":
        nov1 = date(year, 11, 1)
        start = _monday_of(nov1) if nov1.weekday() < 6 else nov1 + timedelta(days=1)
        return start, start + timedelta(days=6)
    if name == "kerst":
        xmas = date(year, 12, 25)
        start = _monday_of(xmas) if xmas.weekday() < 5 else xmas + timedelta(days=7 - xmas.weekday())
        return start, start + timedelta(days=13)
    easter = _easter(year)
    if name == "krokus":
        start = easter - timedelta(days=48)
        return start, start + timedelta(days=6)
    if name == "paas":
        if easter.month == 3:
            start = easter + timedelta(days=1)
        elif easter > date(year, 4, 15):
            return easter - timedelta(days=13), easter + timedelta(days=1)  # up to and with Easter Monday
        else:
            start = date(year, 4, 1) + timedelta(days=(7 - date(year, 4, 1).weekday()) % 7)
        return start, start + timedelta(days=13)
    return date(year, 7, 1), date(year, 8, 31)


def _part_bounds(part: str, year: int, month: int | None) -> tuple[date, date, str]:
    if month is None:
        spans = {
            "begin": ((1, 1), (4, 30)),
            "midden": ((5, 1), (8, 31)),
            "eind": ((9, 1), (12, 31)),
            "h1": ((1, 1), (6, 30)),
            "h2": ((7, 1), (12, 31)),
            "q1": ((1, 1), (3, 31)),
            "q2": ((4, 1), (6, 30)),
            "q3": ((7, 1), (9, 30)),
            "q4": ((10, 1), (12, 31)),
        }
        (m1, d1), (m2, d2) = spans[part]
        return date(year, m1, d1), date(year, m2, d2), "part_of_year"
    days = {"begin": (1, 10), "midden": (11, 20), "eind": (21, last_day(year, month))}
    d1, d2 = days[part]
    return date(year, month, d1), date(year, month, d2), "part_of_month"


def _context_year(text: str, pos: int, atoms: list[_Atom], default: int, month: int | None = None) -> int:
    """Explicit year of an earlier atom in the same sentence, else the report year.
    A year that modifies a thing gives none ("Het jaarverslag 2020 werd op 30 juni ingediend": a 2020 report,
    handed in in the report's year), nor does a span of years ("een verlenging voor de jaren 2021-2022 wordt tegen
    midden december voorgelegd": which of its years is not said); in a school year, September to December lie in
    its first year."""
    sent_start = _sentence_start(text, pos)
    for a in reversed(atoms):
        if a.e <= pos and a.s >= sent_start and a.year is not None and a.triggered and not a.modifier:
            if _in_closed_relative(text, sent_start, a, pos) or a.kind == "years":
                continue
            if a.kind == "school_year" and a.year2 and month is not None:
                return a.year if month >= 9 else a.year2
            return a.year2 if a.kind == "school_year" and a.year2 else a.year
    return default


# ", dat in 2022 werd opgericht door X, kwam in het najaar samen": a relative clause between commas.
_RELATIVE_OPEN = re.compile(r",\s*(?:dat|die|waar\w*|wat)\s", re.I)


def _in_closed_relative(text: str, sent_start: int, a: _Atom, pos: int) -> bool:
    """The atom stands in a relative clause that closes before ``pos``: its year dates the noun the clause
    describes ("Het netwerk, dat in 2022 werd opgericht, kwam in het najaar samen"), not the main clause."""
    openers = list(_RELATIVE_OPEN.finditer(text, sent_start, a.s))
    if not openers or "," in text[openers[-1].end() : a.s]:
        return False
    return "," in text[a.e : pos]


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    return max((m.end() for m in _SENTENCE_END.finditer(text, lo, pos)), default=lo)


def _is_future(text: str, s: int, e: int) -> bool:
    """The nearest tense marker in the same sentence (either side) is a future one."""
    left = _sentence_start(text, s)
    nxt = _SENTENCE_END.search(text, e, min(len(text), e + 400))
    right = nxt.start() if nxt else min(len(text), e + 400)
    best: tuple[int, bool] | None = None
    for rx, future in ((_FUTURE, True), (_PAST, False)):
        for m in rx.finditer(text, left, right):
            dist = s - m.end() if m.end() <= s else m.start() - e
            if dist < 0:
                continue
            if best is None or dist < best[0]:
                best = (dist, future)
    return bool(best and best[1])


# --- combination ----------------------------------------------------------------


@dataclass
class _Group:
    atoms: list[_Atom]
    is_range: bool


def _fill(a: _Atom, later: list[_Atom]) -> _Atom:
    """Give an incomplete atom the month and the year of the nearest atom after it in its chain that has one:
    "12 en 26 september en 10 oktober" puts the 12th in September, not in the last atom's October."""
    month = a.month
    if a.kind == "day" and month is None:
        month = next((b.month for b in later if b.month is not None), None)
    year = a.year if a.year is not None else next((b.year for b in later if b.year is not None), None)
    return replace(a, month=month, year=year)


def _groups(text: str, atoms: list[_Atom]) -> list[_Group]:
    """Chain atoms joined by range or enumeration connectors."""
    groups: list[_Group] = []
    i = 0
    while i < len(atoms):
        chain = [atoms[i]]
        seps: list[str] = []
        j = i
        while j + 1 < len(atoms):
            gap = text[atoms[j].e : atoms[j + 1].s]
            kind = _gap_kind(text, chain[0], gap, atoms[j], atoms[j + 1])
            if kind is None:
                break
            seps.append(kind)
            chain.append(atoms[j + 1])
            j += 1
            if kind == "range":
                break  # a range closes a chain: "2-4/11/2016, 5/11/2016" are two facts
        groups.extend(_split_chain(chain, seps))
        i = j + 1
    return groups


def _gap_kind(text: str, first: _Atom, gap: str, left: _Atom, right: _Atom) -> str | None:
    gap = re.sub(rf"\s+{_WEEKDAY}\s*$", " ", gap, flags=re.I)  # "4 tot woensdag 6 december": the day's name
    if len(gap) > 16 or not _compatible(left, right):
        return None
    if _RANGE_SEP.fullmatch(gap):
        if (
            gap.strip().lower() == "tot"
            and left.kind == "year"
            and re.search(r"\bin\s+$", text[max(0, left.s - 4) : left.s])
        ):
            return None  # "opgestart in 2016 tot eind 2017": a year, then an open end
        if gap.strip() in ("-", "–") and left.kind == "day" and left.month and left.year and right.kind != "day":
            return None
        return "range"
    if _ENUM_SEP.fullmatch(gap):
        before = _BETWEEN.search(text[max(0, first.s - 10) : first.s])
        if gap.strip() == "en" and before and before["w"].lower() in ("tussen", "periode"):
            return "range"
        return "enum"
    return None


def _compatible(left: _Atom, right: _Atom) -> bool:
    """Only join atoms of the same kind, or a missing-info atom to a complete partner."""
    if left.kind == "day" and right.kind == "day":
        return True
    if left.kind == "day" and left.month is None:
        return False
    if left.kind in ("month", "part", "season", "year") and right.kind in ("month", "part", "season", "year"):
        return True
    return left.kind == right.kind


def _split_chain(chain: list[_Atom], seps: list[str]) -> list[_Group]:
    """An enumeration gives one group per atom; a range gives one group of two."""
    if not seps:
        return [_Group(chain, False)]
    filled = [_fill(a, chain[k + 1 :]) for k, a in enumerate(chain[:-1])] + [chain[-1]]
    groups: list[_Group] = []
    k = 0
    while k < len(filled):
        if k < len(seps) and seps[k] == "range":
            left = filled[k]
            right = filled[k + 1]
            # "van september tot december 2017": the right side gives the year
            groups.append(_Group([replace(left, triggered=True), replace(right, triggered=True)], True))
            k += 2
        else:
            triggered = any(a.triggered for a in filled)
            groups.append(_Group([replace(filled[k], triggered=triggered)], False))
            k += 1
    return groups


# --- public API -----------------------------------------------------------------


def find_dates(text: str, report_date: date, *, use_dateparser: bool = True) -> list[DateFact]:
    """Every Dutch date expression in ``text`` as a DateFact, in text order."""
    atoms = _non_overlapping(_atoms(text) + _deictic_atoms(text, report_date))
    if use_dateparser:
        atoms = _non_overlapping(atoms + _dateparser_atoms(text, atoms))
    facts: list[DateFact] = []
    for g in _groups(text, atoms):
        fact = _group_fact(text, g, atoms, report_date)
        if fact is not None:
            facts.append(fact)
    return facts


def _group_fact(text: str, g: _Group, atoms: list[_Atom], report_date: date) -> DateFact | None:
    first, last = g.atoms[0], g.atoms[-1]
    if not all(a.triggered for a in g.atoms):
        return None
    year = _context_year(text, first.s, atoms, report_date.year, first.month)
    bare = (
        year == report_date.year
        and first.year is None
        and last.year is None
        and first.month is not None
        and not _context_year(text, first.s, atoms, 0)
    )
    if bare and first.kind == "month" and first.month > report_date.month and not _is_future(text, first.s, last.e):
        year -= 1  # "Tijdens het overleg van december werd" in a June report: last December (GUIDELINES: nearest)
    elif (
        bare
        and first.kind in ("month", "day", "part")
        and first.month <= report_date.month - 6  # (the coming one at most six months ahead)
        and _is_future(text, first.s, last.e)
    ):
        # "een volgende vergadering is voorzien in januari" in a December report: the coming January, the nearest
        # one in the direction the tense says (GUIDELINES: the nearest year that makes sense)
        year += 1
    b1 = _bounds(first, year)
    if b1 and first.kind == "season" and first.year is None and b1[0].month <= report_date.month - 6:
        # "werd verplaatst naar het voorjaar", "zal in het voorjaar plaatsvinden" in a December report: the coming
        # spring, as a coming month above (a thing moved goes ahead whatever year the sentence named before)
        moved_to = _MOVED_TO.search(text, max(0, first.s - 40), first.s)
        bare_season = not _context_year(text, first.s, atoms, 0)
        if b1[0].year == report_date.year and (moved_to or bare_season and _is_future(text, first.s, last.e)):
            year += 1
            b1 = _bounds(first, year)
    b2 = _bounds(last, b1[0].year if b1 and last.year is None else year)
    if b1 is None or b2 is None:
        return None
    start, end, gran = b1[0], b2[1], b1[2]
    s, e = first.s, last.e
    relation = None  # a closed range says nothing more than its two ends
    if g.is_range:
        lo = max(0, s - 10)
        between = _BETWEEN.search(text[lo:s])
        if between and between["w"].lower() in ("tussen", "van"):
            s = lo + between.start("w")
        if b1[2] != b2[2] and "day" not in (b1[2], b2[2]):
            gran = _coarser(b1[2], b2[2])
    else:
        if (outer := _PART_OF_PART.search(text, max(0, s - 25), s)) and _is_subperiod(first):
            # "tegen het einde van het eerste kwartaal van 2020": a third of the part the atom names
            start, end = _third_of(start, end, _part_name(outer["part"]))
            s = outer.start()
        relation, width = _relation(text, s, e, first)
        if relation is None and (af := _VAN_AF.search(text[max(0, s - 10) : s])) and _AF_AFTER.match(text, e):
            relation, width = "from", len(af["w"])  # "van 1 maart 2017 af" (GUIDELINES: from)
        if relation is None and (m := _LOOP.search(text[max(0, s - 40) : s])):
            width = len(m["w"])
        s -= width
    if gran == "day" and start == end and _WEEK_OF.search(text, max(0, s - 80), s):
        start, end = _monday_of(start), _monday_of(start) + timedelta(days=6)  # "de week van 5 oktober": that week
    raw = text[s:e]
    planned = _planned(text, s, e, start, end, relation, report_date)
    return DateFact(raw, start, end, gran, planned, s, e, relation)


_MOVED_TO = re.compile(rf"{_MOVED_TO_WORDS}\s+(?:het|de)\s+$", re.I)
# "het einde van het eerste trimester van het schooljaar 2019-2020": begin/midden/eind of a named part.
_PART_OF_PART = re.compile(r"(?<!\w)(?P<part>begin|aanvang|midden|eind|einde)\s+van\s+(?:het|de)\s+$", re.I)


def _is_subperiod(a: _Atom) -> bool:
    """A half, quarter or school-year third: a part that can itself have a begin, middle and end."""
    whole_part = a.kind == "part" and a.month is None and a.part not in ("begin", "midden", "eind")
    return a.kind == "school_part" or whole_part


def _third_of(start: date, end: date, part: str) -> tuple[date, date]:
    """begin/midden/eind of start..end: by months when it splits into whole months (a quarter: its first, second,
    last month), else by days (the Sep-Dec first school trimester ends 21 November..31 December)."""
    k = ("begin", "midden", "eind").index(part)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months % 3 == 0:
        step = months // 3
        y1, m1 = divmod(start.year * 12 + start.month - 1 + k * step, 12)
        y2, m2 = divmod(y1 * 12 + m1 + step - 1, 12)
        return date(y1, m1 + 1, 1), date(y2, m2 + 1, last_day(y2, m2 + 1))
    days = (end - start).days + 1
    return start + timedelta(days=k * days // 3), start + timedelta(days=(k + 1) * days // 3 - 1)


def _relation(text: str, s: int, e: int, first: _Atom) -> tuple[str | None, int]:
    """The relation word right before a single period at s..e, and its width (kept in ``raw``)."""
    window = text[max(0, s - 40) : s]
    if m := _RELATION.search(window):
        name = next(k for k, _ in _RELATION_WORDS if m[k])
        return name, len(m["w"])
    m = _VOOR.search(window)
    if (
        m
        and first.kind in ("day", "part", "season")
        and not _VOOR_IS_FOR.search(window[: m.start("w")])
        and not _PLANNED_AFTER.match(text, e)
    ):
        return "before", len(m["w"])
    return None, 0


def _planned(text: str, s: int, e: int, start: date, end: date, relation: str | None, report_date: date) -> bool:
    """Ahead at the report date: a period that starts after it, a future tense, or -- for "until", "by"
    and "from" -- a named period that ends after it ("tot en met 2019", "tot de zomer van 2018")."""
    if relation in ("until", "by", "from") and end >= report_date:
        return True
    return start >= report_date or _is_future(text, s, e)


def _coarser(a: str, b: str) -> str:
    order = ["day", "part_of_month", "month", "season", "part_of_year", "year", "school_year", "years"]
    return a if order.index(a) >= order.index(b) else b


# --- dateparser: fallback normaliser and baseline ----------------------------------

_RE_DP_CANDIDATE = re.compile(rf"{_B}(?P<d>{_DAY})\s+(?P<w>[a-zé]{{3,10}})\.?\s+(?P<y>{_YEAR})(?!\d)", re.I)
_DP_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=4096)
def _dateparser_day(expr: str) -> date | None:
    import dateparser  # imported lazily: only the fallback and the baseline need it

    parsed = dateparser.parse(expr, languages=["nl"], settings=_DP_SETTINGS)
    return parsed.date() if parsed else None


def _dateparser_atoms(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """'3 feburari 2017': a day-word-year whose word is not in our month table."""
    out: list[_Atom] = []
    taken = [(a.s, a.e) for a in atoms]
    for m in _RE_DP_CANDIDATE.finditer(text):
        if month_number(m["w"]) is not None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if d := _dateparser_day(m.group(0)):
            out.append(_Atom(m.start(), m.end(), "day", d.day, d.month, d.year))
    return out


def dateparser_baseline(text: str, report_date: date) -> list[DateFact]:
    """Baseline for the evaluation: dateparser's search_dates, every hit taken as one day."""
    from dateparser.search import search_dates

    base = datetime(report_date.year, report_date.month, report_date.day)
    hits = search_dates(text, languages=["nl"], settings={"RELATIVE_BASE": base}) or []
    facts: list[DateFact] = []
    pos = 0
    for raw, when in hits:
        s = text.find(raw, pos)
        if s < 0:
            continue
        pos = s + len(raw)
        d = when.date()
        facts.append(DateFact(raw, d, d, "day", d > report_date, s, s + len(raw)))
    return facts
