"""Dataset rows of one round, built from typed records: the parsed ``Report`` and the ``ExtractedFacts``.

Owns: the mapping from the model's records to the columns of ``reports``, ``actions``, ``entries``,
``warnings`` and the four fact datasets (``round_tables``), and the budget total of an action. The
columns themselves are the contract's (``pipeline.schemas``); ``publish.to_table`` checks every row
against it, so a builder here that drifts from the schema fails loudly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

import pyarrow as pa

from pipeline import __version__
from pipeline.extract.stage import (
    ExtractedFacts,
    Found,
    ListedParty,
    Provenance,
    action_texts,
    party_canonicals,
    report_acronyms,
)
from pipeline.model import ParseWarning, Report
from pipeline.publish import to_table

if TYPE_CHECKING:
    from pipeline.extract.amounts import AmountFact
    from pipeline.extract.dates import DateFact
    from pipeline.extract.meetings import MeetingFact
    from pipeline.extract.organisations import OrganisationMention


class ParsedRound(Protocol):
    """What ``round_tables`` needs of a parsed input (``pipeline.run.ParsedReport``)."""

    report: Report
    facts: ExtractedFacts
    source_name: str
    source_format: str
    sha256: str
    read_notes: tuple[str, ...]


# --- facts -----------------------------------------------------------------------------------------------------------


def provenance_row(where: Provenance) -> dict:
    return {
        "action_id": where.action_id,
        "entry_no": where.entry_no,
        "field": where.field,
        "page": where.page,
        "char_start": where.char_start,
        "char_end": where.char_end,
        "context": where.context,
    }


def _date(d: DateFact) -> dict:
    return {
        "raw": d.raw,
        "start": d.start,
        "end": d.end,
        "granularity": d.granularity,
        "relation": d.relation,
        "planned": d.planned,
    }


def _amount(a: AmountFact) -> dict:
    return {
        "amount_eur": a.amount_eur,
        "raw": a.raw,
        "location": a.location,
        "breakdown": a.breakdown,
        "label": a.label,
    }


def _organisation(o: OrganisationMention | ListedParty) -> dict:
    return {"mention": o.mention, "canonical": o.canonical, "source": o.source}


def _meeting(m: MeetingFact) -> dict:
    return {
        "body": m.body,
        "body_key": m.body_key,
        "count": m.count,
        "frequency": m.frequency,
        "dates": list(m.dates),
        "planned": m.planned,
        "raw": m.raw,
    }


FACT_COLUMNS: dict[str, Callable[[object], dict]] = {
    "amounts": _amount,
    "dates": _date,
    "organisations": _organisation,
    "meetings": _meeting,
}


def fact_rows(facts: ExtractedFacts) -> dict[str, list[dict]]:
    """dataset → rows of the four fact datasets. ``is_new`` is unknown here (None): ``compare`` sets it
    against the round published before."""
    return {
        dataset: [{**provenance_row(f.where), **columns(f.fact), "is_new": None} for f in getattr(facts, dataset)]
        for dataset, columns in FACT_COLUMNS.items()
    }


def budget_total(amounts: Iterable[Found[AmountFact]], action_id: str) -> float | None:
    """Sum of the Budget-column amounts of an action, breakdown parts not counted twice."""
    values = [
        f.fact.amount_eur
        for f in amounts
        if f.where.action_id == action_id
        and f.fact.location == "budget"
        and not f.fact.breakdown
        and f.fact.amount_eur is not None
    ]
    return round(sum(values), 2) if values else None


# --- the report's own records ----------------------------------------------------------------------------------------


def action_rows(report: Report, amounts: Iterable[Found[AmountFact]]) -> list[dict]:
    amounts = tuple(amounts)
    shared = report_acronyms(report)
    rows = []
    for line in report.policy_lines:
        for measure in line.measures:
            for a in measure.actions:
                competences = sorted({c for e in a.entries for c in e.competences})
                rows.append(
                    {
                        "action_id": a.action_id,
                        "line_no": line.line_no,
                        "line_title": line.title,
                        "measure_no": measure.measure_no,
                        "measure_title": measure.title,
                        "description": a.description,
                        "status": a.status,
                        "ministers": a.ministers,
                        "policy_domains": a.policy_domains,
                        "coordinating_domain": a.coordinating_domain,
                        "other_parties": a.other_parties,
                        "other_parties_text": a.other_parties_text,
                        "other_parties_canonical": party_canonicals(a.other_parties, action_texts(a), shared),
                        "n_entries": len(a.entries),
                        "competences": competences,
                        "budget_total_eur": budget_total(amounts, a.action_id),
                        "page": a.page,
                    }
                )
    return rows


def entry_rows(report: Report) -> list[dict]:
    return [
        {
            "action_id": a.action_id,
            "entry_no": e.entry_no,
            "competences": e.competences,
            "description": e.description,
            "budget_text": e.budget_text,
            "page": e.page,
        }
        for a in report.actions()
        for e in a.entries
    ]


def warning_row(source_file: str, w: ParseWarning) -> dict:
    return {
        "source_file": source_file,
        "stage": w.stage,
        "action_id": w.action_id,
        "page": w.page,
        "message": w.message,
    }


def warning_rows(parsed: ParsedRound) -> list[dict]:
    """What the reader noted, then the structure's warnings, then the extract stage's."""
    read = [ParseWarning("read", note) for note in parsed.read_notes]
    return [warning_row(parsed.source_name, w) for w in [*read, *parsed.report.warnings, *parsed.facts.warnings]]


def report_row(parsed: ParsedRound, n_actions: int, n_entries: int, n_warnings: int) -> dict:
    report = parsed.report
    return {
        "title": report.title,
        "round_label": report.round_label,
        "report_date": report.report_date,
        "source_file": parsed.source_name,
        "source_format": parsed.source_format,
        "sha256": parsed.sha256,
        "n_pages": report.n_pages,
        "n_actions": n_actions,
        "n_actions_seen": report.n_actions_seen,
        "actions_unread": report.actions_unread,
        "n_entries": n_entries,
        "n_warnings": n_warnings,
        "synthetic": report.synthetic,
        "pipeline_version": __version__,
    }


def round_tables(parsed: ParsedRound) -> dict[str, pa.Table]:
    """Every dataset of one round as a table of its schema (the facts' ``is_new`` still unset)."""
    actions = action_rows(parsed.report, parsed.facts.amounts)
    entries = entry_rows(parsed.report)
    warnings = warning_rows(parsed)
    facts = fact_rows(parsed.facts)
    return {
        "actions": to_table("actions", actions),
        "entries": to_table("entries", entries),
        **{dataset: to_table(dataset, rows) for dataset, rows in facts.items()},
        "warnings": to_table("warnings", warnings),
        "reports": to_table("reports", [report_row(parsed, len(actions), len(entries), len(warnings))]),
    }
