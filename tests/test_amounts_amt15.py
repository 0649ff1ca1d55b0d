"""Amount notations met on new text (dev-2023-12): a lone k or m as thousands/millions, the scaled currency
markers, "EUR" run into the digits, "euros"; and what stays no money.

Run: .venv/bin/python -m pytest tests/test_amounts_amt15.py -q
"""

from __future__ import annotations

import pytest

from pipeline.extract.amounts import find_amounts, parse_amount


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("180 k euro", 180000.0),  # dev-2023-12 Q15's budget cell
        ("640 k euro", 640000.0),  # dev-2023-12 Q24's budget cell
        ("180k euro", 180000.0),
        ("180k€", 180000.0),
        ("180kEUR", 180000.0),
        ("€180k", 180000.0),  # was read as 180 euro
        ("EUR 180 k", 180000.0),
        ("€ 2,5 m", 2500000.0),
        ("1,5 M€", 1500000.0),
        ("2 MEUR", 2000000.0),
        ("EUR12.500", 12500.0),
        ("2.000 euros", 2000.0),
        ("k€ 115", 115000.0),  # the older scaled forms still read the same
        ("80 kEUR", 80000.0),
    ],
)
def test_scaled_and_run_in_notations(raw: str, value: float) -> None:
    assert parse_amount(raw) == value
    (fact,) = find_amounts(f"Hiervoor werd {raw} uitgetrokken.")
    assert (fact.raw, fact.amount_eur) == (raw, value)


def test_k_euro_breakdown_of_a_budget_cell() -> None:
    # dev-2023-12 Q15's budget cell: the part after "waarvan" is a breakdown of the 1,2 million total
    text = "ESF+: 1,2 miljoen euro (2023-2027), waarvan 180 k euro voor begeleiding van (ex-)gedetineerden"
    facts = find_amounts(text, "budget")
    assert [(f.raw, f.amount_eur, f.breakdown) for f in facts] == [
        ("1,2 miljoen euro", 1200000.0, False),
        ("180 k euro", 180000.0, True),
    ]


def test_k_euro_beside_a_million_in_one_cell() -> None:
    # dev-2023-12 Q24's budget cell: two amounts, neither a part of the other
    text = "2023: 640 k euro (samenwerkingsakkoorden) en 1,8 miljoen euro ESF (2023-2025)"
    facts = find_amounts(text, "budget")
    assert [(f.amount_eur, f.breakdown) for f in facts] == [(640000.0, False), (1800000.0, False)]
    assert facts[0].label == "samenwerkingsakkoorden"


@pytest.mark.parametrize(
    "text",
    [
        "een fietsroute van 20 km",  # k followed by a letter is no multiplier, and there is no currency
        "Europese 5 projecten",  # 'Eur' opening a word is no currency code
        "ongeveer 180 k deelnemers",  # a multiplier without a currency marker is no money
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_m_before_a_unit_is_no_multiplier() -> None:
    # "€ 5 m²": a price per square metre, not five million
    (fact,) = find_amounts("de huurprijs bedraagt € 5 m² per maand")
    assert fact.amount_eur == 5.0
