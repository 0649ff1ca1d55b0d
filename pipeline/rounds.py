"""Which round each parsed report may claim: the duplicate-round policy, as pure functions over plain data.

Owns: the ``--round`` option's form (``check_round_option``), what makes two renditions one report
(``content_key``), when an input is skipped as unchanged (``unchanged``), the decision per parsed
report — write it, or keep a copy already claimed in this run or written earlier (``decide``) — with
its one-line message, and what becomes of the rounds a now failing file wrote earlier
(``earlier_rounds``, ``earlier_round_note``). Nothing here reads or writes a file: ``pipeline.run``
gathers the facts, asks, and carries the decisions out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.filenames import shown, stored_name
from pipeline.settings import UsageError

_ROUND_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

# The decisions: the report is written, or it is not because another file holds its round.
WRITE = "write"
SAME_IN_RUN = "same in this run"  # an earlier input of this run claimed the round with the same content
DIFFERS_IN_RUN = "differs in this run"  # ... with other content: refused
SAME_AS_WRITTEN = "same as written"  # another file wrote the round in an earlier run, same content
DIFFERS_FROM_WRITTEN = "differs from written"  # ... other content: refused without --force


def check_round_option(round_override: str | None, override_round: bool = False) -> None:
    """--round and --override-round as given: UsageError (exit 2) when they cannot be meant."""
    if round_override and not _ROUND_RE.match(round_override):
        raise UsageError(f"--round must look like 2017-12, not {round_override!r}")
    if override_round and not round_override:
        raise UsageError("--override-round relabels a report as the round --round gives; give --round YYYY-MM too")


def content_key(actions: Iterable[tuple[str, str | None, str]]) -> tuple[tuple, ...]:
    """What makes two renditions one report: the same actions with the same statuses and texts.

    ``actions`` are (action_id, status, description). Texts are compared by their letters and digits
    only: a PDF loses paragraph marks and cannot tell "en –behoeften" from "en – behoeften", which must
    not make two copies of one report differ."""
    return tuple((aid, status, re.sub(r"\W+", "", description.lower())[:300]) for aid, status, description in actions)


@dataclass(frozen=True)
class Parsed:
    """What the policy needs of one parsed input."""

    path: Path  # as given
    sha256: str
    report_id: str
    key: tuple  # content_key of its actions


@dataclass(frozen=True)
class Written:
    """A round written in an earlier run: the file it came from and what its actions say."""

    source_file: str  # the stored name (``filenames.stored_name``)
    sha256: str
    key: tuple | None = None  # content_key of its actions as written; None when they cannot be read


@dataclass(frozen=True)
class Decision:
    """What becomes of one parsed input: ``verdict`` is one of the constants above."""

    path: Path
    report_id: str
    verdict: str
    other: Path | str | None = None  # the input that claimed the round first (a path), or the stored file name

    @property
    def writes(self) -> bool:
        return self.verdict == WRITE

    @property
    def duplicate(self) -> bool:
        """A copy of a round another file holds: remembered in the manifest, so re-runs skip it."""
        return self.verdict in (SAME_IN_RUN, SAME_AS_WRITTEN)

    @property
    def refused(self) -> bool:
        return self.verdict in (DIFFERS_IN_RUN, DIFFERS_FROM_WRITTEN)

    @property
    def line(self) -> str | None:
        """The one line said about it: a notice for a duplicate, a failure for a refusal, None when written."""
        name, rid, other = stored_name(self.path.name), self.report_id, self.other
        if self.verdict == SAME_IN_RUN:
            return f"{name}: same round {rid} as {stored_name(Path(other).name)}; kept one copy"
        if self.verdict == DIFFERS_IN_RUN:
            return (
                f"{shown(self.path)}: claims round {rid} like {shown(other)}, but its content differs; remove "
                "the wrong file, or run this one alone with --round YYYY-MM"
            )
        if self.verdict == SAME_AS_WRITTEN:
            return f"{name}: same round {rid} as {other}, written earlier; kept that one"
        if self.verdict == DIFFERS_FROM_WRITTEN:
            return (
                f"{shown(self.path)}: round {rid} was written earlier from {other}, whose content differs; "
                "rerun with --force to replace it, or run this file alone with another --round"
            )
        return None


def unchanged(sha256: str, known: Mapping[str, dict], written_shas: set[str], force: bool) -> bool:
    """An input seen before, unchanged, is not parsed again: it was written, or kept as a duplicate."""
    seen = known.get(sha256)
    return not force and seen is not None and (seen.get("status") == "duplicate" or sha256 in written_shas)


def needs_written_key(parsed: Parsed, written: Mapping[str, Written], force: bool) -> bool:
    """Whether ``decide`` compares this input with the round written earlier (and so needs its key)."""
    before = written.get(parsed.report_id)
    return (
        bool(before)
        and not force
        and before.source_file != stored_name(parsed.path.name)
        and before.sha256 != parsed.sha256
    )


def decide(parsed: Sequence[Parsed], written: Mapping[str, Written], force: bool) -> list[Decision]:
    """One decision per parsed input, in order.

    The first input that claims a round gets it; a later one with the same content is a duplicate, with
    other content it is refused. A round another file wrote in an earlier run is never replaced without
    ``force``: the same content is kept as it is (a duplicate), other content is refused."""
    claimed: dict[str, Parsed] = {}
    decisions = []
    for p in parsed:
        rid = p.report_id
        if rid in claimed:
            first = claimed[rid]
            verdict = SAME_IN_RUN if first.key == p.key else DIFFERS_IN_RUN
            decisions.append(Decision(p.path, rid, verdict, first.path))
            continue
        if needs_written_key(p, written, force):
            before = written[rid]
            verdict = SAME_AS_WRITTEN if before.key == p.key else DIFFERS_FROM_WRITTEN
            decisions.append(Decision(p.path, rid, verdict, before.source_file))
            continue
        claimed[rid] = p
        decisions.append(Decision(p.path, rid, WRITE))
    return decisions


def earlier_rounds(path: Path, written: Mapping[str, Written], claimed: set[str]) -> list[str]:
    """The rounds a file (now failing) wrote in earlier runs, that no input of this run claims."""
    name = stored_name(path.name)
    return sorted(rid for rid, w in written.items() if w.source_file == name and rid not in claimed)


def earlier_round_note(rounds: list[str], force: bool) -> str:
    """What a failure line adds about those rounds: kept, or (--force) removed."""
    if not rounds:
        return ""
    if not force:
        return f" (round {', '.join(rounds)} written from it earlier is kept; --force would drop it)"
    return f" (--force: round {', '.join(rounds)} written from it earlier was removed)"
