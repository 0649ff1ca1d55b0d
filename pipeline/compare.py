"""Compare stage: successive rounds → `changes` (per action, per pair of rounds), `timeline`, `novelty`
(per sentence) and the facts' `is_new`.

Owns: matching actions across rounds and the derived datasets' rows; it reads and writes through
``publish`` and finds partitions through ``schemas``.

Reads only the published datasets. Actions are matched by number when their texts
agree, else by content, so renumbered (e.g. swapped) actions are followed; what
stays unmatched is added or removed — except an action the later round's
self-check saw in its text but could not read: that one is "unread", not removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.novelty import FACT_DATASETS, fact_keys, fields_of, is_new_flags, novelty_rows
from pipeline.publish import read_dataset, read_file, remove_round, to_table, write_partition, write_round
from pipeline.schemas import partition_file, partition_folders, partitions

SAME_ACTION = 0.6  # description similarity above which two actions are the same action


@dataclass(frozen=True)
class Match:
    id_from: str | None
    id_to: str | None
    how: str  # id, content, added, removed
    similarity: float | None


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def similarity(a: str | None, b: str | None) -> float:
    a, b = _norm(a), _norm(b)
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SAME_ACTION or matcher.quick_ratio() < SAME_ACTION:
        return matcher.quick_ratio()
    return matcher.ratio()


# The last matches made in this process: a run matches each new round with the one before when it publishes
# it (``with_new_facts``) and again in ``change_rows``; the same two rounds need not be matched twice.
_MATCHED: dict[tuple, list[Match]] = {}
_REMEMBERED = 8


def match_actions(before: dict[str, str], after: dict[str, str]) -> list[Match]:
    """before/after: action_id → description. Id first, then best content match."""
    key = (tuple(before.items()), tuple(after.items()))
    if key not in _MATCHED:
        if len(_MATCHED) >= _REMEMBERED:
            del _MATCHED[next(iter(_MATCHED))]
        _MATCHED[key] = _match_actions(before, after)
    return list(_MATCHED[key])


def _match_actions(before: dict[str, str], after: dict[str, str]) -> list[Match]:
    matches: list[Match] = []
    left_from, left_to = dict(before), dict(after)
    for aid in [a for a in before if a in after]:
        score = similarity(before[aid], after[aid])
        if score >= SAME_ACTION:
            matches.append(Match(aid, aid, "id", round(score, 4)))
            del left_from[aid], left_to[aid]
    candidates = sorted(
        ((similarity(left_from[a], left_to[b]), a, b) for a in left_from for b in left_to),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for score, a, b in candidates:
        if score < SAME_ACTION:
            break
        if a in left_from and b in left_to:
            matches.append(Match(a, b, "content", round(score, 4)))
            del left_from[a], left_to[b]
    matches += [Match(a, None, "removed", None) for a in left_from]
    matches += [Match(None, b, "added", None) for b in left_to]
    return matches


def _by_round(table) -> dict[str, dict[str, dict]]:  # pyarrow Table
    rounds: dict[str, dict[str, dict]] = {}
    for row in table.to_pylist():
        rounds.setdefault(row["report_id"], {})[row["action_id"]] = row
    return rounds


def change_rows(
    from_id: str, to_id: str, before: dict[str, dict], after: dict[str, dict], unread: frozenset[str] = frozenset()
) -> list[dict]:
    """``unread``: actions the later round's self-check saw in its text but its parser could not read."""
    rows = []
    matches = match_actions(
        {k: v["description"] for k, v in before.items()}, {k: v["description"] for k, v in after.items()}
    )
    # Not in the later round's parsed actions, yet in its text: unread there, not removed.
    matches = [
        Match(m.id_from, None, "unread", None) if m.how == "removed" and m.id_from in unread else m for m in matches
    ]
    for m in matches:
        a = before.get(m.id_from) if m.id_from else None
        b = after.get(m.id_to) if m.id_to else None
        budget_from = a["budget_total_eur"] if a else None
        budget_to = b["budget_total_eur"] if b else None
        parties_a, parties_b = set(a["other_parties"] if a else []), set(b["other_parties"] if b else [])
        comps_a, comps_b = set(a["competences"] if a else []), set(b["competences"] if b else [])
        rows.append(
            {
                "from_report": from_id,
                "to_report": to_id,
                "action_id_from": m.id_from,
                "action_id_to": m.id_to,
                "match": m.how,
                "similarity": m.similarity,
                "status_from": a["status"] if a else None,
                "status_to": b["status"] if b else None,
                "status_changed": bool(a and b and a["status"] != b["status"]),
                "budget_from_eur": budget_from,
                "budget_to_eur": budget_to,
                "budget_delta_eur": None
                if budget_from is None and budget_to is None
                else round((budget_to or 0.0) - (budget_from or 0.0), 2),
                "parties_added": sorted(parties_b - parties_a) if a and b else [],
                "parties_removed": sorted(parties_a - parties_b) if a and b else [],
                "competences_added": sorted(comps_b - comps_a) if a and b else [],
                "competences_removed": sorted(comps_a - comps_b) if a and b else [],
                "description_changed": bool(a and b and _norm(a["description"]) != _norm(b["description"])),
            }
        )
    return sorted(rows, key=lambda r: _sort_key(r["action_id_to"] or r["action_id_from"]))


