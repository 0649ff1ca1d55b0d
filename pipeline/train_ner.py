"""Train the organisation NER on the DEV split: ``python -m pipeline.train_ner``.

Reads ``models/ner/train.jsonl`` / ``models/ner/dev.jsonl`` (sentences from DEV actions with
ORG character spans; dev.jsonl is a held-out part of the DEV split for early stopping), trains
``models/ner/config.cfg`` with a fixed seed and writes ``models/ner/model-best``.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--evaluate":
        from pipeline.extract.organisations import evaluate_gold

        for label, use_model in (("gazetteer+patterns", False), ("gazetteer+patterns+NER", True)):
            p, r, f = evaluate_gold("test", use_model=use_model)
            print(f"test {label}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        return 0
    print(f"model written to {train()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
