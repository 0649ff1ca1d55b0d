"""How the `revised` threshold of pipeline/novelty.py was chosen: two similarity distributions.

1. Edits: every sentence the synthetic round's edits (tests/fixtures/synthetic/derive_synthetic.py)
   take out, against the most similar sentence the same edit puts in — what a revision looks like.
2. Look-alikes: every sentence of the December 2017 report against the most similar *other* sentence of
   the same action — what a threshold set too low would wrongly call a revision when one sentence goes
   and an unrelated one comes.

    .venv/bin/python scripts/novelty_threshold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "synthetic"))
sys.path.insert(0, str(ROOT))

from derive_synthetic import EDITS  # noqa: E402

from pipeline.gazetteer import load_gazetteer  # noqa: E402
from pipeline.novelty import layout_key, similarity, split_sentences  # noqa: E402
from pipeline.read import read_document  # noqa: E402
from pipeline.structure import build_report  # noqa: E402

_TAGS = ("</p>", "<p>", "\t")
_FIELD_LABELS = ("Status actie", "Andere betrokkenen", "Vilvoorde")


def _sentences(text: str) -> list[str]:
    for tag in _TAGS:
        text = text.replace(tag, "\n")
    return [text[a:b] for a, b in split_sentences(text)]


def edit_pairs() -> list[tuple[float, str, str, str]]:
    pairs = []
    for edit in EDITS:
        if edit.action_id is None:
            continue
        old, new = _sentences(edit.old), _sentences(edit.new)
        old_keys, new_keys = {layout_key(s) for s in old}, {layout_key(s) for s in new}
        gone = [
            s
            for s in old
            if layout_key(s) not in new_keys and any(c.isalpha() for c in s) and not s.startswith(_FIELD_LABELS)
        ]  # status and party fields are not sentences of the novelty
        came = [s for s in new if layout_key(s) not in old_keys]
        for s in gone:
            best = max(came, key=lambda t: similarity(s, t, floor=0), default="")
            pairs.append((similarity(s, best, floor=0) if best else 0.0, edit.action_id, s, best))
    return pairs


def look_alikes() -> list[float]:
    doc = read_document(ROOT / "tests" / "fixtures" / "report-2017-12.txt")
    scores = []
    for action in build_report(doc.blocks, doc.n_pages, gazetteer=load_gazetteer()).actions():
        texts = [action.description] + [t for e in action.entries for t in (e.description, e.budget_text)]
        sents = [t[a:b] for t in texts for a, b in split_sentences(t)]
        for i, s in enumerate(sents):
            others = [t for j, t in enumerate(sents) if j != i and layout_key(t) != layout_key(s)]
            scores.append(max((similarity(s, t, floor=0) for t in others), default=0.0))
    return scores


def main() -> None:
    print("1. Sentences an edit takes out, best match among what it puts in:")
    for score, aid, old, new in sorted(edit_pairs(), reverse=True):
        print(f"  {score:.3f}  {aid:5} {old[:70]!r}\n{'':15}→ {new[:70]!r}")
    scores = look_alikes()
    print(f"\n2. {len(scores)} sentences of 2017-12, similarity to the most similar other sentence of their action:")
    for t in (0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9):
        share = sum(s >= t for s in scores) / len(scores)
        print(f"  ≥ {t:.2f}: {share:6.1%}")


if __name__ == "__main__":
    main()
