"""`rapportage show ACTION`: one action across every round, from the published datasets only.

Owns: gathering and formatting one action's lineage (read through ``publish.read_dataset``).

The action is followed through renumbering by ``timeline.lineage_id`` (the number it had in the first round
it appeared in): ``show 13.3`` finds the lineage of every round's action 13.3 and shows each round of it,
whatever number it carries there. Per round: the number, status, ministers, policy domains, budget total,
how ``changes`` matched it to the round before, the entries with their budgets, the facts found
(dates, amounts, organisations, meetings) with their pages, and its sentences that are new, revised or
dropped against the round before (from the ``novelty`` dataset; carried sentences are only counted).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.publish import read_dataset
from pipeline.schemas import PARTITION_KEY

if TYPE_CHECKING:
    import pyarrow as pa

FACTS = ("dates", "amounts", "organisations", "meetings")
_FACT_COLUMNS = {
    "dates": ("raw", "start", "end", "granularity", "planned"),
    "amounts": ("raw", "amount_eur", "location", "breakdown", "label"),
    "organisations": ("mention", "canonical", "source"),
    "meetings": ("body", "count", "frequency", "dates", "planned", "raw"),
}


class ShowError(ValueError):
    """No data, or no action with that number (one line for the user)."""


def _rows(out: Path, dataset: str) -> list[dict]:
    table = read_dataset(out, dataset)
    return table.to_pylist() if table is not None else []


def _rows_of(
    out: Path, dataset: str, keys: set[tuple[str, str]], columns: tuple[str, str] = (PARTITION_KEY, "action_id")
) -> list[dict]:
    """The rows of a dataset whose (round, action) ``columns`` are among ``keys``, in the order stored.
    Only those rows become Python dicts (``to_pylist`` of every row of every round was most of show's time)."""
    table = read_dataset(out, dataset)
    return [] if table is None else _matching(table, keys, columns)


def _matching(
    table: pa.Table, keys: set[tuple[str, str]], columns: tuple[str, str] = (PARTITION_KEY, "action_id")
) -> list[dict]:
    rounds, ids = (table.column(name).to_pylist() for name in columns)
    return _slices_to_pylist(table, [i for i, key in enumerate(zip(rounds, ids, strict=True)) if key in keys])


def _slices_to_pylist(table: pa.Table, indices: list[int]) -> list[dict]:
    """``table.take(indices).to_pylist()`` for ascending indices, by runs of neighbours (slices, so without
    ``pyarrow.compute``: its import costs more than show's whole conversion)."""
    rows: list[dict] = []
    start = 0
    for n, index in enumerate(indices):
        if n + 1 == len(indices) or indices[n + 1] != index + 1:
            rows.extend(table.slice(indices[start], index + 1 - indices[start]).to_pylist())
            start = n + 1
    return rows


def lineages(timeline: list[dict], action_id: str) -> list[str]:
    """The lineages that carry ``action_id`` in some round, in order of first appearance."""
    seen: list[str] = []
    for row in sorted(timeline, key=lambda r: r[PARTITION_KEY]):
        if row["action_id"] == action_id and row["lineage_id"] not in seen:
            seen.append(row["lineage_id"])
    return seen


def action_history(out: Path, action_id: str) -> list[dict]:
    """One record per lineage of ``action_id``: its rounds, each with the action, entries, change and facts."""
    actions = read_dataset(out, "actions")
    if actions is None or not actions.num_rows:
        raise ShowError(f"{out}: no datasets here; run `rapportage run` first or give --out")
    timeline = _rows(out, "timeline")
    found = lineages(timeline, action_id)
    if not found:
        ids = set(actions.column("action_id").to_pylist())
        known = sorted(ids, key=lambda a: tuple(int(p) for p in a.split(".")))
        raise ShowError(f"no action {action_id} in {out} (actions: {known[0]} … {known[-1]})")
    keys = {(t[PARTITION_KEY], t["action_id"]) for t in timeline if t["lineage_id"] in found}
    by_key = {(a[PARTITION_KEY], a["action_id"]): a for a in _matching(actions, keys)}
    entries, facts = defaultdict(list), {kind: defaultdict(list) for kind in FACTS}
    for e in _rows_of(out, "entries", keys):
        entries[(e[PARTITION_KEY], e["action_id"])].append(e)
    for kind in FACTS:
        for f in _rows_of(out, kind, keys):
            facts[kind][(f[PARTITION_KEY], f["action_id"])].append(f)
    changes = {
        (c["to_report"], c["action_id_to"]): c
        for c in _rows_of(out, "changes", keys, ("to_report", "action_id_to"))
        if c["action_id_to"]
    }
    sentences = defaultdict(list)
    for s in _rows_of(out, "novelty", keys):
        sentences[(s[PARTITION_KEY], s["action_id"])].append(s)
    history = []
    for lineage in found:
        rounds = []
        for t in sorted((t for t in timeline if t["lineage_id"] == lineage), key=lambda t: t[PARTITION_KEY]):
            key = (t[PARTITION_KEY], t["action_id"])
            a = by_key[key]
            change = changes.get(key)
            rounds.append(
                {
                    "round": t[PARTITION_KEY],
                    "action_id": t["action_id"],
                    "status": a["status"],
                    "ministers": a["ministers"],
                    "policy_domains": a["policy_domains"],
                    "coordinating_domain": a["coordinating_domain"],
                    "other_parties": a["other_parties"],
                    "budget_total_eur": a["budget_total_eur"],
                    "page": a["page"],
                    "description": a["description"],
                    "change": None
                    if change is None
                    else {
                        "from_round": change["from_report"],
                        "from_action": change["action_id_from"],
                        "match": change["match"],
                        "status_from": change["status_from"],
                        "budget_delta_eur": change["budget_delta_eur"],
                    },
                    "entries": [
                        {
                            "entry_no": e["entry_no"],
                            "competences": e["competences"],
                            "budget_text": e["budget_text"],
                            "page": e["page"],
                            "amounts_eur": [
                                f["amount_eur"]
                                for f in facts["amounts"][key]
                                if f["entry_no"] == e["entry_no"] and f["location"] == "budget"
                            ],
                        }
                        for e in sorted(entries[key], key=lambda e: e["entry_no"])
                    ],
                    "sentences": _marked(sentences[key], change),
                    "facts": {
                        kind: [
                            {**{c: f[c] for c in _FACT_COLUMNS[kind]}, "entry_no": f["entry_no"], "page": f["page"]}
                            for f in facts[kind][key]
                        ]
                        for kind in FACTS
                    },
                }
            )
        history.append({"lineage_id": lineage, "rounds": rounds})
    return history


def _marked(rows: list[dict], change: dict | None) -> dict:
    """Sentence counts per status and the sentences that are not carried, in reading order.

    A round's ``dropped`` rows name the action they were dropped from; only those of this action's
    predecessor belong to it (a removed action's dropped sentences sit under its own number)."""
    before = change["action_id_from"] if change else None
    mine = [r for r in rows if r["status"] != "dropped" or r["previous_action_id"] == before]
    counts = {status: sum(r["status"] == status for r in mine) for status in ("new", "revised", "carried", "dropped")}
    shown = sorted(
        (r for r in mine if r["status"] != "carried"),
        key=lambda r: (r["entry_no"] or 0, r["field"] != "description", r["sentence_no"]),
    )
    return {
        "counts": counts,
        "marked": [
            {
                "status": r["status"],
                "entry_no": r["entry_no"],
                "text": r["text"],
                "previous_text": r["previous_text"],
                "page": r["page"],
            }
            for r in shown
        ],
    }
