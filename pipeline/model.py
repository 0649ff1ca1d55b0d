"""Typed records passed between stages.

Owns: the records that cross stage boundaries (Block, Report, PolicyLine, Measure, Action, Entry,
ParseWarning) and the text convention every reader delivers.

Blocks are what readers produce (format-specific, know nothing of actions);
Report/PolicyLine/Measure/Action/Entry are what the structure parser produces.

Text convention for every multi-paragraph field (action description, entry
description, budget text): paragraphs are separated by a single "\n"; a list
item is a paragraph that starts with "- ". Inline whitespace is collapsed to
single spaces. Every reader and renderer keeps to this, so that the same report
in text, Word and PDF form yields identical strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BlockKind = Literal["heading", "paragraph", "row"]


@dataclass(frozen=True)
class TableVocabulary:
    """Words that name a document family's table columns and row labels, given to a reader.

    A reader knows geometry, not the report; but "this header row names the columns of the rows
    under it" and "these words label the rows of a two-column block" are layout facts it can use
    when they are handed to it. The report's instance lives with the rest of its vocabulary in
    ``pipeline.structure`` (READING_VOCABULARY)."""

    column_headers: tuple[tuple[str, ...], ...] = ()  # each: the cell texts of one header row, in order
    row_labels: tuple[str, ...] = ()  # texts that open a row of a label | value block (prefix match)


@dataclass(frozen=True)
class Block:
    """One unit of a document in reading order.

    kind="row": a table row; ``cells`` holds the text of each cell (multi-paragraph
    text per the convention above). kind="heading"/"paragraph": ``text`` holds it.
    ``page`` is 1-based, or None where the format has no pages (text form).
    ``continued`` is True for a row that a reader knows continues the previous row
    (e.g. stitched across a page break); the structure parser merges it.
    """

    kind: BlockKind
    text: str = ""
    cells: tuple[str, ...] = ()
    page: int | None = None
    level: int | None = None  # heading level where the format says
    continued: bool = False


@dataclass
class Entry:
    """One row of an action's Rapportage table."""

    entry_no: int  # 1-based within the action
    competences: list[str]
    description: str
    budget_text: str
    page: int | None = None


@dataclass
class Action:
    action_id: str  # "1.1"
    description: str
    status: str | None = None
    ministers: list[str] = field(default_factory=list)
    policy_domains: list[str] = field(default_factory=list)
    coordinating_domain: str | None = None
    other_parties: list[str] = field(default_factory=list)
    other_parties_text: str = ""  # the "Andere betrokkenen" field as printed; spans of party facts index it
    entries: list[Entry] = field(default_factory=list)
    page: int | None = None


@dataclass
class Measure:
    measure_no: int
    title: str
    actions: list[Action] = field(default_factory=list)


@dataclass
class PolicyLine:
    line_no: int
    title: str
    measures: list[Measure] = field(default_factory=list)


@dataclass
class ParseWarning:
    stage: str
    message: str
    action_id: str | None = None
    page: int | None = None


@dataclass
class Report:
    report_id: str | None  # "2017-12"
    title: str
    round_label: str  # "Tussentijdse rapportage December 2017"
    report_date: date | None
    introduction: list[str] = field(default_factory=list)
    policy_lines: list[PolicyLine] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    n_pages: int | None = None
    synthetic: bool = False
    # The self-check (independent of layout): actions the document's plain text shows, and those
    # of them (by number) that could not be read; None when no plain text was given.
    n_actions_seen: int | None = None
    actions_unread: list[str] = field(default_factory=list)
    # Which blocks (indices into the block stream) each action was built from, for `inspect --explain`.
    action_blocks: dict[str, list[int]] = field(default_factory=dict)

    def actions(self) -> list[Action]:
        return [a for pl in self.policy_lines for m in pl.measures for a in m.actions]

    def locate(self, action_id: str) -> tuple[PolicyLine, Measure, Action] | None:
        for pl in self.policy_lines:
            for m in pl.measures:
                for a in m.actions:
                    if a.action_id == action_id:
                        return pl, m, a
        return None
