"""Meetings extractor: mechanisms checked on all tuning splits (branch meet15). Real sentences of the tuning sets,
expectations hand-checked against GUIDELINES.md (Meetings, gold5, gold7, G8 and G9 decisions)."""

from __future__ import annotations

from datetime import date

from conftest import meeting_records

D22 = date(2022, 12, 1)


def test_a_name_runs_on_over_voor_before_a_capitalised_word() -> None:
    # dev-2022-12 M17: "overleg met ORGANISATIE" (gold5) is that organisation's meeting, named in full: "voor" inside a
    # capitalised name does not end it
    assert meeting_records("Er was in oktober overleg met Ouders voor Inclusie.", D22) == [
        ("Ouders voor Inclusie", None, (), False)
    ]
    # before a lower-case word "voor" still starts the rest of the statement: the party is the VVSG alone
    assert [r[0] for r in meeting_records("Er was op 3 mei 2022 overleg met de VVSG voor de gemeenten.", D22)] == [
        "VVSG"
    ]
