"""The extractors' accuracy on the held-out gold set (tests/gold/README.md), with honest thresholds.

Figures at the issue-12 conventions (dates on (start, end, relation), meetings on the canonical body),
measured after tuning on dev and dev-extra only: held-out dates F1 0.947, meetings 0.684, amounts 1.000;
unseen-text set dates 0.962, meetings 0.550, amounts 1.000; the tuning set dev-extra dates 0.994, meetings
0.984. Held-out dates and meetings on both sets stay below the issue's targets (0.95, 0.85). The thresholds
guard what is reached, slightly below; they do not claim the targets. Nothing was tuned on the held-out or
the unseen set (their scores were only measured).
"""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, score_unseen


@pytest.fixture(scope="module")
def scores():
    return evaluate("test")


# organisations: 0.870 on the issue-12 held-out gold (0.861 before the dev-2019 pass, 0.849 before the dev-extra
# pass); the target (0.88, and 0.70 recall outside the gazetteer) is not reached.
@pytest.mark.parametrize("name, least", [("dates", 0.93), ("amounts", 0.99), ("organisations", 0.86),
                                         ("meetings", 0.62)])  # fmt: skip
def test_f1_on_held_out_actions(scores, name, least):
    assert scores[name].f1 >= least, scores[name]


def test_clearly_ahead_of_the_dateparser_baseline(scores):
    assert scores["dates"].f1 > 2 * scores["dates (dateparser baseline)"].f1


def test_item_scoring_counts_relation_and_canonical_body(tmp_path, monkeypatch):
    """evaluate() on an item folder of our own (the way it scores unseen and dev-extra): a wrong relation
    or a wrong body is a miss."""
    import json
    from datetime import date

    from pipeline import evaluate as evaluation

    item = {"item": "X1", "action_id": "1.1", "description": "", "other_parties_text": "",
            "entries": [{"entry_no": 1, "competences": [], "budget_text": "",
                         "description": "Het Vlaamse Platform Radicalisering kwam samen op 3/3/2018. "
                                        "Het project loopt tot eind 2018."}]}  # fmt: skip
    gold = {
        "dates": [{"item": "X1", "start": "2018-03-03", "end": "2018-03-03", "relation": None},
                  {"item": "X1", "start": "2018-09-01", "end": "2018-12-31", "relation": "until"}],
        "meetings": [{"item": "X1", "body": "Vlaams Platform Radicalisering", "count": None,
                      "dates": ["2018-03-03"], "planned": False}],
    }  # fmt: skip

    def score() -> dict:
        folder = tmp_path / "own"
        folder.mkdir(exist_ok=True)
        (folder / "text.jsonl").write_text(json.dumps(item), encoding="utf-8")
        for kind, records in gold.items():
            (folder / f"{kind}.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        return evaluation.evaluate("own")

    monkeypatch.setattr(evaluation, "GOLD", tmp_path)
    monkeypatch.setitem(evaluation.ITEM_SPLITS, "own", date(2018, 6, 1))
    got = score()
    assert (got["dates"].correct, got["dates"].predicted, got["meetings"].correct) == (2, 2, 1)
    gold["dates"][1]["relation"] = "by"
    gold["meetings"][0]["body"] = "werkgroep Communicatie"
    got = score()
    assert (got["dates"].correct, got["meetings"].correct) == (1, 0)


@pytest.mark.parametrize("name, least", [("dates", 0.95), ("amounts", 0.99), ("meetings", 0.52)])
def test_f1_on_the_unseen_text_set(name, least):
    scores = score_unseen()
    assert scores[name].f1 >= least, scores[name]


@pytest.fixture(scope="module")
def unseen_scores():
    return evaluate("unseen")


def test_organisations_on_text_nobody_tuned_on(scores, unseen_scores):
    # measured 0.918 F1 and 0.893 recall outside the gazetteer (unseen), 0.603 recall outside it (held out), after
    # the dev-2019 pass (before: 0.898, 0.867, 0.559); the target is 0.88 F1 and 0.70 recall outside the
    # gazetteer on both (held out: not reached)
    assert unseen_scores["organisations"].f1 >= 0.90, unseen_scores["organisations"]
    assert unseen_scores["organisations: names not in gazetteer"].recall >= 0.88
    assert scores["organisations: names not in gazetteer"].recall >= 0.59


@pytest.mark.parametrize("split, f1, outside", [("dev", 0.96, 0.89), ("dev-extra", 0.97, 0.96),
                                                ("dev-2019", 0.94, 0.91)])  # fmt: skip
def test_organisations_on_the_tuning_sets(split, f1, outside):
    # tuned on: measured dev 0.975 F1 (0.946 recall outside the gazetteer), dev-extra 0.987 (0.979), dev-2019 0.956
    # (0.928; 0.823 and 0.684 before it was tuned on); these only guard against regressions, they say nothing
    # about generalisation
    got = evaluate(split)
    assert got["organisations"].f1 >= f1, got["organisations"]
    assert got["organisations: names not in gazetteer"].recall >= outside


@pytest.fixture(scope="module")
def dev_extra():
    return evaluate("dev-extra")


@pytest.mark.parametrize("name, least", [("dates", 0.98), ("amounts", 0.99), ("meetings", 0.96)])
def test_f1_on_the_dev_extra_tuning_set(dev_extra, name, least):
    """evaluate('dev-extra') scores the synthetic December 2018 tuning items (tuned on: a floor, not a claim)."""
    assert dev_extra[name].f1 >= least, dev_extra[name]
    assert dev_extra[name].gold == {"dates": 155, "amounts": 17, "meetings": 61}[name]
