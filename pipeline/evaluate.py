"""`rapportage evaluate`: extractor scores against the hand-annotated gold set in tests/gold/.

Matching is per action, as multisets of values (spans are not compared, since the
annotators' and the extractors' span conventions differ slightly):
dates by (start, end, relation) -- the period the expression names and what the phrasing
adds (tests/gold/GUIDELINES.md); amounts by (value, location); organisations by canonical name;
meetings by canonical body (compared as ``body_key``: case, accents, articles and
punctuation do not count) and count or dates. Facts are taken from the parsed text form
of the real report, or from the item sets (tests/gold/unseen/, tests/gold/dev-extra/) read as a Report.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
# What `evaluate` can score: the held-out actions, the unseen-text set, the tuning actions, the synthetic
# tuning items (tests/gold/dev-extra/, December 2018 round).
SPLITS = ("test", "unseen", "dev", "dev-extra", "dev-2019")
REPORT = ROOT / "tests" / "fixtures" / "report-2017-12.txt"


@dataclass(frozen=True)
class Score:
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(split: str, kind: str) -> list[dict]:
    if split in ITEM_SPLITS:
        return items_gold(GOLD / split, kind)
    records = []
    for path in sorted((GOLD / split).glob(f"*/{kind}.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def _multiset_score(gold: list[tuple], predicted: list[tuple]) -> Score:
    g, p = Counter(gold), Counter(predicted)
    return Score(sum(g.values()), sum(p.values()), sum((g & p).values()))


def _meeting_match(gold: dict, pred, strict: bool = False) -> bool:  # noqa: ANN001 - MeetingFact
    """Same canonical body, and the count or the day dates the gold gives.

    A gold record with neither (a frequency only, or a month: GUIDELINES allows both) matches
    a prediction with neither and the same `planned`; ``strict`` refuses those, as the first
    version of this rule did (reported as a second row)."""
    from pipeline.extract.meetings import body_key

    dates = sorted(str(d) for d in pred.dates)
    if body_key(gold["body"] or "") != pred.body_key:
        return False
    if gold.get("count") is not None and gold["count"] == pred.count:
        return True
    if gold.get("dates") and sorted(gold["dates"]) == dates:
        return True
    bare = gold.get("count") is None and not gold.get("dates") and pred.count is None and not dates
    return not strict and bare and bool(gold.get("planned")) == bool(pred.planned)


def evaluate(split: str = "test") -> dict[str, Score]:
    """Scores on a split of the real report ("test", "dev") or on an item split of synthetic text
    ("unseen", "dev-extra": its text.jsonl as a Report of that round), through the same extract stage."""
    from pipeline.extract.dates import dateparser_baseline
    from pipeline.extract.stage import extract_report, text_units
    from pipeline.read import read_document
    from pipeline.structure import build_report

    if split in ITEM_SPLITS:
        report = items_report(GOLD / split, ITEM_SPLITS[split])
    else:
        doc = read_document(REPORT)
        report = build_report(doc.blocks, doc.n_pages)
    facts = extract_report(report)
    results: dict[str, Score] = {}
    kinds = {
        "dates": lambda r: (r["action_id"], str(r["start"]), str(r["end"]), r.get("relation")),
        "amounts": lambda r: (r["action_id"], round(r["amount_eur"], 2), r["location"]),
        "organisations": lambda r: (r["action_id"], r["canonical"]),
    }
    for kind, key in kinds.items():
        gold = load_gold(split, kind)
        actions = {g["action_id"] for g in gold} | _annotated_actions(split)
        predicted = [r for r in getattr(facts, kind) if r["action_id"] in actions]
        if kind == "amounts":
            predicted = [r for r in predicted if r["amount_eur"] is not None]
        gold_keys = [key({**g, "amount_eur": g.get("amount_eur") or 0}) if kind == "amounts" else key(g) for g in gold]
        results[kind] = _multiset_score(gold_keys, [key(r) for r in predicted])
        if kind == "organisations":
            results["organisations (no NER)"] = _multiset_score(gold_keys, _organisations_without_ner(report, actions))
            results["organisations: names not in gazetteer"] = outside_gazetteer_score(
                gold_keys, [key(r) for r in predicted]
            )
    # meetings: greedy one-to-one matching within each action
    gold_meetings = load_gold(split, "meetings")
    actions = _annotated_actions(split)
    texts: dict[str, list[str]] = {}
    for unit in text_units(report):
        if unit.action_id in actions and unit.field == "description":
            texts.setdefault(unit.action_id, []).append(unit.text)
    predicted_meetings = [(aid, m) for aid, ts in texts.items() for m in _action_meetings(ts, report.report_date)]
    for label, strict in (("meetings", False), ("meetings (strict: count or day dates)", True)):
        results[label] = _match_meetings(gold_meetings, predicted_meetings, strict)
    # dateparser's own search_dates on the same texts, as the baseline
    baseline = []
    for unit in text_units(report):
        if unit.action_id in actions:
            baseline += [(unit.action_id, str(d.start), str(d.end), d.relation)
                         for d in dateparser_baseline(unit.text, report.report_date)]  # fmt: skip
    results["dates (dateparser baseline)"] = _multiset_score(
        [kinds["dates"](g) for g in load_gold(split, "dates")], baseline
    )
    return results


def _action_meetings(texts: list[str], report_date) -> list:  # noqa: ANN001 - date; MeetingFacts
    """The meetings of one action's (or item's) description texts, as the pipeline names them."""
    from pipeline.extract.meetings import find_meetings, with_action_names

    per_text = [find_meetings(t, report_date) for t in texts]
    return [m for ms in with_action_names(per_text, texts) for m in ms]


def _match_meetings(gold: list[dict], predicted: list[tuple], strict: bool, unit: str = "action_id") -> Score:
    """Greedy one-to-one matching within each action (or unseen item): (unit id, MeetingFact) pairs."""
    correct, used = 0, set()
    for g in gold:
        for i, (uid, m) in enumerate(predicted):
            if i not in used and uid == g[unit] and _meeting_match(g, m, strict):
                used.add(i)
                correct += 1
                break
    return Score(len(gold), len(predicted), correct)


def _organisations_without_ner(report, actions: set[str]) -> list[tuple[str, str]]:  # noqa: ANN001 - Report
    """(action, canonical) from gazetteer and patterns alone, on the texts extract_report reads."""
    from pipeline.extract.organisations import action_names, find_organisations, with_listed_names
    from pipeline.extract.stage import action_texts, party_rows, text_units

    listed = {
        a.action_id: action_names(a.other_parties, action_texts(a), a.other_parties_text) for a in report.actions()
    }
    return [(u.action_id, m.canonical) for u in text_units(report) if u.action_id in actions
            for m in with_listed_names(u.text, find_organisations(u.text), listed[u.action_id])] + [
        (r["action_id"], r["canonical"]) for r in party_rows(report) if r["action_id"] in actions]  # fmt: skip


def outside_gazetteer_score(gold: list[tuple[str, str]], predicted: list[tuple[str, str]]) -> Score:
    """Gold (action, canonical) whose canonical is not in models/organisations.jsonl, and how many of them the
    predictions match (per action, as multisets); ``predicted`` counts predictions outside the gazetteer."""
    from pipeline.extract.organisations import load_gazetteer

    known = {e.canonical for e in load_gazetteer()}
    g = Counter(k for k in gold if k[1] not in known)
    p = Counter(k for k in predicted if k[1] not in known)
    return Score(sum(g.values()), sum(p.values()), sum((g & Counter(predicted)).values()))


def _annotated_actions(split: str) -> set[str]:
    """The actions of the split (from the guidelines), so that predictions elsewhere are not counted."""
    test = {"1.2", "1.4", "2.2", "3.2", "3.4", "4.2", "4.4", "4.6", "5.2", "5.4", "5.6", "5.8", "5.10", "6.2",
            "6.4", "7.2", "8.1", "9.1", "10.2", "11.2", "11.4", "12.2", "12.4", "12.6", "13.2", "13.4", "14.2",
            "14.4", "14.6", "14.8"}  # fmt: skip
    if split == "test":
        return test
    if split in ITEM_SPLITS:
        return {a.action_id for a in items_report(GOLD / split, ITEM_SPLITS[split]).actions()}
    ids = set()
    for kind in ("dates", "amounts", "meetings", "organisations"):
        ids |= {g["action_id"] for g in load_gold(split, kind)}
    return ids - test


def score_unseen() -> dict[str, Score]:
    """The scores on tests/gold/unseen/ (never tune on it): ``evaluate("unseen")``."""
    return evaluate("unseen")


# --- item folders (tests/gold/unseen/ never tuned on; tests/gold/dev-extra/ for tuning) ----------------------
# Their items are action-like units of a synthetic round; each becomes one action of a Report whose action_id is
# the item id, so the scoring above runs unchanged, per item.

UNSEEN = GOLD / "unseen"
UNSEEN_REPORT_DATE = date(2018, 6, 1)
# split -> the report date of its synthetic round
ITEM_SPLITS = {"unseen": UNSEEN_REPORT_DATE, "dev-extra": date(2018, 12, 1), "dev-2019": date(2019, 6, 1)}


def items_report(folder: Path, report_date: date):  # noqa: ANN201 - pipeline.model.Report
    """The items of ``folder``/text.jsonl as a synthetic Report (one action per item)."""
    from pipeline.model import Action, Entry, Measure, PolicyLine, Report
    from pipeline.structure import split_parties

    path = folder / "text.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path}: the item set is missing")
    actions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        printed = item.get("other_parties_text") or ""
        entries = [Entry(e["entry_no"], list(e.get("competences") or []), e.get("description") or "",
                         e.get("budget_text") or "") for e in item.get("entries", [])]  # fmt: skip
        actions.append(Action(item["item"], item.get("description") or "", other_parties=split_parties(printed),
                              other_parties_text=printed, entries=entries))  # fmt: skip
    name = f"{folder.name} (synthetic)"
    measure = Measure(1, name, actions)
    return Report(f"{report_date:%Y-%m}-synthetic-{folder.name}", f"SYNTHETIC item set {folder.name}",
                  f"{report_date:%Y-%m} (synthetisch)", report_date,
                  policy_lines=[PolicyLine(1, name, [measure])], synthetic=True)  # fmt: skip


def unseen_report(path: Path = UNSEEN / "text.jsonl"):  # noqa: ANN201 - pipeline.model.Report
    return items_report(path.parent, UNSEEN_REPORT_DATE)


def items_gold(folder: Path, kind: str) -> list[dict]:
    """The ``kind`` gold records of an item folder, with the item id as action_id."""
    path = folder / f"{kind}.jsonl"
    if not path.exists():
        return []
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{**r, "action_id": r["item"]} for r in records]
