"""The project's spaCy pipeline: blank Dutch + trained organisation NER + the four fact components.

Owns: the pipeline's assembly (``load``), the fact components as spaCy factories (``facts_dates``,
``facts_amounts``, ``facts_organisations``, ``facts_meetings``, each with its settings in ``nlp.config``),
and running it over a report's texts (``extract_many``, batched through ``nlp.pipe``).

    nlp = pipeline.extract.nlp.load(); doc = nlp(text)
    doc._.dates, doc._.amounts, doc._.organisations, doc._.meetings

The report date for relative expressions comes from ``doc._.report_date`` (``extract_many`` sets it), else
from the date components' ``report_date`` setting, else today. Nothing is ever downloaded: the NER is
loaded from ``models/ner``, once per process.
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

from pipeline.extract.amounts import find_amounts
from pipeline.extract.dates import find_dates
from pipeline.extract.meetings import find_meetings, named_across_pieces
from pipeline.extract.organisations import Options, find_organisations
from pipeline.gazetteer import load_gazetteer
from pipeline.paths import model_file

MODEL_DIR = model_file("ner")
# In this order: the meetings component reuses the dates component's facts.
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


def _fixed_date(value: str | None) -> date | None:
    """A component's ``report_date`` setting: an ISO date, or null (the doc's own, else today)."""
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class DateFacts:
    report_date: date | None = None  # used when a doc carries no report date

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = list(find_dates(_text(doc), doc._.report_date or self.report_date or date.today()))
        return doc


@dataclass(frozen=True)
class AmountFacts:
    def __call__(self, doc: Doc) -> Doc:
        doc._.amounts = list(find_amounts(_text(doc), location=doc._.location))
        return doc


@dataclass(frozen=True)
class OrganisationFacts:
    options: Options
    use_ner: bool = True  # add the NER's entities (when the pipeline has an "ner" before this component)

    def __call__(self, doc: Doc) -> Doc:
        # The doc already carries the NER's entities, so pass it instead of re-running the model.
        ner = doc if self.use_ner and doc.has_annotation("ENT_IOB") else None
        doc._.organisations = find_organisations(_text(doc), ner, self.options)
        return doc


@dataclass(frozen=True)
class MeetingFacts:
    report_date: date | None = None

    def __call__(self, doc: Doc) -> Doc:
        # The dates component ran first (FACT_COMPONENTS order): reuse its facts instead of parsing again.
        report_date = doc._.report_date or self.report_date or date.today()
        doc._.meetings = list(find_meetings(_text(doc), report_date, doc._.dates))
        return doc


@Language.factory("facts_dates", default_config={"report_date": None})
def make_date_facts(nlp: Language, name: str, report_date: str | None) -> DateFacts:
    return DateFacts(_fixed_date(report_date))


@Language.factory("facts_amounts", default_config={})
def make_amount_facts(nlp: Language, name: str) -> AmountFacts:
    return AmountFacts()


@Language.factory("facts_organisations", default_config={"gazetteer": None, "use_ner": True, "model_rule": "proper"})
def make_organisation_facts(
    nlp: Language, name: str, gazetteer: str | None, use_ner: bool, model_rule: str
) -> OrganisationFacts:
    """``gazetteer``: path of an organisations.jsonl (null: the project's); ``use_ner``: also the model's hits;
    ``model_rule``: how they are filtered (``organisations.MODEL_RULES``)."""
    return OrganisationFacts(Options(model_rule=model_rule, gazetteer=load_gazetteer(gazetteer)), use_ner)


@Language.factory("facts_meetings", default_config={"report_date": None})
def make_meeting_facts(nlp: Language, name: str, report_date: str | None) -> MeetingFacts:
    return MeetingFacts(_fixed_date(report_date))


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
def _load(path: str | None, use_ner: bool, gazetteer: str | None) -> Language:
    # The trained model is itself spacy.blank("nl") + tok2vec + ner (models/ner/config.cfg);
    # loading it directly rather than sourcing into a second blank halves the load time.
    nlp = spacy.load(model_path(path), exclude=_KEEP_DEFAULT_TOKENIZER) if use_ner else spacy.blank("nl")
    nlp.add_pipe("sentencizer", first=True)
    settings = {"facts_organisations": {"gazetteer": gazetteer, "use_ner": use_ner}}
    for name in FACT_COMPONENTS:
        nlp.add_pipe(name, config=settings.get(name, {}))
    return nlp


def load(path: Path | str | None = None, *, use_ner: bool = True, gazetteer: Path | str | None = None) -> Language:
    """The project's pipeline (``use_ner=False``: blank Dutch without the model); cached per process (the same
    object is returned each time), so the NER is read from disk once."""
    return _load(str(path) if path else None, use_ner, str(gazetteer) if gazetteer else None)


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

    The docs run through ``nlp.pipe`` with their date and location set beforehand: the model components
    (tok2vec, ner) run batched, one matrix product per batch instead of one per text, which halves their
    cost on a report's ~170 short texts.

    A text longer than ``chunk_chars`` (``pipeline.limits``; never above ``nlp.max_length``) is cut
    into chunks at paragraph, sentence or white-space boundaries (``chunks``), each processed alone;
    every fact's span is shifted back by its chunk's offset, so spans index the whole text.
    """
    size = min(chunk_chars or nlp.max_length, nlp.max_length)
    pieces = [(i, offset, piece) for i, (text, _) in enumerate(texts) for offset, piece in chunks(text, size)]
    docs = []
    for i, _, piece in pieces:
        doc = nlp.make_doc(piece)
        doc.user_data["text"] = piece  # the tokenizer keeps every character, so doc.text == piece
        doc._.report_date = report_date
        doc._.location = texts[i][1]
        docs.append(doc)
    facts = [Facts() for _ in texts]
    for doc, (i, offset, _) in zip(nlp.pipe(docs, batch_size=batch_size), pieces, strict=True):
        for name in ("dates", "amounts", "organisations", "meetings"):
            getattr(facts[i], name).extend(_shifted(f, offset) for f in getattr(doc._, name) or [])
    for i, (text, _) in enumerate(texts):
        if len(text) > size:  # it was cut: a meeting's body may be named in the chunk before
            cuts = [offset for j, offset, _ in pieces if j == i]
            # (the date the meeting component reads: the report's, else its configured one, else today)
            when = report_date or nlp.get_pipe("facts_meetings").report_date or date.today()
            facts[i].meetings[:] = named_across_pieces(text, _meetings_with_context(text, cuts, facts[i], when))
    return facts


# How much of the text before a chunk its meeting rules see: a paragraph or three (a set of bodies introduced before
# a list of its members, the sentence a ";"-clause belongs to), not the whole field
MEETING_CONTEXT = 2_000


def _meetings_with_context(text: str, cuts: list[int], facts: Facts, report_date: date) -> list:
    """The meetings of a cut text with each chunk's statements read with the text just before the chunk, as they are
    in the uncut text (the meeting rules are rules on text: they need no spaCy doc)."""
    out = []
    bounds = [*cuts[1:], len(text)]
    for start, end in zip(cuts, bounds, strict=True):
        origin = max(0, start - MEETING_CONTEXT)
        window = text[origin:end]
        dates = [_shifted(d, -origin) for d in facts.dates if origin <= d.char_start and d.char_end <= end]
        found = find_meetings(window, report_date, dates)
        out += [_shifted(m, origin) for m in found if m.char_start + origin >= start]
    return out


def _shifted(fact: Any, offset: int) -> Any:  # any of the four fact records
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
