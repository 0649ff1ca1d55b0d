"""The extractors' short cuts find what the plain scans find (issue 16: faster, with the same facts).

``organisations._tail_search`` looks for an end-anchored cue pattern in a window before a name instead of in
all the text before it; ``dates._scanner`` skips a pattern in a text that holds none of the words it needs.
Both are checked against the plain scan on the real report's texts and on generated texts that crowd the cue
words with white space, case changes and the characters that fold apart from ``lower()`` (İ, ı, ſ).
"""

from __future__ import annotations

import pytest
from conftest import RENDITIONS
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import dates, organisations
from pipeline.parse import check_file

TAIL_PATTERNS = {
    name: getattr(organisations, name)
    for name in (
        "_TITLE_OF_OTHER_THING",
        "_INDEFINITE",
        "_HET_BEFORE",
        "_PARTNER_CUE",
        "_PLURAL_HEAD",
        "_HOLDER_CUE",
        "_AFTER_AMOUNT_PAREN",
        "_AMOUNT_TO",
        "_HEAD_BEFORE",
        "_ISM_BEFORE",
    )
}
# Words of the cue patterns (their longest matches too) and what may stand between them.
CUE_WORDS = [
    "begeleidingscommissie",
    "festival",
    "een",
    "het",
    "de",
    "in",
    "samenwerking",
    "met",
    "tussen",
    "vertegenwoordigers",
    "van",
    "partnerorganisaties:",
    "gemeentebesturen",
    "lokale",
    "besturen",
    "en",
    "OCMW's",
    "OCMW",
    "waaronder",
    "onder",
    "meer",
    "subsidiedossier",
    "euro",
    "€",
    "5",
    "(",
    "aan",
    "voor",
    "naar",
    "Schepencollege",
    "provinciebestuur",
    "Gemeenteraad",
    "stad",
    "i.s.m.",
    "“",
    "'",
    ",",
    ":",
    "Gent",
    "x" * 30,
]
GAPS = [" ", "  ", "\n", " \n\n  ", "\t", "\xa0", "", "-"]


@pytest.fixture(scope="module")
def report_texts() -> list[str]:
    _, _, report = check_file(RENDITIONS["text"])
    texts = [report_text for a in report.actions() for report_text in (a.description, a.other_parties_text)]
    texts += [t for a in report.actions() for e in a.entries for t in (e.description, e.budget_text)]
    return [t for t in texts if t.strip()]


def _same_tail_matches(text: str, ends: range | list[int]) -> None:
    for name, regex in TAIL_PATTERNS.items():
        for end in ends:
            full = regex.search(text, 0, end)
            short = organisations._tail_search(regex, text, end)
            assert (full and (full.span(), full.groups())) == (short and (short.span(), short.groups())), (name, end)


def test_tail_search_finds_what_the_whole_text_search_finds_in_the_report(report_texts):
    for text in report_texts:
        # where the rules ask: before a capitalised word (a name, a municipality) and at the end
        starts = [i for i in range(1, len(text)) if text[i].isupper() and text[i - 1] in " \n\t(‘“'"]
        _same_tail_matches(text, [*starts, len(text)])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from(GAPS)), max_size=25))
def test_tail_search_finds_what_the_whole_text_search_finds_in_crowded_texts(pieces):
    text = "".join(word + gap for word, gap in pieces)
    _same_tail_matches(text, range(len(text) + 1))


NEED_WORDS = ["januari", "Mei", "MAART", "zomer", "schooljaar", "seizoen", "herfstvakantie", "kwartaal", "Q3"]
FOLDING = ["ſeptember", "İn", "ı", "ſchooljaar"]
FILLER = ["in", "tot", "van", "de", "2017", "2018-2019", "15", "eerste", "tijdens", "het", ",", "en", "vergadering"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NEED_WORDS + FOLDING + FILLER), max_size=30))
def test_the_date_scanner_skips_only_patterns_that_cannot_match(words):
    text = " ".join(words)
    finditer = dates._scanner(text)
    for regex in dates._NEEDS:
        assert [m.span() for m in finditer(regex)] == [m.span() for m in regex.finditer(text)], regex.pattern[:40]


def test_the_date_scanner_runs_every_pattern_where_a_letter_folds_apart():
    # "ſeptember" is "september" to re.IGNORECASE but not to str.lower(): the month pattern may not be skipped.
    text = "tijdens ſeptember 2017"
    found = [m.span() for m in dates._scanner(text)(dates._RE_MONTH_YEAR)]
    assert found == [m.span() for m in dates._RE_MONTH_YEAR.finditer(text)] == [(8, 22)]
