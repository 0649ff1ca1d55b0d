"""The round-claiming policy (pipeline.rounds) on hand-made inputs: every branch of decide, unchanged,
earlier_rounds and the --round check, without reading or writing a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import rounds
from pipeline.rounds import Decision, Parsed, Written
from pipeline.settings import UsageError

KEY_A = rounds.content_key([("1.1", "lopend", "Een actie."), ("1.2", "afgerond", "Nog een.")])
KEY_B = rounds.content_key([("1.1", "lopend", "Een andere actie.")])


def parsed(name: str, rid: str = "2017-12", key: tuple = KEY_A, sha: str | None = None) -> Parsed:
    return Parsed(Path("in") / name, sha or f"sha-{name}", rid, key)


def test_content_key_ignores_punctuation_case_and_spacing_but_not_status_or_words():
    pdf = rounds.content_key([("1.1", "lopend", "Noden en –behoeften\nvan jongeren")])
    word = rounds.content_key([("1.1", "lopend", "noden en – behoeften van Jongeren.")])
    assert pdf == word
    assert pdf != rounds.content_key([("1.1", "afgerond", "noden en – behoeften van Jongeren.")])
    assert pdf != rounds.content_key([("1.1", "lopend", "noden en behoeften van ouderen")])
    # Only the first 300 letters and digits count.
    assert rounds.content_key([("1", None, "x" * 300 + "a")]) == rounds.content_key([("1", None, "x" * 300 + "b")])


def test_first_claim_of_a_new_round_is_written():
    [d] = rounds.decide([parsed("a.pdf")], {}, force=False)
    assert d == Decision(Path("in/a.pdf"), "2017-12", rounds.WRITE)
    assert d.writes and not d.duplicate and not d.refused and d.line is None


def test_second_input_of_a_round_with_the_same_content_is_a_duplicate():
    first, second = rounds.decide([parsed("a.pdf"), parsed("a.docx")], {}, force=False)
    assert first.writes
    assert second.verdict == rounds.SAME_IN_RUN and second.duplicate and not second.writes
    assert second.line == "a.docx: same round 2017-12 as a.pdf; kept one copy"


def test_second_input_of_a_round_with_other_content_is_refused():
    _, second = rounds.decide([parsed("a.pdf"), parsed("b.pdf", key=KEY_B)], {}, force=False)
    assert second.verdict == rounds.DIFFERS_IN_RUN and second.refused
    assert second.line == (
        "in/b.pdf: claims round 2017-12 like in/a.pdf, but its content differs; remove the "
        "wrong file, or run this one alone with --round YYYY-MM"
    )


def test_in_run_claims_hold_even_with_force():
    _, second = rounds.decide([parsed("a.pdf"), parsed("b.pdf", key=KEY_B)], {}, force=True)
    assert second.verdict == rounds.DIFFERS_IN_RUN


def test_a_round_written_earlier_by_another_file_with_the_same_content_is_kept():
    written = {"2017-12": Written("old.pdf", "sha-old", KEY_A)}
    [d] = rounds.decide([parsed("new.docx")], written, force=False)
    assert d.verdict == rounds.SAME_AS_WRITTEN and d.duplicate
    assert d.line == "new.docx: same round 2017-12 as old.pdf, written earlier; kept that one"


def test_a_round_written_earlier_by_another_file_with_other_content_is_refused_without_force():
    written = {"2017-12": Written("old.pdf", "sha-old", KEY_A)}
    [d] = rounds.decide([parsed("new.pdf", key=KEY_B)], written, force=False)
    assert d.verdict == rounds.DIFFERS_FROM_WRITTEN and d.refused
    assert d.line == (
        "in/new.pdf: round 2017-12 was written earlier from old.pdf, whose content differs; rerun "
        "with --force to replace it, or run this file alone with another --round"
    )
    [forced] = rounds.decide([parsed("new.pdf", key=KEY_B)], written, force=True)
    assert forced.writes


def test_an_unreadable_written_round_is_never_taken_for_a_copy():
    written = {"2017-12": Written("old.pdf", "sha-old", None)}
    [d] = rounds.decide([parsed("new.pdf")], written, force=False)
    assert d.verdict == rounds.DIFFERS_FROM_WRITTEN


@pytest.mark.parametrize(
    "before",
    [
        Written("new.pdf", "sha-other", KEY_B),  # the same file name, changed content: a new version of it
        Written("renamed.pdf", "sha-new.pdf", KEY_B),
    ],  # the same bytes under another name
)
def test_the_same_file_again_rewrites_its_round(before):
    assert rounds.needs_written_key(parsed("new.pdf", key=KEY_A), {"2017-12": before}, force=False) is False
    [d] = rounds.decide([parsed("new.pdf", key=KEY_A)], {"2017-12": before}, force=False)
    assert d.writes


def test_a_refused_or_duplicate_input_does_not_claim_the_round():
    written = {"2017-12": Written("old.pdf", "sha-old", KEY_A)}
    decisions = rounds.decide([parsed("b.pdf", key=KEY_B), parsed("c.pdf", key=KEY_B)], written, force=False)
    assert [d.verdict for d in decisions] == [rounds.DIFFERS_FROM_WRITTEN, rounds.DIFFERS_FROM_WRITTEN]


def test_other_rounds_are_decided_on_their_own():
    decisions = rounds.decide([parsed("a.pdf"), parsed("b.pdf", rid="2018-06", key=KEY_B)], {}, force=False)
    assert [d.verdict for d in decisions] == [rounds.WRITE, rounds.WRITE]


def test_unchanged_inputs_are_skipped_unless_forced():
    known = {"sha-w": {"status": "published"}, "sha-d": {"status": "duplicate"}, "sha-gone": {"status": "published"}}
    written_shas = {"sha-w"}
    assert rounds.unchanged("sha-w", known, written_shas, force=False)
    assert rounds.unchanged("sha-d", known, written_shas, force=False)  # a duplicate kept nothing to check
    assert not rounds.unchanged("sha-gone", known, written_shas, force=False)  # its round was removed since
    assert not rounds.unchanged("sha-new", known, written_shas, force=False)
    assert not rounds.unchanged("sha-w", known, written_shas, force=True)


def test_the_rounds_a_failing_file_wrote_earlier_are_kept_or_dropped_with_force():
    written = {"2017-12": Written("a.pdf", "s1"), "2018-06": Written("a.pdf", "s2"), "2019-01": Written("b.pdf", "s3")}
    assert rounds.earlier_rounds(Path("in/a.pdf"), written, claimed={"2018-06"}) == ["2017-12"]
    assert rounds.earlier_rounds(Path("in/a.pdf"), written, claimed=set()) == ["2017-12", "2018-06"]
    assert rounds.earlier_rounds(Path("in/c.pdf"), written, claimed=set()) == []
    assert rounds.earlier_round_note([], force=True) == ""
    assert rounds.earlier_round_note(["2017-12"], force=False) == (
        " (round 2017-12 written from it earlier is kept; --force would drop it)"
    )
    assert rounds.earlier_round_note(["2017-12", "2018-06"], force=True) == (
        " (--force: round 2017-12, 2018-06 written from it earlier was removed)"
    )


@pytest.mark.parametrize("value", ["2017-13", "2017-1", "17-12", "december 2017", "2017-12-01"])
def test_a_round_option_must_look_like_a_month(value):
    with pytest.raises(UsageError, match=f"--round must look like 2017-12, not '{value}'"):
        rounds.check_round_option(value)


def test_override_round_needs_a_round():
    rounds.check_round_option("2017-12", override_round=True)
    rounds.check_round_option(None)
    with pytest.raises(UsageError, match="give --round YYYY-MM too"):
        rounds.check_round_option(None, override_round=True)
