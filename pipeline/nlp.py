"""The project's spaCy pipeline: blank Dutch + trained organisation NER + fact components.

    nlp = pipeline.nlp.load(); doc = nlp(text)
    doc._.dates, doc._.amounts, doc._.organisations, doc._.meetings

The fact components call the plain-Python extractors in ``pipeline.extract``; they are
imported inside the components so this module imports even when one is missing. The report
date for relative expressions comes from ``doc._.report_date`` (default: today); ``extract``
sets it for you. Nothing is ever downloaded: the NER is sourced from ``models/ner``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.paths import model_file

MODEL_DIR = model_file("ner")
FACT_COMPONENTS = ("facts_dates", "facts_amounts", "facts_organisations", "facts_meetings")

for _name in ("dates", "amounts", "organisations", "meetings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name, _default in (("report_date", None), ("location", "text")):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _text(doc: Doc) -> str:
    # Doc.text joins every token anew on each access; the four fact components share one copy.
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def _report_date(doc: Doc) -> date:
    return doc._.report_date or date.today()


@Language.component("facts_dates")
def facts_dates(doc: Doc) -> Doc:
    from pipeline.extract.dates import find_dates

    doc._.dates = list(find_dates(_text(doc), _report_date(doc)))
    return doc


@Language.component("facts_amounts")
def facts_amounts(doc: Doc) -> Doc:
    from pipeline.extract.amounts import find_amounts

    doc._.amounts = list(find_amounts(_text(doc), location=doc._.location))
    return doc


@Language.component("facts_organisations")
def facts_organisations(doc: Doc) -> Doc:
    from pipeline.extract.organisations import find_organisations

    # The doc already carries the NER's entities, so pass it instead of re-running the model.
    doc._.organisations = find_organisations(_text(doc), doc if doc.has_annotation("ENT_IOB") else None)
    return doc


@Language.component("facts_meetings")
def facts_meetings(doc: Doc) -> Doc:
    from pipeline.extract.meetings import find_meetings

    # The dates component ran first (FACT_COMPONENTS order): reuse its facts instead of parsing again.
    doc._.meetings = list(find_meetings(_text(doc), _report_date(doc), doc._.dates))
    return doc


def model_path(path: Path | str | None = None) -> Path:
    base = Path(path) if path else MODEL_DIR
    for candidate in (base, base / "model-best", base / "model"):
        if (candidate / "meta.json").exists():
            return candidate
    raise FileNotFoundError(f"no trained NER under {base}; run `python -m pipeline.train_ner`")


# The saved tokenizer is blank Dutch's own (training changes no rule); reading its 4,600 exceptions
# back from disk costs 0.4 s of every load, and the language defaults already hold them.
_KEEP_DEFAULT_TOKENIZER = ["tokenizer"]


@lru_cache(maxsize=4)
def load_ner(path: str | None = None) -> Language:
    """The trained NER pipeline alone (tok2vec + ner), from disk, cached per process."""
    return spacy.load(model_path(path), exclude=_KEEP_DEFAULT_TOKENIZER)


@lru_cache(maxsize=4)
def _load(path: str | None) -> Language:
    # The trained model is itself spacy.blank("nl") + tok2vec + ner (models/ner/config.cfg);
    # loading it directly rather than sourcing into a second blank halves the load time.
    nlp = spacy.load(model_path(path), exclude=_KEEP_DEFAULT_TOKENIZER)
    nlp.add_pipe("sentencizer", first=True)
    for name in FACT_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def load(path: Path | str | None = None) -> Language:
    """The project's pipeline; cached per process (the same object is returned each time)."""
    return _load(str(path) if path else None)


@dataclass
class Facts:
    dates: list[Any] = field(default_factory=list)
    amounts: list[Any] = field(default_factory=list)
    organisations: list[Any] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)


def extract(nlp: Language, text: str, report_date: date | None, location: str = "text") -> Facts:
    """Run the pipeline on ``text`` with the given report date and return the four fact lists."""
    return extract_many(nlp, [(text, location)], report_date)[0]


def extract_many(
    nlp: Language,
    texts: Sequence[tuple[str, str]],
    report_date: date | None,
    batch_size: int = 64,
    chunk_chars: int | None = None,
) -> list[Facts]:
    """``extract`` for many ``(text, location)`` pairs of one report, in the order given.

    The model components (sentencizer, tok2vec, ner) run batched through ``nlp.pipe``: one
    matrix product per batch instead of one per text halves their cost on a report's ~170
    short texts. The fact components then run per doc, after its date and location are set.

    A text longer than ``chunk_chars`` (``pipeline.limits``; never above ``nlp.max_length``) is cut
    into chunks at paragraph, sentence or white-space boundaries (``chunks``), each processed alone;
    every fact's span is shifted back by its chunk's offset, so spans index the whole text.
    """
    size = min(chunk_chars or nlp.max_length, nlp.max_length)
    pieces = [(i, offset, piece, location) for i, (text, location) in enumerate(texts)
              for offset, piece in chunks(text, size)]  # fmt: skip
    names = nlp.pipe_names
    first_fact = next((i for i, n in enumerate(names) if n in FACT_COMPONENTS), len(names))
    # Component by component rather than nlp.select_pipes: that would change the shared, cached
    # pipeline while another thread (a Dask worker's) may be using it.
    docs = [nlp.make_doc(piece) for _, _, piece, _ in pieces]
    for _, proc in nlp.pipeline[:first_fact]:
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    facts = [Facts() for _ in texts]
    for doc, (i, offset, piece, location) in zip(docs, pieces, strict=True):
        doc.user_data["text"] = piece  # the tokenizer keeps every character, so doc.text == piece
        doc._.report_date = report_date
        doc._.location = location
        for _, proc in nlp.pipeline[first_fact:]:
            doc = proc(doc)
        for name in ("dates", "amounts", "organisations", "meetings"):
            getattr(facts[i], name).extend(_shifted(f, offset) for f in getattr(doc._, name) or [])
    for i, (text, _) in enumerate(texts):
        if len(text) > size:  # it was cut: a meeting's body may be named in the chunk before
            from pipeline.extract.meetings import named_across_pieces

            facts[i].meetings[:] = named_across_pieces(text, facts[i].meetings)
    return facts


def _shifted(fact: Any, offset: int) -> Any:  # noqa: ANN401 - any of the four fact records
    if not offset:
        return fact
    return replace(fact, char_start=fact.char_start + offset, char_end=fact.char_end + offset)


# Where a text may be cut, best first: a paragraph break, a line break, a sentence end, any white space.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?;:]\s"), re.compile(r"\s"))


def chunks(text: str, size: int) -> list[tuple[int, str]]:
    """``text`` as ``(offset, piece)`` with pieces of at most ``size`` characters that join back to it,
    cut at the best boundary in the second half of each window (a hard cut only in a run of letters)."""
    if len(text) <= size:
        return [(0, text)]
    out, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        out.append((start, text[start : start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out
