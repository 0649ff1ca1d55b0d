"""The run report: one self-contained HTML page, ``processed/report.html``, about what the datasets hold.

Owns: the run report's sections and plots; the datasets and their partitions come from ``schemas.py``.

Counts per dataset and round, the warnings with where they come from, statuses and status
transitions between rounds, budget per policy domain per round. The charts are inline SVG
(``pipeline.svg_charts``, no plotting library), so the page opens anywhere, offline, as one file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.files import atomic_write
from pipeline.formats import dutch_number, eur
from pipeline.publish import read_dataset
from pipeline.schemas import DATASETS, PARTITION_KEY, partitions
from pipeline.svg_charts import grouped_hbars, stacked_columns
from pipeline.vocabulary import POLICY_DOMAINS, domain_label

REPORT_FILE = "report.html"
STATUS_ORDER = ["Op te starten", "Opgestart", "Lopende", "Afgerond"]

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:1100px;
     color:#1d2733;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:2px solid #dde3ea;padding-bottom:.2rem}
.meta{color:#5b6774} .synthetic{background:#fde7c8;color:#7a4500;padding:0 .35rem;border-radius:3px;font-size:.85em}
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #d5dbe2;padding:.25rem .55rem;text-align:left;vertical-align:top}
th{background:#f1f4f7} td:first-child{white-space:nowrap} td.num{text-align:right;font-variant-numeric:tabular-nums}
svg.chart{display:block;max-width:100%;height:auto;border:1px solid #e3e7ec;margin:.4rem 0;background:#fff}
.empty{color:#5b6774;font-style:italic}
"""


# --- data ------------------------------------------------------------------------------------------------------------


def dataset_counts(out: Path) -> dict[str, dict[str, int]]:
    """dataset → round → rows, from the Parquet footers (no data is read)."""
    counts: dict[str, dict[str, int]] = {}
    for name in DATASETS:
        counts[name] = {rid: pq.read_metadata(f).num_rows for rid, f in partitions(out, name).items()}
    return counts


def _rows(out: Path, dataset: str) -> list[dict]:
    table = read_dataset(out, dataset)
    return table.to_pylist() if table is not None else []


def status_counts(actions: Iterable[dict]) -> dict[str, Counter]:
    """round → status → number of actions."""
    per_round: dict[str, Counter] = defaultdict(Counter)
    for a in actions:
        per_round[a[PARTITION_KEY]][a["status"] or "(none)"] += 1
    return dict(sorted(per_round.items()))


def budget_by_domain(actions: Iterable[dict]) -> dict[str, dict[str, float]]:
    """round → policy domain → summed budget of the actions in that domain.

    An action with several domains counts in full under each, so a round's domains add up
    to more than its total; the total is given separately."""
    budget: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for a in actions:
        if a["budget_total_eur"]:
            for domain in a["policy_domains"] or ["(none)"]:
                budget[a[PARTITION_KEY]][domain] += a["budget_total_eur"]
    return {rid: dict(sorted(domains.items())) for rid, domains in sorted(budget.items())}


def transitions(changes: Iterable[dict]) -> dict[tuple[str, str], Counter]:
    """(from round, to round) → (status before, status after) → actions, for actions found in both rounds."""
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in changes:
        if c["match"] in ("id", "content"):
            pairs[(c["from_report"], c["to_report"])][(c["status_from"] or "(none)", c["status_to"] or "(none)")] += 1
    return dict(sorted(pairs.items()))


def _status_sort(statuses: Iterable[str]) -> list[str]:
    known = [s for s in STATUS_ORDER if s in statuses]
    return known + sorted(set(statuses) - set(known))


# --- HTML pieces ---------------------------------------------------------------------------------------------------


def _eur(value: float | None) -> str:
    return eur(value)


