"""Fuzz: random damage to the real report's text never crashes the text reader or the structure parser.

Mutations are what converters and hand edits do to a report: lines deleted, duplicated, swapped
or cut in two, tabs inserted or removed, labels garbled. Whatever comes in, `read_text_string` +
`build_report` must return a Report (with warnings for what could not be placed), never raise.
Bounded: 60 examples at about 0.1 s each.
"""

from __future__ import annotations

import pytest
from conftest import RENDITIONS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.gazetteer import load_gazetteer
from pipeline.model import Report
from pipeline.read.text import read_text_string
from pipeline.structure import build_report

LINES = RENDITIONS["text"].read_text(encoding="utf-8").split("\n")
N = len(LINES)
GARBAGE = [
    "\t",
    "\t\t\t",
    "Actie",
    "Actie 3.",
    "Actie 99.99\t",
    "Status actie",
    "Status actie\t",
    "Rapportage",
    "Bevoegdheden\tBeschrijving\tBudget",
    "Beleidsdomeinen\t(coördinatie)",
    "<p>",
    "</ul>",
    "€",
    "- ",
    "1.",
    "December 2017",
    "\x0c",
    "\u00a0",
]

# One mutation: (kind, line index, other line index or cut position, garbage index).
mutation = st.tuples(
    st.sampled_from(["delete", "duplicate", "swap", "cut", "tab", "untab", "insert", "garble", "truncate"]),
    st.integers(0, N - 1),
    st.integers(0, 10_000),
    st.integers(0, len(GARBAGE) - 1),
)


def mutate(lines: list[str], kind: str, i: int, j: int, g: int) -> None:
    """Applies one mutation in place; indexes wrap so that every drawn value is valid."""
    if not lines:
        lines.append(GARBAGE[g])
        return
    i %= len(lines)
    line = lines[i]
    cut = j % (len(line) + 1)
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, line)
    elif kind == "swap":
        k = j % len(lines)
        lines[i], lines[k] = lines[k], line
    elif kind == "cut":
        lines[i : i + 1] = [line[:cut], line[cut:]]
    elif kind == "tab":
        lines[i] = line[:cut] + "\t" + line[cut:]
    elif kind == "untab":
        lines[i] = line.replace("\t", " ", 1)
    elif kind == "insert":
        lines.insert(i, GARBAGE[g])
    elif kind == "garble":
        lines[i] = line[:cut] + GARBAGE[g] + line[cut + 3 :]
    elif kind == "truncate":  # the rest of the file is lost, as in a cut download
        del lines[i + 1 :]
        lines[i] = line[:cut]


def check_report(report: Report) -> None:
    assert isinstance(report, Report)
    for action in report.actions():
        assert isinstance(action.action_id, str) and action.action_id
        assert isinstance(action.description, str)
        assert [e.entry_no for e in action.entries] == list(range(1, len(action.entries) + 1))
        for entry in action.entries:
            assert isinstance(entry.description, str) and isinstance(entry.budget_text, str)
    for warning in report.warnings:
        assert isinstance(warning.message, str) and warning.message


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=12))
def test_random_damage_never_crashes_the_structure_parser(mutations: list[tuple[str, int, int, int]]) -> None:
    lines = list(LINES)
    for kind, i, j, g in mutations:
        mutate(lines, kind, i, j, g)
    report = build_report(read_text_string("\n".join(lines)), None, gazetteer=load_gazetteer())
    check_report(report)


def test_undamaged_text_gives_every_action() -> None:
    """The baseline the fuzzing starts from: no mutation, no loss."""
    report = build_report(read_text_string("\n".join(LINES)), None, gazetteer=load_gazetteer())
    check_report(report)
    assert len(report.actions()) == 62


ACTION_LINES = {line.split("\t")[0].split()[1]: i for i, line in enumerate(LINES) if line.startswith("Actie ")}
# Measures 8 and 9 have one action each: without that 'Actie' line the measure heading is not recognised
# either (it must be followed by action N.1), so every later measure is refused as out of sequence.
SOLE_ACTIONS = ["8.1", "9.1"]


def _without_line(i: int) -> Report:
    return build_report(read_text_string("\n".join(LINES[:i] + LINES[i + 1 :])), None, gazetteer=load_gazetteer())


@pytest.mark.parametrize("action_id", [a for a in ACTION_LINES if a not in SOLE_ACTIONS][::3])
def test_a_deleted_action_line_loses_only_that_action(action_id: str) -> None:
    """Without its 'Actie' line an action merges into the one before; the other 61 all remain."""
    report = _without_line(ACTION_LINES[action_id])
    ids = [a.action_id for a in report.actions()]
    assert len(ids) == 61 and action_id not in ids
    assert set(ids) == set(ACTION_LINES) - {action_id}


@pytest.mark.parametrize("action_id", SOLE_ACTIONS)
def test_a_deleted_sole_action_line_loses_only_that_action(action_id: str) -> None:
    """The measure heading of 8.1 or 9.1 is lost with it; the measure after it is still found."""
    report = _without_line(ACTION_LINES[action_id])
    ids = [a.action_id for a in report.actions()]
    assert len(ids) == 61 and action_id not in ids
    assert any("is an 'Actie' line missing?" in w.message for w in report.warnings)
