"""The assembled spaCy pipeline and the trained NER, on real report text."""

from datetime import date

import pytest

from pipeline.extract import nlp as project_nlp
from pipeline.extract.organisations import find_organisations

# Action 14.5: in models/ner/dev.jsonl (early stopping only), not in train.jsonl.
HELD_OUT = (
    "In totaal ging dit om 12 journalisten van onder andere De Standaard, VRT, Newsmonkey, Het Laatste Nieuws enz."
)


def test_ner_loads_from_models_and_finds_organisations() -> None:
    ner = project_nlp.load_ner()
    assert ner.pipe_names == ["tok2vec", "ner"]
    doc = ner(HELD_OUT)
    assert any(ent.label_ == "ORG" for ent in doc.ents)


def test_model_hits_have_source_model() -> None:
    text = "Vier organisaties (Mediawijs, Tumult, Mediaraven en ORBIT) sloegen de handen in elkaar."
    hits = find_organisations(text, project_nlp.load_ner())
    assert {m.source for m in hits} <= {"gazetteer", "register", "pattern", "model"}
    assert "Mediawijs" in [m.canonical for m in hits]
    for m in hits:
        assert text[m.char_start : m.char_end] == m.mention


def test_load_is_cached_and_has_components() -> None:
    nlp = project_nlp.load()
    assert project_nlp.load() is nlp
    assert nlp.pipe_names[:3] == ["sentencizer", "tok2vec", "ner"]
    assert set(project_nlp.FACT_COMPONENTS) <= set(nlp.pipe_names)


def test_organisations_extension_spans_slice_to_mention() -> None:
    text = (
        "In samenwerking met UFUNGU en het Vlaams Vredesinstituut werd op 12 juni 2017 "
        "te Antwerpen een exit-conferentie georganiseerd."
    )
    nlp = project_nlp.load()
    doc = nlp.make_doc(text)
    doc._.report_date = date(2017, 12, 1)
    for name in ("sentencizer", "tok2vec", "ner", "facts_organisations"):
        doc = nlp.get_pipe(name)(doc)
    names = [m.canonical for m in doc._.organisations]
    assert names[:2] == ["UFUNGU", "Vlaams Vredesinstituut"]
    for m in doc._.organisations:
        assert doc.text[m.char_start : m.char_end] == m.mention


def test_extract_returns_four_lists() -> None:
    pytest.importorskip("pipeline.extract.dates")
    pytest.importorskip("pipeline.extract.amounts")
    pytest.importorskip("pipeline.extract.meetings")
    text = "De werkgroep kwam samen op 18/4/2017. De VVSG ontving 344.575,62 euro."
    facts = project_nlp.extract(project_nlp.load(), text, date(2017, 12, 1))
    assert [m.canonical for m in facts.organisations] == ["VVSG"]
    assert isinstance(facts.dates, list) and isinstance(facts.amounts, list) and isinstance(facts.meetings, list)


def test_cross_validation_on_two_folds_scores_every_rule() -> None:
    from pipeline.extract.organisations import MODEL_RULES
    from pipeline.train_ner import GAZETTEER_SETTINGS, cross_validate, gold_canonicals, make_folds

    folds = make_folds(["1.1", "1.3", "2.1", "10.1", "2.3"], 2)
    assert folds == [["1.1", "2.1", "10.1"], ["1.3", "2.3"]]
    # A tiny training run: this checks the machinery (folds, training, scoring), not the model.
    results = cross_validate(2, overrides={"training.max_steps": 4, "training.eval_frequency": 2})
    assert set(results) == {(s, r) for s in GAZETTEER_SETTINGS for r in ("no NER", *MODEL_RULES)}
    n_gold = sum(sum(c.values()) for c in gold_canonicals("dev").values())
    assert {c.gold for c in results.values()} == {n_gold}
    full, hidden = results[("full gazetteer", "no NER")], results[("fold-only names hidden", "no NER")]
    assert hidden.correct < full.correct  # hiding the held-out fold's own names costs recall
    assert results[("full gazetteer", "all")].predicted >= results[("full gazetteer", "strict")].predicted