def _cell_text(value: object) -> str:
    """Counts in the one Dutch number format (1.234); everything else as it is."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return dutch_number(value)
    return str(value)


def html_table(header: Sequence[str], rows: Iterable[Sequence], numeric: Sequence[bool] | None = None) -> str:
    numeric = numeric or [False] * len(header)
    head = "".join(f"<th>{escape(str(h))}</th>" for h in header)
    body = []
    for row in rows:
        cells = "".join(
            f"<td{' class=num' if num else ''}>{escape(_cell_text(v))}</td>"
            for v, num in zip(row, numeric, strict=True)
        )
        body.append(f"<tr>{cells}</tr>")
    if not body:
        return '<p class="empty">nothing</p>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def warm_up() -> None:
    """Imports the modules the derived files need (dossier, data package), e.g. while the reports are parsed
    elsewhere. The charts need no plotting library."""
    import pipeline.datapackage  # noqa: F401
    import pipeline.dossier  # noqa: F401
    import pipeline.novelty  # noqa: F401


def counts_chart(by_round: dict[str, dict[str, int]]) -> str:
    """Rows per dataset (only those with rows) and round, on a log scale."""
    return grouped_hbars(by_round, "Rows per dataset and round", "rows (log scale)", log=True)


def status_chart(per_round: dict[str, Counter]) -> str:
    statuses = _status_sort({s for c in per_round.values() for s in c})
    return stacked_columns(per_round, statuses, "Actions per status and round", "actions")


def budget_chart(budget: dict[str, dict[str, float]]) -> str:
    """Budget per policy domain code and round, in million euro."""
    return grouped_hbars(
        budget, "Budget per policy domain and round", "million euro", scale=1e6, shown=lambda v: _eur(v)
    )


# --- sections ------------------------------------------------------------------------------------------------------


def _actions_read(report: dict) -> str:
    """ "62", or "61 of 62" when the self-check saw actions the parser could not read."""
    seen = report.get("n_actions_seen")
    return f"{report['n_actions']} of {seen}" if seen and seen > report["n_actions"] else str(report["n_actions"])


def _rounds_section(reports: list[dict]) -> str:
    rows = [
        (
            r[PARTITION_KEY] + (" (synthetic)" if r["synthetic"] else ""),
            r["round_label"],
            r["source_file"],
            r["source_format"],
            r["n_pages"],
            _actions_read(r),
            r["n_entries"],
            r["n_warnings"],
        )
        for r in reports
    ]
    return "<h2>Rounds</h2>" + html_table(
        ["round", "label", "source file", "format", "pages", "actions", "entries", "warnings"],
        rows,
        [False] * 4 + [True] * 4,
    )


def _counts_section(counts: dict[str, dict[str, int]], rounds: list[str]) -> str:
    rows = [(name, *(per.get(r, 0) for r in rounds)) for name, per in counts.items()]
    by_round = {r: {name: per.get(r, 0) for name, per in counts.items() if per.get(r)} for r in rounds}
    plot = counts_chart(by_round) if any(by_round.values()) else ""
    table = html_table(["dataset", *rounds], rows, [False] + [True] * len(rounds))
    return "<h2>Rows per dataset and round</h2>" + table + plot


def _status_section(actions: list[dict], changes: list[dict]) -> str:
    per_round = status_counts(actions)
    statuses = _status_sort({s for c in per_round.values() for s in c})
    parts = [
        "<h2>Statuses and transitions</h2>",
        html_table(
            ["round", *statuses],
            [(r, *(c.get(s, 0) for s in statuses)) for r, c in per_round.items()],
            [False] + [True] * len(statuses),
        ),
    ]
    if per_round:
        parts.append(status_chart(per_round))
    for (before, after), counter in transitions(changes).items():
        rows = [(f, t, n) for (f, t), n in sorted(counter.items(), key=lambda kv: -kv[1])]
        parts.append(f"<h3>Status transitions {escape(before)} → {escape(after)}</h3>")
        parts.append(html_table(["status before", "status after", "actions"], rows, [False, False, True]))
        moved = [
            (c["action_id_from"], c["action_id_to"], c["status_from"], c["status_to"])
            for c in changes
            if c["from_report"] == before
            and c["to_report"] == after
            and c["status_changed"]
            and c["match"] in ("id", "content")
        ]
        parts.append(
            "<p>Actions whose status changed:</p>" + html_table(["action before", "action now", "from", "to"], moved)
        )
        added = sorted(c["action_id_to"] for c in changes if c["to_report"] == after and c["match"] == "added")
        removed = sorted(c["action_id_from"] for c in changes if c["to_report"] == after and c["match"] == "removed")
        parts.append(f"<p>Added: {escape(', '.join(added) or '–')}. Removed: {escape(', '.join(removed) or '–')}.</p>")
    return "".join(parts)


def _novelty_section(out: Path, rounds: list[str]) -> str:
    from pipeline.novelty import round_summaries

    parts = [
        "<h2>What is new per round</h2><p>Sentences of each action against the same action in the round "
        "before (layout differences ignored), and facts whose value the action did not have before; the "
        'actions with the most new text first. Every sentence, highlighted: <a href="dossier.html">the '
        "action dossier</a>.</p>"
    ]
    for rid in rounds[1:]:
        rows = [
            (s.action_id, s.how, s.n_new, s.n_revised, s.n_dropped, s.n_new_facts, s.new_chars)
            for s in round_summaries(out, rid)
        ]
        parts.append(
            f"<h3>{escape(rid)}</h3>"
            + html_table(
                ["action", "matched", "new", "revised", "dropped", "new facts", "new text (chars)"],
                rows,
                [False, False] + [True] * 5,
            )
        )
    return "".join(parts) if len(rounds) > 1 else ""


def _budget_section(actions: list[dict]) -> str:
    budget = budget_by_domain(actions)
    rounds = list(budget)
    domains = sorted({d for per in budget.values() for d in per})
    totals = defaultdict(float)
    for a in actions:
        totals[a[PARTITION_KEY]] += a["budget_total_eur"] or 0
    rows = [(domain_label(d), *(_eur(budget[r].get(d)) for r in rounds)) for d in domains]
    rows.append(("total (each action once)", *(_eur(totals[r]) for r in rounds)))
    plot = ""
    if budget:
        plot = budget_chart(budget)
    return (
        "<h2>Budget per policy domain and round</h2><p>Sum of the actions' Budget-column totals; an action "
        "with several policy domains counts under each of them.</p>"
        + html_table(["policy domain", *rounds], rows, [False] + [True] * len(rounds))
        + plot
    )


def _domains_section(actions: list[dict]) -> str:
    used = Counter(d for a in actions for d in a["policy_domains"] or [])
    rows = [(code, name or "(name not known)", used.get(code, 0)) for code, name in POLICY_DOMAINS.items()]
    rows += [
        (code, "(not a known code: kept as printed)", n)
        for code, n in sorted(used.items())
        if code not in POLICY_DOMAINS
    ]
    return (
        "<h2>Policy-domain codes</h2><p>The reports print only the codes of the Flemish policy domains "
        "(beleidsdomeinen).</p>"
        + html_table(["code", "policy domain", "actions (all rounds)"], rows, [False, False, True])
    )


def renumbered(changes: Iterable[dict]) -> list[tuple[str, str, str, str, float | None]]:
    """(from round, to round, number before, number after, similarity) of actions matched by content."""
    return [
        (c["from_report"], c["to_report"], c["action_id_from"], c["action_id_to"], c["similarity"])
        for c in changes
        if c["match"] == "content" and c["action_id_from"] != c["action_id_to"]
    ]


def _renumbered_section(changes: list[dict]) -> str:
    rows = [
        (f"{a} → {b}", before, after, f"{sim:.2f}".replace(".", ",") if sim is not None else "–")
        for a, b, before, after, sim in renumbered(changes)
    ]
    return (
        "<h2>Renumbered actions</h2><p>Actions whose number changed between rounds, matched by the text of "
        "their description.</p>"
        + html_table(["rounds", "number before", "number after", "text similarity"], rows, [False, False, False, True])
    )


def budget_changes(changes: Iterable[dict]) -> list[dict]:
    """Changes whose budget total moved, largest move first within each pair of rounds."""
    moved = [c for c in changes if c["budget_delta_eur"]]
    return sorted(moved, key=lambda c: (c["from_report"], c["to_report"], -abs(c["budget_delta_eur"])))


def _budget_changes_section(changes: list[dict]) -> str:
    rows = [
        (
            f"{c['from_report']} → {c['to_report']}",
            c["action_id_to"] or f"{c['action_id_from']} (removed)",
            _eur(c["budget_from_eur"]),
            _eur(c["budget_to_eur"]),
            eur(c["budget_delta_eur"], sign=True),
        )
        for c in budget_changes(changes)
    ]
    return (
        "<h2>Budget change per action</h2><p>Budget-column totals of each action in successive rounds "
        "(a missing total counts as 0).</p>"
        + html_table(
            ["rounds", "action", "budget before", "budget after", "change"], rows, [False, False, True, True, True]
        )
    )


def _warnings_section(warnings: list[dict]) -> str:
    rows = [
        (w[PARTITION_KEY], w["source_file"], w["stage"], w["action_id"], w["page"], w["message"])
        for w in sorted(warnings, key=lambda w: (w[PARTITION_KEY], w["source_file"] or ""))
    ]
    return f"<h2>Warnings ({len(rows)})</h2>" + html_table(
        ["round", "source file", "stage", "action", "page", "message"], rows, [False, False, False, False, True, False]
    )


def render(out: Path) -> str:
    """The page as a string."""
    reports = _rows(out, "reports")
    actions = _rows(out, "actions")
    changes = _rows(out, "changes")
    counts = dataset_counts(out)
    rounds = sorted({r for per in counts.values() for r in per})
    synthetic = [r[PARTITION_KEY] for r in reports if r["synthetic"]]
    note = (
        (
            f' <span class="synthetic">synthetic test round{"s" if len(synthetic) > 1 else ""}: '
            f"{escape(', '.join(synthetic))}</span>"
        )
        if synthetic
        else ""
    )
    body = [
        "<h1>rapportage: run report</h1>",
        f'<p class="meta">Datasets in <code>{escape(str(out.resolve()))}</code> · rounds '
        f"{escape(', '.join(rounds) or '–')}{note} · rapportage {escape(__version__)}</p>",
        _rounds_section(reports),
        _counts_section(counts, rounds),
        _status_section(actions, changes),
        _renumbered_section(changes),
        _novelty_section(out, sorted(r[PARTITION_KEY] for r in reports)),
        _budget_section(actions),
        _budget_changes_section(changes),
        _domains_section(actions),
        _warnings_section(_rows(out, "warnings")),
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>rapportage run report</title>'
        f"<style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n"
    )


def write_run_report(out: Path) -> Path:
    """Writes ``out/report.html`` (atomically) and returns its path."""
    target = out / REPORT_FILE
    atomic_write(target, render(out).encode("utf-8"))
    return target
