"""The extractors keep the accuracy issue 4 asks for, on the held-out gold set (tests/gold/README.md)."""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate


@pytest.fixture(scope="module")
def scores():
    return evaluate("test")


@pytest.mark.parametrize("name, least", [("dates", 0.92), ("amounts", 0.97), ("organisations", 0.85),
                                         ("meetings", 0.85)])  # fmt: skip
def test_f1_on_held_out_actions(scores, name, least):
    assert scores[name].f1 >= least, scores[name]


def test_clearly_ahead_of_the_dateparser_baseline(scores):
    assert scores["dates"].f1 > 2 * scores["dates (dateparser baseline)"].f1
