"""Train the organisation NER on the DEV split: ``python -m pipeline.train_ner``.

Reads ``models/ner/train.jsonl`` / ``models/ner/dev.jsonl`` (sentences from DEV actions with
ORG character spans; dev.jsonl is a held-out part of the DEV split for early stopping), trains
``models/ner/config.cfg`` with a fixed seed and writes ``models/ner/model-best``.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

NER_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"


def to_docbin(jsonl: Path, out: Path) -> int:
    """Convert span-annotated JSONL to a spaCy DocBin; returns the number of spans kept."""
    nlp = spacy.blank("nl")
    db = DocBin()
    kept = 0
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = nlp.make_doc(rec["text"])
        # "expand" because a gold span may end inside a token the tokenizer made ("VVSG-week").
        ents = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in rec["spans"]]
        ents = [e for e in ents if e is not None]
        ents = spacy.util.filter_spans(ents)
        doc.ents = ents
        kept += len(ents)
        db.add(doc)
    db.to_disk(out)
    return kept


def train(ner_dir: Path = NER_DIR) -> Path:
    from spacy.cli.train import train as spacy_train

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        to_docbin(ner_dir / "train.jsonl", tmp_path / "train.spacy")
        to_docbin(ner_dir / "dev.jsonl", tmp_path / "dev.spacy")
        spacy_train(
            ner_dir / "config.cfg",
            output_path=tmp_path / "out",
            overrides={"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")},
        )
        target = ner_dir / "model-best"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(tmp_path / "out" / "model-best", target)
    return target


REPORT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "report-2017-12.txt"
GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
_POLICY_LINES = {
    "Coördinatie en samenwerking in de uitvoering",
    "Ondersteunen van de lokale aanpak",
    "Organiseren van een persoonsgerichte aanpak",
    "Versterken van kennis en expertise",
    "Mobiliseren van het middenveld",
}
_FIELD = re.compile(r"^(Status actie|Verantwoordelijke ministers|Beleidsdomeinen|Andere betrokkenen)\b")
_COMPETENCES = re.compile(
    r"^((Binnenlands Bestuur|Onderwijs|Welzijn|Jeugd|Werk|Cultuur|Integratie|Inburgering|Media|Sport"
    r"|Buitenlands Beleid|Gelijke Kansen|Stedenbeleid|Brussel|Vlaamse Rand)\s*)+$"
)
_ACTION = re.compile(r"^Actie (\d+\.\d+)\b\t?(.*)$")
_TAG = re.compile(r"<[^>]+>")


def action_texts(report: Path = REPORT) -> dict[str, list[tuple[str, str]]]:
    """Annotated text of each action: [(where, text)], where = "description" or "entry".

    A light reading of the text report, independent of the structure stage, so that the gold
    set and the NER training data can be rebuilt from the report alone (see GUIDELINES.md).
    """
    lines = report.read_text(encoding="utf-8").splitlines()
    out: dict[str, list[tuple[str, str]]] = {}
    current: str | None = None
    state = "description"
    for i, line in enumerate(lines):
        m = _ACTION.match(line)
        if m:
            current, state = m.group(1), "description"
            out[current] = [("description", _TAG.sub(" ", m.group(2)))] if m.group(2).strip() else []
            continue
        text = line.strip()
        if current is None or not text or text in _POLICY_LINES or text.startswith("-----"):
            continue
        if re.match(r"^\d+\. \S", text) and "\t" not in line:
            following = next((x for x in lines[i + 1 :] if x.strip()), "")
            if following.startswith("Actie "):
                continue  # heading of the next measure
        if _FIELD.match(text):
            state = "fields"
        elif text == "Rapportage" or text.startswith("Bevoegdheden\tBeschrijving"):
            state = "table"
        elif state == "description":
            out[current].append(("description", _TAG.sub(" ", text)))
        elif state == "table" and "\t" in line:
            out[current] += [("entry", _TAG.sub(" ", c)) for c in line.split("\t")[1:] if c.strip()]
        elif state == "table" and not _COMPETENCES.match(text):
            out[current].append(("entry", _TAG.sub(" ", text)))
    return out


def evaluate_gold(split: str = "test", use_model: bool = True) -> tuple[float, float, float]:
    """P/R/F1 of canonical names against the gold set, per action as multisets."""
    from pipeline.extract.organisations import find_organisations

    gold: dict[str, Counter[str]] = {}
    for path in sorted((GOLD_DIR / split).glob("*/organisations.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            gold.setdefault(rec["action_id"], Counter())[rec["canonical"]] += 1
    nlp = None
    if use_model:
        from pipeline.nlp import load_ner

        nlp = load_ner()
    tp = n_pred = n_gold = 0
    for action_id, parts in action_texts().items():
        if action_id not in gold and not _in_split(action_id, split):
            continue
        pred: Counter[str] = Counter()
        for _, text in parts:
            pred.update(m.canonical for m in find_organisations(text, nlp))
        expected = gold.get(action_id, Counter())
        tp += sum((pred & expected).values())
        n_pred += sum(pred.values())
        n_gold += sum(expected.values())
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _in_split(action_id: str, split: str) -> bool:
    measure, number = (int(x) for x in action_id.split("."))
    is_test = number % 2 == 0 or measure in (8, 9)
    return is_test if split == "test" else not is_test


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--evaluate":
        for label, use_model in (("gazetteer+patterns", False), ("gazetteer+patterns+NER", True)):
            p, r, f = evaluate_gold("test", use_model=use_model)
            print(f"test {label}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        return 0
    print(f"model written to {train()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