def _sort_key(action_id: str) -> tuple[int, ...]:
    return tuple(int(p) for p in action_id.split("."))


def _counts(out: Path, dataset: str) -> dict[tuple[str, str], list[dict]]:
    table = read_dataset(out, dataset)
    grouped: dict[tuple[str, str], list[dict]] = {}
    if table is not None:
        for row in table.to_pylist():
            grouped.setdefault((row["report_id"], row["action_id"]), []).append(row)
    return grouped


def _unread(out: Path) -> dict[str, frozenset[str]]:
    """Round → the actions its self-check saw but its parser could not read (rounds written before the
    self-check existed have none)."""
    table = read_dataset(out, "reports")
    if table is None or "actions_unread" not in table.column_names:
        return {}
    return {r["report_id"]: frozenset(r["actions_unread"] or ()) for r in table.to_pylist()}


def write_comparisons(out: Path) -> list[str]:
    """(Re)writes `changes`, `timeline` and `novelty` and the facts' `is_new` for every round; returns the round ids."""
    actions = read_dataset(out, "actions")
    if actions is None:
        return []
    rounds = _by_round(actions)
    order = sorted(rounds)
    # A round removed (or the first round replaced) leaves no comparison that speaks of it.
    for dataset, keep in (("changes", set(order)), ("timeline", set(order)), ("novelty", set(order))):
        for rid in partition_folders(out, dataset):
            if rid not in keep:
                remove_round(out, dataset, rid)
    dates, meetings, orgs = _counts(out, "dates"), _counts(out, "meetings"), _counts(out, "organisations")
    unread = _unread(out)
    lineage: dict[str, dict[str, str]] = {order[0]: {a: a for a in rounds[order[0]]}}
    # The first round has nothing to be compared with: its partition is empty, so that `changes` exists
    # (with its schema) after every run and readers need no special case for a single round.
    write_partition(out, "changes", order[0], to_table("changes", []))
    pairs: dict[str, list[tuple[str | None, str | None]]] = {}
    for prev, cur in zip(order, order[1:], strict=False):
        rows = change_rows(prev, cur, rounds[prev], rounds[cur], unread.get(cur, frozenset()))
        write_partition(out, "changes", cur, to_table("changes", rows))
        pairs[cur] = [(r["action_id_from"], r["action_id_to"]) for r in rows]
        lineage[cur] = {}
        for r in rows:
            if r["action_id_to"]:
                origin = lineage[prev].get(r["action_id_from"]) if r["action_id_from"] else None
                lineage[cur][r["action_id_to"]] = origin or f"{cur}:{r['action_id_to']}"
    for rid in order:
        rows = []
        for aid, a in sorted(rounds[rid].items(), key=lambda kv: _sort_key(kv[0])):
            ds = dates.get((rid, aid), [])
            starts = [d["start"] for d in ds if d["start"]] + [d["end"] for d in ds if d["end"]]
            rows.append(
                {
                    "action_id": aid,
                    "lineage_id": lineage[rid].get(aid, aid),
                    "status": a["status"],
                    "budget_total_eur": a["budget_total_eur"],
                    "n_entries": a["n_entries"],
                    "n_dates": len(ds),
                    "n_planned_dates": sum(1 for d in ds if d["planned"]),
                    "n_meetings": len(meetings.get((rid, aid), [])),
                    "n_organisations": len({o["canonical"] for o in orgs.get((rid, aid), [])}),
                    "first_date": min(starts) if starts else None,
                    "last_date": max(starts) if starts else None,
                }
            )
        write_partition(out, "timeline", rid, to_table("timeline", rows))
    write_novelty(out, order, rounds, pairs)
    mark_new_facts(out, order, pairs)
    return order


