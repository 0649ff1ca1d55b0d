"""Extract stage: every text of a parsed report through the spaCy pipeline, with provenance.

Owns: which texts of a report are read (``text_units``) and the typed facts found in them
(``ExtractedFacts``): each fact with its ``Provenance`` — action, entry (None for the action's own
description), the field its character span indexes, the page, the span and the text around it.
Turning them into dataset rows is ``pipeline.rows``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from pipeline.model import Action, ParseWarning, Report

if TYPE_CHECKING:
    from pipeline.extract.amounts import AmountFact
    from pipeline.extract.dates import DateFact
    from pipeline.extract.meetings import MeetingFact
    from pipeline.extract.organisations import OrganisationMention

CONTEXT_CHARS = 80
# Budget cells that say on purpose that there is no amount; anything else without a euro amount is warned about.
_NO_AMOUNT = re.compile(
    r"^(?:nog (?:te bepalen|niet gekend|onbekend)|n\.?\s?v\.?\s?t\.?|niet van toepassing|nihil|budgetneutraal"
    r"|geen(?: (?:extra|bijkomend|specifiek|apart)e?)?(?: budget| middelen| kosten| financiering)?"
    r"|(?:binnen )?(?:de )?(?:bestaande|reguliere) (?:werking|werkingsmiddelen|middelen|kredieten)|[-–—/]+|0)[.!]?$",
    re.I,
)


@dataclass(frozen=True)
class Provenance:
    """Where a fact stands: ``text[char_start:char_end]`` of ``field`` of the action or entry."""

    action_id: str
    entry_no: int | None  # None: the action's own text
    field: str  # "description", "budget_text" or "other_parties"
    page: int | None
    char_start: int | None  # None: a listed party not found in the printed field
    char_end: int | None
    context: str  # the text around the fact, for checking it by eye


@dataclass(frozen=True)
class ListedParty:
    """A party of "Andere betrokkenen": as printed (as parsed where the printed field does not show it)."""

    mention: str
    canonical: str
    source: str = "party_list"


F = TypeVar("F")


@dataclass(frozen=True)
class Found(Generic[F]):
    """One fact and where it was found."""

    fact: F
    where: Provenance


@dataclass(frozen=True)
class ExtractedFacts:
    """What the extract stage found in one report, in reading order."""

    dates: tuple[Found[DateFact], ...] = ()
    amounts: tuple[Found[AmountFact], ...] = ()
    organisations: tuple[Found[OrganisationMention | ListedParty], ...] = ()
    meetings: tuple[Found[MeetingFact], ...] = ()
    warnings: tuple[ParseWarning, ...] = ()  # budget cells without a readable amount (stage "extract")


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


def report_acronyms(report: Report) -> dict[str, str]:
    """The acronyms the report defines beside their expansion anywhere ("Vlaams Overleg Jeugdpreventie
    (VOJP)") → the canonical of the first definition: an acronym defined in one action names the same
    organisation when another action uses it alone (GUIDELINES.md: "an acronym defined elsewhere")."""
    from pipeline.extract.organisations import defined_acronyms

    return defined_acronyms([t for a in report.actions() for t in action_texts(a)])


def action_names_of(report: Report) -> dict[str, dict[str, str]]:
    """Per action, the names it establishes for its texts (``organisations.action_names``), the acronyms the
    rest of the report defines included."""
    from pipeline.extract.organisations import action_names

    shared = report_acronyms(report)
    return {
        a.action_id: action_names(a.other_parties, action_texts(a), a.other_parties_text, report_defined=shared)
        for a in report.actions()
    }


def with_established_names(
    names: dict[str, dict[str, str]], units: list[TextUnit], hits: list[list[OrganisationMention]]
) -> dict[str, dict[str, str]]:
    """``names`` (per action) plus the names each action's texts establish (``organisations.established_names``);
    a listed party or a defined acronym keeps its own canonical."""
    from pipeline.extract.organisations import established_names

    out = {aid: dict(n) for aid, n in names.items()}
    for unit, unit_hits in zip(units, hits, strict=True):
        action = out.setdefault(unit.action_id, {})
        for form, canonical in established_names(list(unit_hits), text=unit.text).items():
            action.setdefault(form, canonical)
    return out


def party_canonicals(
    parties: list[str], texts: list[str] | None = None, report_defined: dict[str, str] | None = None
) -> list[str]:
    """Canonical names of an action's parties; a bare acronym its ``texts`` define gets that definition's, else
    the one the rest of the report defines (``report_defined``)."""
    from pipeline.extract.organisations import defined_acronyms, party_canonical, with_listed_heads

    defined = {**(report_defined or {}), **defined_acronyms(texts or [])}
    # (a plural unit head carries over the bare names after it: "politiezones Brussel-Noord, Brussel-West")
    headed = with_listed_heads(parties)
    return [
        defined.get(" ".join(p.split()).strip(" .,;:")) or _defined_division(party_canonical(h), defined)
        for p, h in zip(parties, headed, strict=True)
    ]


def _defined_division(canonical: str, defined: dict[str, str]) -> str:
    """ "onderzoeksgroep CEVIR" (the party "onderzoeksgroep CEVIR (UAntwerpen)") where the texts define "CEVIR
    (Centrum voor Evaluatie ...)": a lower-case head before a defined acronym is that definition's organisation."""
    m = re.fullmatch(r"[a-zà-ý]+\s+(?P<acronym>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)", canonical)
    return defined.get(m["acronym"], canonical) if m else canonical


def party_facts(report: Report) -> list[Found[ListedParty]]:
    """One organisation fact per party in "Andere betrokkenen", its span into the printed field."""
    found = []
    shared = report_acronyms(report)
    for action in report.actions():
        unit = TextUnit(action.action_id, None, "other_parties", action.other_parties_text, action.page)
        parties = action.other_parties
        canonicals = party_canonicals(parties, action_texts(action), shared)
        for party, canonical, span in zip(parties, canonicals, party_spans(unit.text, parties), strict=True):
            where = _where(unit, *span) if span else _where(unit, 0, 0, located=False)
            mention = unit.text[span[0] : span[1]] if span else party  # as printed, line breaks and all
            found.append(Found(ListedParty(mention, canonical), where))
    return found


def context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")


def _where(unit: TextUnit, start: int, end: int, located: bool = True) -> Provenance:
    """``located=False``: no span (the context is then the field's beginning)."""
    return Provenance(
        unit.action_id,
        unit.entry_no,
        unit.field,
        unit.page,
        start if located else None,
        end if located else None,
        context(unit.text, start, end),
    )


def extract_report(report: Report, nlp=None, chunk_chars: int | None = None) -> ExtractedFacts:
    from pipeline.extract import nlp as nlp_module
    from pipeline.extract.organisations import with_listed_names

    nlp = nlp or nlp_module.load()
    report_date: date | None = report.report_date
    dates, amounts, organisations, meetings, warnings = [], [], [], [], []
    units = [unit for unit in text_units(report) if unit.text.strip()]
    pairs = [(u.text, "budget" if u.field == "budget_text" else "text") for u in units]
    # One batched call for the report: the model runs per batch, not per text.
    all_facts = nlp_module.extract_many(nlp, pairs, report_date, chunk_chars=chunk_chars)
    listed = with_established_names(action_names_of(report), units, [f.organisations for f in all_facts])
    meetings_of = _meetings_named_per_action(units, all_facts, listed)
    for unit, facts in zip(units, all_facts, strict=True):
        dates += [Found(d, _where(unit, d.char_start, d.char_end)) for d in facts.dates]
        amounts += [Found(a, _where(unit, a.char_start, a.char_end)) for a in facts.amounts]
        if unit.field == "budget_text" and not any(a.amount_eur is not None for a in facts.amounts):
            warning = budget_warning(unit)
            if warning:
                warnings.append(warning)
        # The budget cell is annotated text too ("612.500 euro (Vilvoorde)", "Huis van de Vrede: €95.000").
        named = with_listed_names(unit.text, facts.organisations, listed.get(unit.action_id, {}))
        organisations += [Found(o, _where(unit, o.char_start, o.char_end)) for o in named]
        if unit.field == "description":
            meetings += [Found(m, _where(unit, m.char_start, m.char_end)) for m in meetings_of[id(unit)]]
    organisations += party_facts(report)
    return ExtractedFacts(tuple(dates), tuple(amounts), tuple(organisations), tuple(meetings), tuple(warnings))


def _meetings_named_per_action(
    units: list[TextUnit], all_facts: list, names: dict[str, dict[str, str]]
) -> dict[int, list]:
    """Meetings per description unit, a bare body head named as its action names it elsewhere, an organisation as
    the action's ``names`` (per action: printed form -> canonical) name it."""
    from pipeline.extract.meetings import with_action_names

    by_action: dict[str, list[tuple[TextUnit, list]]] = {}
    for unit, facts in zip(units, all_facts, strict=True):
        if unit.field == "description":
            by_action.setdefault(unit.action_id, []).append((unit, facts.meetings))
    out: dict[int, list] = {}
    for pairs in by_action.values():
        action_id = pairs[0][0].action_id
        named = with_action_names([m for _, m in pairs], [u.text for u, _ in pairs], names.get(action_id, {}))
        out.update({id(u): m for (u, _), m in zip(pairs, named, strict=True)})
    return out


def budget_warning(unit: TextUnit) -> ParseWarning | None:
    """A warning for a budget cell in which no euro amount could be read (its text stays in budget_text)."""
    text = " ".join(unit.text.split())
    if _NO_AMOUNT.match(text):
        return None
    shown = text if len(text) <= 80 else text[:79] + "…"
    return ParseWarning(
        "extract",
        f"entry {unit.entry_no}: no euro amount could be read in the budget cell "
        f"{shown!r}; kept as printed in budget_text",
        unit.action_id,
        unit.page,
    )
