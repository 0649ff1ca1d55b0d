"""Amount extractor: every notation from the issue, budgets, breakdowns, labels, not-money.

Run: .venv/bin/python -m pytest tests/test_amounts.py -q -s   (-s prints the dev scores)
"""

from __future__ import annotations

import pytest

from pipeline.extract.amounts import find_amounts, parse_amount
from pipeline.gold import GOLD_DIR, Score, multiset_score, read_jsonl

GOLD = GOLD_DIR / "dev" / "dates-amounts"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("€200.000", 200000.0),
        ("344.575,62 euro", 344575.62),
        ("15.000 €", 15000.0),
        ("€ 210.000", 210000.0),
        ("1,2 miljoen euro", 1200000.0),
        ("EUR 12.500", 12500.0),
        ("97.492,10 euro", 97492.10),
        ("7.000 euro", 7000.0),
        ("€ 1.500,-", 1500.0),
        ("2.200 euro", 2200.0),
    ],
)
def test_parse_amount(raw: str, value: float) -> None:
    assert parse_amount(raw) == value
    (fact,) = find_amounts(f"Hiervoor werd {raw} uitgetrokken.")
    assert (fact.raw, fact.amount_eur) == (raw, value)


def test_markdown_bold_is_not_part_of_raw() -> None:
    text = "maar kunnen ook aangepast worden aan andere leeftijdscategorieën. **2.200 euro**"
    (f,) = find_amounts(text, "budget")
    assert (f.raw, f.amount_eur, f.location) == ("2.200 euro", 2200.0, "budget")
    assert text[f.char_start : f.char_end] == "2.200 euro"


def test_breakdown_in_parentheses() -> None:
    text = "2.500.000 euro (1.875.000 euro AMIF, 625.000 euro cofinanciering)"
    facts = find_amounts(text, "budget")
    assert [(f.amount_eur, f.breakdown, f.label) for f in facts] == [
        (2500000.0, False, None),
        (1875000.0, True, "AMIF"),
        (625000.0, True, "cofinanciering"),
    ]


def test_list_per_municipality_is_not_a_breakdown() -> None:
    # Action 4.1, description cell: no total printed beside the list
    text = (
        "kregen 9 gemeenten eind 2015 een subsidie toegekend, namelijk: - Vilvoorde (85.000 euro);"
        "- Maaseik i.s.m. Dilsen-Stokkem (60.295 euro);- Aalst (61.400 euro);"
    )
    facts = find_amounts(text)
    assert [(f.amount_eur, f.breakdown, f.label) for f in facts] == [
        (85000.0, False, "Vilvoorde"),
        (60295.0, False, "Maaseik i.s.m. Dilsen-Stokkem"),
        (61400.0, False, "Aalst"),
    ]


def test_labels_beside_amounts() -> None:
    # Action 4.3 and 12.1 budget cells
    (f,) = find_amounts("344.575,62 euro (15 jan 2017 – 12 jan 2020)", "budget")
    assert (f.amount_eur, f.label) == (344575.62, "15 jan 2017 – 12 jan 2020")
    text = (
        "Voor BCH: 60.000 euro (schooljaar 2016-2017) 92.000 euro (schooljaar 2017-2018) "
        "Voor KBS: 103.000 euro Voor Vormen/plan België: 0,5 VTE Voor Studio Globo: 1 VTE"
    )
    facts = find_amounts(text, "budget")
    assert [(f.amount_eur, f.label) for f in facts] == [
        (60000.0, "schooljaar 2016-2017"),
        (92000.0, "schooljaar 2017-2018"),
        (103000.0, "KBS"),
    ]
    (f,) = find_amounts("OTA: 10.000 euro")
    assert f.label == "OTA"


def test_non_numeric_budget() -> None:
    (f,) = find_amounts("  Nog te bepalen ", "budget")
    assert (f.raw, f.amount_eur, f.location, f.char_start) == ("Nog te bepalen", None, "budget", 2)
    assert find_amounts("Nog te bepalen", "text") == []
    assert find_amounts("", "budget") == []
    assert find_amounts("0,5 VTE", "budget") == []  # a number, but not money: never 0


def test_not_money() -> None:
    text = (
        "Voor Vormen/plan België: 0,5 VTE. De site trok 7.642 bezoekers; 208 jongeren in 10 "
        "klassen; 20% meer; 8000 views; 2 à 3 uur; 15.000 pageviews; euro-commissaris Navracsics."
    )
    assert find_amounts(text) == []


def score_amounts_dev(dev_sections: list[tuple[str, str, str, str]]) -> Score:
    """Scored on the dev gold; a match is the same action, value and location."""
    gold = [(r["action_id"], r["amount_eur"], r["location"]) for r in read_jsonl(GOLD / "amounts.jsonl")]
    pred = [
        (aid, f.amount_eur, f.location)
        for aid, _where, loc, text in dev_sections
        for f in find_amounts(text, loc)
        if f.amount_eur is not None  # "Nog te bepalen" is not annotated
    ]
    return multiset_score(gold, pred)


def test_score_dev(dev_sections) -> None:
    got = score_amounts_dev(dev_sections)
    print(f"\namounts dev: P={got.precision:.3f} R={got.recall:.3f} F1={got.f1:.3f}")
    assert got == Score(gold=31, predicted=31, correct=31)


def test_whole_report_amount_spans_are_exact(report_text) -> None:
    # Speed is measured in benchmarks/extractors.py, not here.
    text = report_text
    amounts = find_amounts(text)
    assert amounts
    assert all(text[f.char_start : f.char_end] == f.raw for f in amounts)


def test_thousands_of_euro_prefix() -> None:
    # "k€" (and "kEUR") is a thousand euro: the prefix multiplies, a bare "€" does not.
    facts = find_amounts("Werkingsmiddelen: k€ 230 (2020) en kEUR 7,5 voor vertaling; apart nog € 95.", "budget")
    assert [(f.raw, f.amount_eur) for f in facts] == [("k€ 230", 230000.0), ("kEUR 7,5", 7500.0), ("€ 95", 95.0)]
    assert [(f.raw, f.amount_eur) for f in find_amounts("Werking: 35 k€ (2020)", "budget")] == [("35 k€", 35000.0)]
