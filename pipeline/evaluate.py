"""`rapportage evaluate`: extractor scores against the hand-annotated gold set (models/gold/, ``pipeline.gold``).

Owns: what is scored for each kind of fact and how a prediction counts as right (the split rule, the gold
records and the scores themselves come from ``pipeline.gold``).
Matching is per action, as multisets of values (spans are not compared, since the
annotators' and the extractors' span conventions differ slightly):
dates by (start, end, relation) -- the period the expression names and what the phrasing
adds (models/gold/GUIDELINES.md); amounts by (value, location); organisations by canonical name;
meetings by canonical body (compared as ``body_key``: case, accents, articles and
punctuation do not count) and count or dates. Facts are taken from the parsed text form
of the real report, or from the item sets (models/gold/unseen/, models/gold/dev-extra/) read as a Report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.gold import (
    GOLD_DIR,
    ITEM_SPLITS,
    KINDS,
    REPORT_TEXT,
    Score,
    is_test_action,
    load_gold,
    meeting_matches,
    multiset_score,
    one_to_one_score,
    same_statement,
    split_report,
)

if TYPE_CHECKING:
    from pipeline.extract.meetings import MeetingFact
    from pipeline.extract.stage import ExtractedFacts
    from pipeline.model import Report


def evaluate(split: str = "test", root: Path = GOLD_DIR, report_text: Path = REPORT_TEXT) -> dict[str, Score]:
    """Scores on a split of the real report ("test", "dev": ``report_text`` parsed) or on an item split of
    synthetic text ("unseen", "dev-extra": its text.jsonl as a Report of that round), through the same extract
    stage; the gold is read from ``root``."""
    from pipeline.extract.dates import dateparser_baseline
    from pipeline.extract.stage import extract_report, text_units
    from pipeline.rows import fact_rows

    report = split_report(split, root, report_text)
    annotated = _annotated_actions(split, report, root)
    extracted = extract_report(report)
    facts = fact_rows(extracted)
    results: dict[str, Score] = {}
    kinds = {
        "dates": lambda r: (r["action_id"], str(r["start"]), str(r["end"]), r.get("relation")),
        "amounts": lambda r: (r["action_id"], round(r["amount_eur"], 2), r["location"]),
        "organisations": lambda r: (r["action_id"], r["canonical"]),
    }
    for kind, key in kinds.items():
        gold = load_gold(split, kind, root)
        actions = {g["action_id"] for g in gold} | annotated
        predicted = [r for r in facts[kind] if r["action_id"] in actions]
        if kind == "amounts":
            predicted = [r for r in predicted if r["amount_eur"] is not None]
        gold_keys = [key({**g, "amount_eur": g.get("amount_eur") or 0}) if kind == "amounts" else key(g) for g in gold]
        results[kind] = multiset_score(gold_keys, [key(r) for r in predicted])
        if kind == "organisations":
            results["organisations (no NER)"] = multiset_score(gold_keys, organisations_without_ner(report, actions))
            results["organisations: names not in gazetteer"] = outside_gazetteer_score(
                gold_keys, [key(r) for r in predicted]
            )
    # meetings: greedy one-to-one matching within each action
    gold_meetings = load_gold(split, "meetings", root)
    predicted_meetings = predicted_meetings_of(extracted, annotated)
    for label, strict in (("meetings", False), ("meetings (strict: count or day dates)", True)):
        results[label] = one_to_one_score(gold_meetings, predicted_meetings, _meeting_rule(strict))
    # (how much of the meetings score is finding the statement, how much naming its body)
    results["meetings: statement found, any body"] = one_to_one_score(gold_meetings, predicted_meetings, same_statement)
    # dateparser's own search_dates on the same texts, as the baseline
    baseline = []
    for unit in text_units(report):
        if unit.action_id in annotated:
            baseline += [
                (unit.action_id, str(d.start), str(d.end), d.relation)
                for d in dateparser_baseline(unit.text, report.report_date)
            ]
    results["dates (dateparser baseline)"] = multiset_score(
        [kinds["dates"](g) for g in load_gold(split, "dates", root)], baseline
    )
    return results


def predicted_meetings_of(extracted: ExtractedFacts, actions: set[str]) -> list[tuple[str, MeetingFact]]:
    """(action, meeting) for the meetings the extract stage found in ``actions``, in report order: the very facts
    the pipeline publishes, so that what is scored is what users get."""
    return [(f.where.action_id, f.fact) for f in extracted.meetings if f.where.action_id in actions]


def _meeting_rule(strict: bool) -> Callable[[dict, MeetingFact], bool]:
    return lambda gold, pred: meeting_matches(gold, pred, strict)


def organisations_without_ner(report: Report, actions: set[str]) -> list[tuple[str, str]]:
    """(action, canonical) from gazetteer and patterns alone, on the texts extract_report reads."""
    from pipeline.extract.organisations import find_organisations, with_listed_names
    from pipeline.extract.stage import action_names_of, party_facts, text_units, with_established_names

    units = [u for u in text_units(report) if u.text.strip()]
    hits = [find_organisations(u.text) for u in units]
    listed = with_established_names(action_names_of(report), units, hits)
    return [
        (u.action_id, m.canonical)
        for u, unit_hits in zip(units, hits, strict=True)
        if u.action_id in actions
        for m in with_listed_names(u.text, unit_hits, listed[u.action_id])
    ] + [(f.where.action_id, f.fact.canonical) for f in party_facts(report) if f.where.action_id in actions]


def outside_gazetteer_score(gold: list[tuple[str, str]], predicted: list[tuple[str, str]]) -> Score:
    """Gold (action, canonical) whose canonical is not in models/organisations.jsonl, and how many of them the
    predictions match (per action, as multisets); ``predicted`` counts predictions outside the gazetteer."""
    from pipeline.extract.organisations import load_gazetteer

    known = {e.canonical for e in load_gazetteer()}
    g = Counter(k for k in gold if k[1] not in known)
    p = Counter(k for k in predicted if k[1] not in known)
    return Score(sum(g.values()), sum(p.values()), sum((g & Counter(predicted)).values()))


def _annotated_actions(split: str, report: Report, root: Path) -> set[str]:
    """The actions of the split, so that predictions elsewhere are not counted: the held-out actions of the
    real report (the split rule), every item of an item split, or the dev actions the dev gold annotates."""
    if split == "test":
        return {a.action_id for a in report.actions() if is_test_action(a.action_id)}
    if split in ITEM_SPLITS:
        return {a.action_id for a in report.actions()}
    ids = set()
    for kind in KINDS:
        ids |= {g["action_id"] for g in load_gold(split, kind, root)}
    return {a for a in ids if not is_test_action(a)}