def write_novelty(
    out: Path,
    order: list[str],
    rounds: dict[str, dict[str, dict]],
    pairs: dict[str, list[tuple[str | None, str | None]]],
) -> None:
    """The `novelty` partition of every round: its sentences against the matched action of the round before."""
    entries = _counts(out, "entries")

    def fields(rid: str, aid: str) -> list:
        return fields_of(rounds[rid][aid], entries.get((rid, aid), []))

    for i, rid in enumerate(order):
        rows: list[dict] = []
        if i == 0:
            for aid in sorted(rounds[rid], key=_sort_key):
                rows += novelty_rows(fields(rid, aid), None, None, None, aid)
        else:
            prev = order[i - 1]
            for id_from, id_to in pairs[rid]:
                before = fields(prev, id_from) if id_from else None
                after = fields(rid, id_to) if id_to else []
                rows += novelty_rows(after, before, prev, id_from, id_to or id_from)
        write_partition(out, "novelty", rid, to_table("novelty", rows))


def _keys_by_action(dataset: str, facts: list[dict]) -> dict[str, set]:
    keys: dict[str, set] = {}
    for row in facts:
        keys.setdefault(row["action_id"], set()).update(fact_keys(dataset, row))
    return keys


def with_new_facts(out: Path, report_id: str, tables: dict) -> dict:
    """A round's tables about to be published, with `is_new` set against the round published before it.

    So that a round is whole the moment it is written, even if the run stops before `compare`;
    `mark_new_facts` redoes it for every round afterwards (a round inserted before another changes it)."""
    earlier = [rid for rid in partitions(out, "actions") if rid < report_id]
    previous: dict[str, set] | None = None
    previous_id: dict[str, str | None] = {}
    if earlier:
        prev = earlier[-1]
        before = read_file(partition_file(out, "actions", prev), columns=["action_id", "description"])
        after = tables["actions"].select(["action_id", "description"]).to_pylist()
        matches = match_actions(
            {r["action_id"]: r["description"] for r in before.to_pylist()},
            {r["action_id"]: r["description"] for r in after},
        )
        previous_id = {m.id_to: m.id_from for m in matches if m.id_to}
    out_tables = dict(tables)
    for dataset in FACT_DATASETS:
        if dataset not in tables:
            continue
        if earlier:
            file = partition_file(out, dataset, earlier[-1])
            previous = _keys_by_action(dataset, read_file(file).to_pylist() if file.exists() else [])
        facts = tables[dataset].to_pylist()
        flags = is_new_flags(dataset, facts, previous, previous_id)
        out_tables[dataset] = to_table(dataset, [{**f, "is_new": n} for f, n in zip(facts, flags, strict=True)])
    return out_tables


def mark_new_facts(out: Path, order: list[str], pairs: dict[str, list[tuple[str | None, str | None]]]) -> None:
    """Sets `is_new` in every fact partition (a partition is rewritten only where its flags change)."""
    for dataset in FACT_DATASETS:
        previous: dict[str, set] | None = None  # None: no round before (the first: everything is new)
        for rid in order:
            file = partition_file(out, dataset, rid)
            facts = read_file(file).to_pylist() if file.exists() else []
            flags = is_new_flags(dataset, facts, previous, {to: fr for fr, to in pairs.get(rid, []) if to})
            if file.exists() and [f.get("is_new") for f in facts] != flags:
                # Through the round's commit record: the fact files are part of the committed round.
                table = to_table(dataset, [{**f, "is_new": n} for f, n in zip(facts, flags, strict=True)])
                write_round(out, rid, {dataset: table}, update=True)
            previous = _keys_by_action(dataset, facts)
