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

from pipeline.model import Action, Report

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


def party_spans(printed: str, parties: list[str]) -> list[tuple[int, int] | None]:
    """Where each party of the parsed list stands in the printed field, in order (None if not found)."""
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for party in parties:
        pattern = r"\s+".join(re.escape(w) for w in party.split())
        m = re.compile(pattern).search(printed, pos) or re.compile(pattern).search(printed)
        spans.append((m.start(), m.end()) if m else None)
        if m:
            pos = m.end()
    return spans


def action_texts(action: Action) -> list[str]:
    """The texts of one action the extractors read (description, entries, budget cells)."""
    return [action.description, *(t for e in action.entries for t in (e.description, e.budget_text) if t.strip())]


def party_canonicals(parties: list[str], texts: list[str] | None = None) -> list[str]:
    """Canonical names of an action's parties; a bare acronym its ``texts`` define gets that definition's."""
    from pipeline.extract.organisations import defined_acronyms, party_canonical

    defined = defined_acronyms(texts or [])
    return [defined.get(" ".join(p.split()).strip(" .,;:")) or party_canonical(p) for p in parties]


def party_rows(report: Report) -> list[dict]:
    """One organisation fact per party in "Andere betrokkenen", its span into the printed field."""
    rows = []
    for action in report.actions():
        unit = TextUnit(action.action_id, None, "other_parties", action.other_parties_text, action.page)
        parties = action.other_parties
        canonicals = party_canonicals(parties, action_texts(action))
        for party, canonical, span in zip(parties, canonicals, party_spans(unit.text, parties),
                                          strict=True):  # fmt: skip
            where = _where(unit, *span) if span else {**_where(unit, 0, 0), "char_start": None, "char_end": None}
            mention = unit.text[span[0] : span[1]] if span else party  # as printed, line breaks and all
            rows.append({**where, "mention": mention, "canonical": canonical, "source": "party_list"})
    return rows


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
    from pipeline.extract.organisations import action_names, with_listed_names

    nlp = nlp or nlp_module.load()
    report_date: date | None = report.report_date
    rows = FactRows()
    units = [unit for unit in text_units(report) if unit.text.strip()]
    pairs = [(u.text, "budget" if u.field == "budget_text" else "text") for u in units]
    # One batched call for the report: the model runs per batch, not per text.
    all_facts = nlp_module.extract_many(nlp, pairs, report_date, chunk_chars=chunk_chars)
    meetings_of = _meetings_named_per_action(units, all_facts)
    listed = {
        a.action_id: action_names(a.other_parties, action_texts(a), a.other_parties_text) for a in report.actions()
    }
    for unit, facts in zip(units, all_facts, strict=True):
        for d in facts.dates:
            rows.dates.append({**_where(unit, d.char_start, d.char_end), "raw": d.raw, "start": d.start,
                               "end": d.end, "granularity": d.granularity, "relation": d.relation,
                               "planned": d.planned})  # fmt: skip
        for a in facts.amounts:
            rows.amounts.append({**_where(unit, a.char_start, a.char_end), "amount_eur": a.amount_eur, "raw": a.raw,
                                 "location": a.location, "breakdown": a.breakdown, "label": a.label})  # fmt: skip
        if unit.field == "budget_text" and not any(a.amount_eur is not None for a in facts.amounts):
            warning = budget_warning(unit)
            if warning:
                rows.warnings.append(warning)
        # The budget cell is annotated text too ("612.500 euro (Vilvoorde)", "Huis van de Vrede: €95.000").
        for o in with_listed_names(unit.text, facts.organisations, listed.get(unit.action_id, {})):
            rows.organisations.append({**_where(unit, o.char_start, o.char_end), "mention": o.mention,
                                       "canonical": o.canonical, "source": o.source})  # fmt: skip
        if unit.field == "description":
            for m in meetings_of[id(unit)]:
                rows.meetings.append({**_where(unit, m.char_start, m.char_end), "body": m.body,
                                      "body_key": m.body_key, "count": m.count, "frequency": m.frequency,
                                      "dates": list(m.dates), "planned": m.planned, "raw": m.raw})  # fmt: skip
    rows.organisations += party_rows(report)
    return rows


def _meetings_named_per_action(units: list[TextUnit], all_facts: list) -> dict[int, list]:  # noqa: ANN001
    """Meetings per description unit, a bare body head named as its action names it elsewhere."""
    from pipeline.extract.meetings import with_action_names

    by_action: dict[str, list[tuple[TextUnit, list]]] = {}
    for unit, facts in zip(units, all_facts, strict=True):
        if unit.field == "description":
            by_action.setdefault(unit.action_id, []).append((unit, facts.meetings))
    out: dict[int, list] = {}
    for pairs in by_action.values():
        named = with_action_names([m for _, m in pairs], [u.text for u, _ in pairs])
        out.update({id(u): m for (u, _), m in zip(pairs, named, strict=True)})
    return out


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
        if r["action_id"] == action_id
        and r["location"] == "budget"
        and not r["breakdown"]
        and r["amount_eur"] is not None
    ]
    return round(sum(values), 2) if values else None
