"""The NER's training data from the tuning item sets (models/gold/dev-extra, dev-2019) and its augmentation."""

import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.gold import GOLD_DIR, read_jsonl
from pipeline.train_ner import (
    SENTENCE_FOLDERS,
    VALIDATION_FOLDER,
    bare_authority,
    item_sentence_records,
    located_mentions,
    name_kind,
    sentences,
    swapped_by_kind,
)

DEV_2019 = GOLD_DIR / "dev-2019"


def test_located_mentions_labels_exact_counts_and_flags_ambiguous_ones() -> None:
    text = "De VVSG en de VVSG-VNG werkgroep. Het Vlaams Platform Radicalisering (VPR) vergaderde."
    labelled, ambiguous = located_mentions(text, ["VVSG", "Vlaams Platform Radicalisering (VPR)"])
    # the definition is one mention; the NER's span stops before the acronym in parentheses
    assert [text[s:e] for s, e in labelled] == ["Vlaams Platform Radicalisering"]
    # "VVSG" stands twice (once in "VVSG-VNG") but the gold names it once: which one is unknown
    assert [text[s:e] for s, e in ambiguous] == ["VVSG", "VVSG"]
    assert located_mentions(text, ["VVSG", "VVSG", "VVSG"]) is None  # named more often than it stands


def test_sentences_cut_at_sentence_ends_and_line_breaks_only() -> None:
    text = "Partners zijn o.a. de VVSG en ABB. Op 7 mei 2019 kwam men samen.\nReguliere middelen"
    assert [text[s:e] for s, e in sentences(text)] == [
        "Partners zijn o.a. de VVSG en ABB.",
        "Op 7 mei 2019 kwam men samen.",
        "Reguliere middelen",
    ]


def test_item_sentences_of_dev_2019_item_e01_hand_checked() -> None:
    records = [r for r in item_sentence_records(DEV_2019) if r["action_id"] == "dev-2019/E01"]
    labelled = {r["text"]: [r["text"][s:e] for s, e, _ in r["spans"]] for r in records}
    assert labelled["KB (en concreet ABB) staat in voor de coördinatie van het Platform."] == ["ABB"]
    assert labelled["Binnen ABB werd in oktober 2018 bovendien een interne cel Polarisering (CePol) opgericht."] == [
        "ABB"
    ]
    opening = next(t for t in labelled if t.startswith("In functie van afstemming"))
    assert labelled[opening] == ["OCAD", "FOD Justitie", "VGC", "VVSG"]
    briefing = next(t for t in labelled if t.startswith("Op de vergadering van 19 maart 2019"))
    assert labelled[briefing] == ["Brussel Preventie & Veiligheid"]  # raw "… (BPV)", the name labelled
    assert labelled["Reguliere middelen"] == []  # a sentence without a mention is a negative example


def test_municipalities_without_their_title_are_not_model_spans() -> None:
    gold = [g for g in read_jsonl(DEV_2019 / "organisations.jsonl") if g["raw"] == "Dilbeek"]
    assert gold and all(bare_authority(g) for g in gold)  # gold: "gemeente Dilbeek", printed "Dilbeek"
    assert not bare_authority({"raw": "stad Gent", "canonical": "stad Gent"})
    spans = {r["text"][s:e] for r in item_sentence_records(DEV_2019) for s, e, _ in r["spans"]}
    assert "Dilbeek" not in spans and any(r["text"].count("Dilbeek") for r in item_sentence_records(DEV_2019))


@pytest.mark.parametrize("folder", SENTENCE_FOLDERS, ids=lambda f: f.name)
def test_every_labelled_span_is_a_gold_mention_of_its_item(folder: Path) -> None:
    gold = Counter(
        (g["item"], re.sub(r"\s*\([^()]*\)$", "", g["raw"]))
        for g in read_jsonl(folder / "organisations.jsonl")
        if g["where"] != "other_parties" and not bare_authority(g)
    )
    labelled = Counter(
        (r["action_id"].split("/")[1], r["text"][s:e]) for r in item_sentence_records(folder) for s, e, _ in r["spans"]
    )
    assert labelled and not labelled - gold
    # most mentions placed; the sentences of the others (a name standing more often than the gold names it) left out
    assert labelled.total() >= 0.8 * gold.total()


def test_the_validation_set_is_never_trained_on_and_unseen_is_refused() -> None:
    assert VALIDATION_FOLDER not in SENTENCE_FOLDERS and GOLD_DIR / "unseen" not in SENTENCE_FOLDERS
    items = {r["action_id"].split("/")[1] for r in item_sentence_records(DEV_2019, frozenset({"E04"}))}
    assert items and "E04" not in items and "E05" in items
    with pytest.raises(ValueError, match="never trained on"):
        item_sentence_records(GOLD_DIR / "unseen")


def test_swapped_by_kind_keeps_the_kind_and_is_seeded() -> None:
    records = item_sentence_records(DEV_2019)[:60]
    swapped = swapped_by_kind(records, 2)
    assert swapped == swapped_by_kind(records, 2) != swapped_by_kind(records, 2, seed=7)
    with_orgs = [r for r in records if r["spans"]]
    assert len(swapped) == 2 * len(with_orgs)
    for original, copy in zip((r for r in with_orgs for _ in range(2)), swapped, strict=True):
        old = [name_kind(original["text"][s:e]) for s, e, _ in original["spans"]]
        assert [name_kind(copy["text"][s:e]) for s, e, _ in copy["spans"]] == old
    assert name_kind("VVSG") == "acronym" and name_kind("stad Gent") == "authority"
    assert name_kind("Vlaams Platform Radicalisering") == "name"
