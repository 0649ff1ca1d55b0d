"""Field-by-field differences between two parsed reports, or from a hand-checked table of a round.

Owns: how a rendition is compared with the text form of its round and with a hand-checked table (the
fields compared, texts with whitespace collapsed through ``norm``, since a PDF shows no paragraph marks),
and how a mismatch is named (action and field), so a failing rendition says what it got wrong. Used by the
structure and matrix tests and by ``scripts/rendition_compare.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import Report


def norm(text: str) -> str:
    # A PDF cannot tell "en –behoeften" from "en – behoeften", nor "wachtwoord- contact" from
    # "wachtwoord-contact", when the line breaks at the dash: both forms compare equal here.
    text = re.sub(r"\s*–\s*", " – ", " ".join(text.split()))
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)
    # Nor "en -communicatie" from "en - communicatie" (or "en – communicatie", which pdfium reads as a
    # hyphen at a line end) when the line breaks after the dash.
    return re.sub(r"\s+[-–]\s*", " – ", text)


def report_fields(report: Report) -> list[tuple]:
    """Every field as rows of tuples: one per action, one per entry (texts through ``norm``)."""
    rows = []
    for pl in report.policy_lines:
        for m in pl.measures:
            for a in m.actions:
                rows.append(
                    (
                        pl.line_no,
                        pl.title,
                        m.measure_no,
                        m.title,
                        a.action_id,
                        norm(a.description),
                        a.status,
                        a.ministers,
                        a.policy_domains,
                        a.coordinating_domain,
                        a.other_parties,
                    )
                )
                rows.extend(
                    (a.action_id, e.entry_no, e.competences, norm(e.description), norm(e.budget_text))
                    for e in a.entries
                )
    return rows


ACTION_FIELDS = (
    "line_no",
    "line_title",
    "measure_no",
    "measure_title",
    "action_id",
    "description",
    "status",
    "ministers",
    "policy_domains",
    "coordinating_domain",
    "other_parties",
)
ENTRY_FIELDS = ("action_id", "entry_no", "competences", "description", "budget_text")


@dataclass(frozen=True)
class Difference:
    """One field of one action (or entry) that differs."""

    action_id: str
    field: str
    want: object
    got: object

    def __str__(self) -> str:
        want, got = self.want, self.got
        where = ""
        if isinstance(want, str) and isinstance(got, str) and max(len(want), len(got)) > 80:
            # long texts: show both around the first character that differs
            i = next((k for k, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), min(len(want), len(got)))
            start = max(0, i - 35)
            want, got = want[start : i + 35], got[start : i + 35]
            where = f" (from char {i}; lengths {len(self.want)} / {len(self.got)})"

        def short(v: object) -> str:
            s = repr(v)
            return s if len(s) <= 100 else s[:70] + " … " + s[-25:]

        return f"Actie {self.action_id} {self.field}{where}: want {short(want)}, got {short(got)}"


def _by_action(report: Report) -> dict[str, tuple[dict, list[dict]]]:
    """action_id → (action fields, [entry fields]) from ``report_fields`` (one comparison, two views)."""
    out: dict[str, tuple[dict, list[dict]]] = {}
    for row in report_fields(report):
        if len(row) == len(ACTION_FIELDS):
            fields = dict(zip(ACTION_FIELDS, row, strict=True))
            out.setdefault(fields["action_id"], (fields, []))
        else:
            entry = dict(zip(ENTRY_FIELDS, row, strict=True))
            out[entry["action_id"]][1].append(entry)
    return out


def differences(reference: Report, got: Report) -> list[Difference]:
    """Field-by-field differences of ``got`` from ``reference`` (the text form of the same round)."""
    want_actions, got_actions = _by_action(reference), _by_action(got)
    diffs: list[Difference] = []
    for aid, (want, want_entries) in want_actions.items():
        if aid not in got_actions:
            diffs.append(Difference(aid, "action", "present", "missing"))
            continue
        have, have_entries = got_actions[aid]
        diffs += [Difference(aid, f, want[f], have[f]) for f in ACTION_FIELDS if want[f] != have[f]]
        if len(want_entries) != len(have_entries):
            diffs.append(Difference(aid, "number of entries", len(want_entries), len(have_entries)))
        for i, (we, he) in enumerate(zip(want_entries, have_entries, strict=False), start=1):
            diffs += [Difference(aid, f"entry {i} {f}", we[f], he[f]) for f in ENTRY_FIELDS[2:] if we[f] != he[f]]
    diffs += [Difference(aid, "action", "absent", "present") for aid in got_actions if aid not in want_actions]
    got_ids = [row[4] for row in report_fields(got) if len(row) == len(ACTION_FIELDS)]
    diffs += [
        Difference(aid, "action", "once", f"{got_ids.count(aid)} times")
        for aid in dict.fromkeys(got_ids)
        if got_ids.count(aid) > 1
    ]
    if not diffs and list(want_actions) != list(got_actions):
        diffs.append(Difference("*", "order of actions", list(want_actions), list(got_actions)))
    return diffs


def hand_checked_differences(report: Report, expected: list[dict]) -> list[Difference]:
    """Differences from a hand-checked table (records as in tests/expected/actions-2017-12.json)."""
    diffs: list[Difference] = []
    for want in expected:
        aid = want["action_id"]
        located = report.locate(aid)
        if not located:
            diffs.append(Difference(aid, "action", "present", "missing"))
            continue
        line, measure, action = located
        pairs = [
            ("line_no", want["line_no"], line.line_no),
            ("line_title", want["line_title"], line.title),
            ("measure_no", want["measure_no"], measure.measure_no),
            ("measure_title", want["measure_title"], measure.title),
            ("description", norm(want["description"]), norm(action.description)),
            ("status", want["status"], action.status),
            ("ministers", want["ministers"], action.ministers),
            ("policy_domains", want["policy_domains"], action.policy_domains),
            ("coordinating_domain", want["coordinating_domain"], action.coordinating_domain),
            ("other_parties", want["other_parties"], action.other_parties),
            ("number of entries", len(want["entries"]), len(action.entries)),
        ]
        diffs += [Difference(aid, f, w, g) for f, w, g in pairs if w != g]
        for i, (we, ge) in enumerate(zip(want["entries"], action.entries, strict=False), start=1):
            text = norm(ge.description)
            if ge.competences != we["competences"]:
                diffs.append(Difference(aid, f"entry {i} competences", we["competences"], ge.competences))
            if not text.startswith(norm(we["description_start"])):
                diffs.append(Difference(aid, f"entry {i} description start", we["description_start"], text[:60]))
            if not text.endswith(norm(we["description_end"])):
                diffs.append(Difference(aid, f"entry {i} description end", we["description_end"], text[-60:]))
            if norm(ge.budget_text) != norm(we["budget_text"]):
                diffs.append(Difference(aid, f"entry {i} budget_text", we["budget_text"], ge.budget_text))
    return diffs


def failure_message(name: str, diffs: list[Difference], limit: int = 12) -> str:
    """ "<rendition>: N differing fields in actions …" and the first ``limit`` of them."""
    actions = sorted({d.action_id for d in diffs}, key=lambda a: [int(x) if x.isdigit() else 0 for x in a.split(".")])
    lines = [
        f"{name}: {len(diffs)} differing fields in {len(actions)} actions ({', '.join(actions[:20])}"
        + (" …)" if len(actions) > 20 else ")")
    ]
    lines += [f"  {d}" for d in diffs[:limit]]
    if len(diffs) > limit:
        lines.append(f"  … and {len(diffs) - limit} more")
    return "\n".join(lines)
