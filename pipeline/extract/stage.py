"""Extract stage: every text of a parsed report through the spaCy pipeline, with provenance.

Each fact becomes a row that names its action, entry (None for the action's own
description), the field its character span indexes (``description`` or
``budget_text``), the page and the span itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from pipeline.model import Report

CONTEXT_CHARS = 80
# Budget cells that say on purpose that there is no amount; anything else without a euro amount is warned about.
_NO_AMOUNT = re.compile(
    r"^(?:nog (?:te bepalen|niet gekend|onbekend)|n\.?\s?v\.?\s?t\.?|niet van toepassing|nihil|budgetneutraal"
    r"|geen(?: (?:extra|bijkomend|specifiek|apart)e?)?(?: budget| middelen| kosten| financiering)?"
    r"|(?:binnen )?(?:de )?(?:bestaande|reguliere) (?:werking|werkingsmiddelen|middelen|kredieten)|[-–—/]+|0)[.!]?$",
    re.I,
)


@dataclass
class FactRows:
    dates: list[dict] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)
    organisations: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)  # rows of the warnings dataset (stage "extract")


@dataclass(frozen=True)
class TextUnit:
    """One text of the report the extractors read."""

    action_id: str
    entry_no: int | None
    field: str  # "description" or "budget_text"
    text: str
    page: int | None


def text_units(report: Report) -> Iterator[TextUnit]:
    for action in report.actions():
        yield TextUnit(action.action_id, None, "description", action.description, action.page)
        for entry in action.entries:
            yield TextUnit(action.action_id, entry.entry_no, "description", entry.description, entry.page)
            if entry.budget_text.strip():
                yield TextUnit(action.action_id, entry.entry_no, "budget_text", entry.budget_text, entry.page)


def context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")


def _where(unit: TextUnit, start: int, end: int) -> dict:
    return {
        "action_id": unit.action_id,
        "entry_no": unit.entry_no,
        "field": unit.field,
        "page": unit.page,
        "char_start": start,
        "char_end": end,
        "context": context(unit.text, start, end),
    }


def extract_report(report: Report, nlp=None, chunk_chars: int | None = None) -> FactRows:  # noqa: ANN001
    from pipeline import nlp as nlp_module

    nlp = nlp or nlp_module.load()
    report_date: date | None = report.report_date
    rows = FactRows()
    units = [unit for unit in text_units(report) if unit.text.strip()]
    pairs = [(u.text, "budget" if u.field == "budget_text" else "text") for u in units]
    # One batched call for the report: the model runs per batch, not per text.
    found = nlp_module.extract_many(nlp, pairs, report_date, chunk_chars=chunk_chars)
    for unit, facts in zip(units, found, strict=True):
        for d in facts.dates:
            rows.dates.append({**_where(unit, d.char_start, d.char_end), "raw": d.raw, "start": d.start,
                               "end": d.end, "granularity": d.granularity, "planned": d.planned})  # fmt: skip
        for a in facts.amounts:
            rows.amounts.append({**_where(unit, a.char_start, a.char_end), "amount_eur": a.amount_eur, "raw": a.raw,
                                 "location": a.location, "breakdown": a.breakdown, "label": a.label})  # fmt: skip
        if unit.field == "budget_text" and not any(a.amount_eur is not None for a in facts.amounts):
            warning = budget_warning(unit)
            if warning:
                rows.warnings.append(warning)
        if unit.field == "description":
            for o in facts.organisations:
                rows.organisations.append({**_where(unit, o.char_start, o.char_end), "mention": o.mention,
                                           "canonical": o.canonical, "source": o.source})  # fmt: skip
            for m in facts.meetings:
                rows.meetings.append({**_where(unit, m.char_start, m.char_end), "body": m.body, "count": m.count,
                                      "frequency": m.frequency, "dates": list(m.dates), "planned": m.planned,
                                      "raw": m.raw})  # fmt: skip
    return rows


def budget_warning(unit: TextUnit) -> dict | None:
    """A warnings row for a budget cell in which no euro amount could be read (its text stays in budget_text)."""
    text = " ".join(unit.text.split())
    if _NO_AMOUNT.match(text):
        return None
    shown = text if len(text) <= 80 else text[:79] + "…"
    return {"stage": "extract", "action_id": unit.action_id, "page": unit.page,
            "message": f"entry {unit.entry_no}: no euro amount could be read in the budget cell {shown!r}; "
                       "kept as printed in budget_text"}  # fmt: skip


def budget_total(amount_rows: list[dict], action_id: str) -> float | None:
    """Sum of the Budget-column amounts of an action, breakdown parts not counted twice."""
    values = [
        r["amount_eur"]
        for r in amount_rows
        if r["action_id"] == action_id and r["location"] == "budget" and not r["breakdown"]
        and r["amount_eur"] is not None
    ]
    return round(sum(values), 2) if values else None
