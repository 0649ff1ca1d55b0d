"""The NER's training data from the dev gold of the real report and the tuning item sets (models/gold/dev-extra,
dev-2019), and its augmentation."""

import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.gold import GOLD_DIR, read_jsonl
from pipeline.train_ner import (
    CANDIDATE_FOLDERS,
    EARLY_STOPPING_ACTIONS,
    NER_DIR,
    SENTENCE_FOLDERS,
    VALIDATION_FOLDER,
    VALIDATION_FOLDERS,
    _in_compound,
    bare_authority,
    item_sentence_records,
    located_mentions,
    name_kind,
    report_sentence_records,
    sentences,
    swapped_by_kind,
    write_report_records,
)

DEV_2019 = GOLD_DIR / "dev-2019"


def test_located_mentions_labels_exact_counts_and_flags_ambiguous_ones() -> None:
    text = "De VVSG en de VVSG-VNG werkgroep. Het Vlaams Platform Radicalisering (VPR) vergaderde."
    labelled, ambiguous = located_mentions(text, ["VVSG", "Vlaams Platform Radicalisering (VPR)"])
    # the definition is one mention; the NER's span stops before the acronym in parentheses
    assert [text[s:e] for s, e in labelled] == ["VVSG", "Vlaams Platform Radicalisering"]
    assert labelled[0][0] == text.index("VVSG")
    # "VVSG" stands twice but the gold names it once: the plain mention is it, the one in "VVSG-VNG" is unknown
    assert [text[s:e] for s, e in ambiguous] == ["VVSG"] and ambiguous[0][0] == text.index("VVSG-VNG")
    assert located_mentions(text, ["VVSG", "VVSG", "VVSG"]) is None  # named more often than it stands
    text = "De VVSG en ABB, met de VVSG-VNG werkgroep en de VVSG."
    assert [text[s:e] for s, e in located_mentions(text, ["VVSG"])[1]] == ["VVSG"] * 3  # two plain, one gold


def test_a_name_in_a_compound_or_an_address_does_not_stand_alone() -> None:
    text = "via nieuwsberichten (o.a. VVSG-week), radicalisering@VVSG.be, de VVSG. Uitwisseling VVSG-VNG"
    starts = [m.start() for m in re.finditer("VVSG", text)]
    assert [_in_compound(text, s, s + 4) for s in starts] == [True, True, False, True]


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
    assert VALIDATION_FOLDER in VALIDATION_FOLDERS and not set(VALIDATION_FOLDERS) & set(SENTENCE_FOLDERS)
    assert all(GOLD_DIR / "unseen" not in folders for folders in CANDIDATE_FOLDERS.values())
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


def test_report_sentences_of_dev_actions_hand_checked() -> None:
    records = report_sentence_records("dev")
    labelled = {(r["action_id"], r["text"]): [r["text"][s:e] for s, e, _ in r["spans"]] for r in records}
    opening = next(k for k in labelled if k[0] == "1.1" and k[1].startswith("In functie van afstemming"))
    assert labelled[opening] == ["OCAD", "FOD Justitie", "VGC", "VVSG"]
    assert labelled[("1.1", "KB (en concreet ABB) staat in voor de coördinatie van het Platform.")] == ["ABB"]
    # 4.3 prints "VVSG" 32 times beside its compounds; the gold names it 31 times: the plain ones are labelled,
    # the sentences of "VVSG-VNG" and "radicalisering@VVSG.be" are left out
    advice = next(k for k in labelled if k[0] == "4.3" and k[1].startswith("Advies en ondersteuning door VVSG"))
    assert labelled[advice] == ["VVSG"]
    assert sum(v.count("VVSG") for k, v in labelled.items() if k[0] == "4.3") == 29
    assert not any("VVSG-VNG" in text or "@VVSG" in text for _, text in labelled)
    assert labelled[("4.3", "VVSG-week), mailings, de VVSG-website & sociale media.")] == ["VVSG-week", "VVSG-website"]
    with pytest.raises(ValueError):
        report_sentence_records("test")


def test_rebuilt_training_sentences_keep_the_early_stopping_actions_apart(tmp_path: Path) -> None:
    assert write_report_records(tmp_path) == (410, 102)
    train, early = read_jsonl(tmp_path / "train.jsonl"), read_jsonl(tmp_path / "dev.jsonl")
    assert {r["action_id"] for r in early} == EARLY_STOPPING_ACTIONS
    assert not {r["action_id"] for r in train} & EARLY_STOPPING_ACTIONS
    assert train + early == sorted(
        report_sentence_records("dev"), key=lambda r: r["action_id"] in EARLY_STOPPING_ACTIONS
    )
    assert (tmp_path / "config.cfg").read_text() == (NER_DIR / "config.cfg").read_text()
    # the shipped model's sentences are those of the dev gold before its re-annotation (models/README.md)
    assert {r["action_id"] for r in read_jsonl(NER_DIR / "dev.jsonl")} == EARLY_STOPPING_ACTIONS
