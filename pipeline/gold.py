"""The hand-annotated gold set in ``models/gold/`` (shipped with the package): split, loading and scoring.

Owns: the dev/test split rule of the real report's actions, where the gold and the report text it annotates
live, reading the gold records and item texts of each split, and the multiset scores (``Score``) and the
one-to-one meeting matching that ``rapportage evaluate``, ``train_ner`` and the tests report.
How to annotate and what each split is: ``models/gold/README.md`` and ``models/gold/GUIDELINES.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.paths import model_file

if TYPE_CHECKING:
    from pipeline.extract.meetings import MeetingFact
    from pipeline.model import Report

GOLD_DIR = model_file("gold")
# The text form of the December 2017 report, the text every record of the test and dev splits annotates (a
# copy of tests/fixtures/report-2017-12.txt, kept byte-identical by tests/test_gold_files.py).
REPORT_TEXT = GOLD_DIR / "report-2017-12.txt"

# The splits of the real report: their gold lies in ``<split>/*/<kind>.jsonl``.
REPORT_SPLITS = ("test", "dev")
# The item splits: action-like items of a synthetic round (``<split>/text.jsonl``, gold beside it), by the
# report date of that round (which are held out and which are tuned on: HELD_OUT_SPLITS, TUNING_SPLITS).
ITEM_SPLITS = {
    "unseen": date(2018, 6, 1),
    "dev-extra": date(2018, 12, 1),
    "dev-2019": date(2019, 6, 1),
    "dev-2019-12": date(2019, 12, 1),
    "dev-2020-06": date(2020, 6, 1),
    "dev-2020-12": date(2020, 12, 1),
    "unseen-2021-06": date(2021, 6, 1),
    "dev-2021-12": date(2021, 12, 1),
    "unseen-2022-06": date(2022, 6, 1),
    "dev-2022-12": date(2022, 12, 1),
    "dev-2023-12": date(2023, 12, 1),
    "unseen-2023-06": date(2023, 6, 1),
    "unseen-2024-06": date(2024, 6, 1),
    "dev-2024-12": date(2024, 12, 1),
    "unseen-2025-06": date(2025, 6, 1),
    "dev-2025-12": date(2025, 12, 1),
    "unseen-2026-06": date(2026, 6, 1),
    "dev-2026-12": date(2026, 12, 1),
    "unseen-2026-12": date(2026, 12, 1),
}
# The splits nobody tuned on: the held-out actions and the synthetic sets written and annotated blind. No rule,
# vocabulary or model may be tuned on them; `evaluate` shows them by default, error_kinds only counts their errors.
HELD_OUT_SPLITS = (
    "test",
    "unseen",
    "unseen-2021-06",
    "unseen-2022-06",
    "unseen-2023-06",
    "unseen-2024-06",
    "unseen-2025-06",
    "unseen-2026-06",
    "unseen-2026-12",
)
# The splits the rules and the model are tuned on: the dev actions and the synthetic tuning items.
TUNING_SPLITS = (
    "dev",
    "dev-extra",
    "dev-2019",
    "dev-2019-12",
    "dev-2020-06",
    "dev-2020-12",
    "dev-2021-12",
    "dev-2022-12",
    "dev-2023-12",
    "dev-2024-12",
    "dev-2025-12",
    "dev-2026-12",
)
# What `evaluate` can score.
SPLITS = HELD_OUT_SPLITS + TUNING_SPLITS
KINDS = ("dates", "amounts", "meetings", "organisations")
# The only action of its measure: held out although its number is odd, so that the test split covers all 14.
SOLE_ACTIONS = frozenset({"8.1", "9.1"})


def is_test_action(action_id: str) -> bool:
    """The split rule: an action of the real report is held out (test) when its number inside its measure is
    even, or when it is the only action of its measure (8.1, 9.1); every other action is dev."""
    return int(action_id.split(".")[1]) % 2 == 0 or action_id in SOLE_ACTIONS


def in_split(action_id: str, split: str) -> bool:
    """Whether an action of the real report belongs to ``split`` ("test" or "dev")."""
    if split not in REPORT_SPLITS:
        raise ValueError(f"{split!r} is not a split of the real report ({', '.join(REPORT_SPLITS)})")
    return is_test_action(action_id) == (split == "test")


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_gold(split: str, kind: str, root: Path = GOLD_DIR) -> list[dict]:
    """The ``kind`` records of ``split``: of every annotation folder of a report split, in path order, or of
    an item folder with the item id as ``action_id`` (an item folder without that kind has none)."""
    if split in ITEM_SPLITS:
        path = root / split / f"{kind}.jsonl"
        return [{**r, "action_id": r["item"]} for r in read_jsonl(path)] if path.exists() else []
    return [record for path in sorted((root / split).glob(f"*/{kind}.jsonl")) for record in read_jsonl(path)]


def items_report(folder: Path, report_date: date) -> Report:
    """The items of ``folder``/text.jsonl as a synthetic Report (one action per item, its id the item id)."""
    from pipeline.gazetteer import load_gazetteer
    from pipeline.model import Action, Entry, Measure, PolicyLine, Report
    from pipeline.read.textnorm import cell_text
    from pipeline.structure import split_parties

    path = folder / "text.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"{path}: the item set is missing")
    actions = []
    party_names = load_gazetteer().party_names
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        printed = item.get("other_parties_text") or ""
        entries = [
            # (Item texts carry the text converter's HTML, as the report's text form does: read as the text
            # reader reads a cell.)
            Entry(
                e["entry_no"],
                list(e.get("competences") or []),
                cell_text(e.get("description") or ""),
                cell_text(e.get("budget_text") or ""),
            )
            for e in item.get("entries", [])
        ]
        actions.append(
            Action(
                item["item"],
                cell_text(item.get("description") or ""),
                other_parties=split_parties(printed, party_names),
                other_parties_text=printed,
                entries=entries,
            )
        )
    name = f"{folder.name} (synthetic)"
    measure = Measure(1, name, actions)
    return Report(
        f"{report_date:%Y-%m}-synthetic-{folder.name}",
        f"SYNTHETIC item set {folder.name}",
        f"{report_date:%Y-%m} (synthetisch)",
        report_date,
        policy_lines=[PolicyLine(1, name, [measure])],
        synthetic=True,
    )


def split_report(split: str, root: Path = GOLD_DIR, report_text: Path = REPORT_TEXT) -> Report:
    """The text a split annotates, as a Report: its items (item splits), else the parsed real report."""
    if split in ITEM_SPLITS:
        return items_report(root / split, ITEM_SPLITS[split])
    from pipeline.gazetteer import load_gazetteer
    from pipeline.read import read_document
    from pipeline.structure import build_report

    document = read_document(report_text)
    report = build_report(document.blocks, document.n_pages, gazetteer=load_gazetteer())
    return _only_split(report, split) if split in REPORT_SPLITS else report


def _only_split(report: Report, split: str) -> Report:
    """The report with only the actions of ``split``: a tool that prints a split's text (a tuning script, a
    helper's check) cannot show another split's actions by accident (it once did: the dev split was the whole
    report)."""
    from dataclasses import replace

    lines = [
        replace(
            line,
            measures=[
                replace(m, actions=[a for a in m.actions if in_split(a.action_id, split)]) for m in line.measures
            ],
        )
        for line in report.policy_lines
    ]
    return replace(report, policy_lines=lines, introduction=[])


@dataclass(frozen=True)
class Score:
    """How many gold records, predictions and correct predictions; ``+`` adds two scores (folds, parts)."""

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

    def prf(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1

    def __add__(self, other: Score) -> Score:
        return Score(self.gold + other.gold, self.predicted + other.predicted, self.correct + other.correct)


NO_SCORE = Score(0, 0, 0)


def multiset_score(gold: Iterable, predicted: Iterable) -> Score:
    """Gold and predicted keys compared as multisets (a key predicted twice but annotated once is one right,
    one wrong); either may be given as a Counter."""
    g, p = Counter(gold), Counter(predicted)
    return Score(sum(g.values()), sum(p.values()), sum((g & p).values()))


def meeting_matches(gold: dict, pred: MeetingFact, strict: bool = False) -> bool:
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


def same_statement(gold: dict, pred: MeetingFact) -> bool:
    """Does the prediction stand on the gold record's statement, whatever body it names? (Annotators and the
    extractor cut statements a little differently: either text containing the other, or a common stretch of
    at least 30 characters, counts.) The detection half of a meeting match: a researcher counting meetings per
    action can trust this much even where a body is named otherwise."""
    g, p = " ".join((gold.get("raw") or "").split()), " ".join(pred.raw.split())
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    m = SequenceMatcher(None, g, p, autojunk=False).find_longest_match(0, len(g), 0, len(p))
    return m.size >= min(30, len(g), len(p))


def match_one_to_one(
    gold: list[dict],
    predicted: list[tuple[str, MeetingFact]],
    match: Callable[[dict, MeetingFact], bool],
    unit: str = "action_id",
) -> list[int | None]:
    """Greedy one-to-one matching within each action (or item): for each gold record in order, the index of
    the first unused (unit id, prediction) pair it ``match``es, or None."""
    used: set[int] = set()
    hits: list[int | None] = []
    for g in gold:
        hit = next(
            (i for i, (uid, p) in enumerate(predicted) if i not in used and uid == g[unit] and match(g, p)), None
        )
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def one_to_one_score(
    gold: list[dict], predicted: list[tuple[str, MeetingFact]], match: Callable[[dict, MeetingFact], bool]
) -> Score:
    hits = match_one_to_one(gold, predicted, match)
    return Score(len(gold), len(predicted), sum(h is not None for h in hits))
