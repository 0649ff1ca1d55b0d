"""Train the organisation NER on the DEV split: ``python -m pipeline.train_ner``.

Owns: building the NER's training data from the dev split, training, cross-validation and the model's
score; the split and the gold come from ``pipeline.gold``, the gazetteer from ``pipeline.gazetteer``.

Reads ``models/ner/train.jsonl`` / ``models/ner/dev.jsonl`` (sentences from DEV actions with
ORG character spans equal to the gold mentions; dev.jsonl is a held-out part of the DEV split for
early stopping), trains ``models/ner/config.cfg`` with a fixed seed and writes ``models/ner/model-best``
(two runs give byte-identical weights).

    python -m pipeline.train_ner --rebuild-data [DIR]  train.jsonl / dev.jsonl rebuilt from the dev organisation
                                                gold into DIR (default models/ner), config.cfg beside them
    python -m pipeline.train_ner --cv 5         k-fold cross-validation over DEV actions: P/R/F1
                                                without the NER and per model rule
    python -m pipeline.train_ner --add-negatives  add the DEV sentences without organisations
    python -m pipeline.train_ner --evaluate     scores on the held-out TEST split (report only; never tune)
    python -m pipeline.train_ner --augment 2    train with 2 extra copies of each sentence, names swapped
    python -m pipeline.train_ner --items models/gold/dev-extra  train also on a tuning item folder's texts
    python -m pipeline.train_ner --select [NAME ...]  score the CANDIDATES on dev-2019-12, dev-2020-06 (where not
                                                trained on) and the dev early-stopping actions
    python -m pipeline.train_ner --candidate NAME  train one candidate on all its data into model-best
    python -m pipeline.train_ner --select --data DIR [NAME ...]  (also --candidate): DIR's train/dev.jsonl, config
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from pipeline.gazetteer import load_gazetteer
from pipeline.gold import GOLD_DIR, NO_SCORE, REPORT_TEXT, Score, in_split, load_gold, multiset_score, split_report
from pipeline.gold import read_jsonl as read_records
from pipeline.paths import model_file
from pipeline.vocabulary import ACTION_LABEL, COMPETENCES, FIELD_LABELS, TABLE_HEADER, TABLE_TITLE

NER_DIR = model_file("ner")


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


def records_to_docbin(records: list[dict], out: Path) -> int:
    """Write span-annotated records to a spaCy DocBin; returns the number of spans kept."""
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "records.jsonl"
        jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return to_docbin(jsonl, out)


def train_records(
    train: list[dict],
    dev: list[dict],
    target: Path,
    config: Path = NER_DIR / "config.cfg",
    overrides: dict | None = None,
) -> Path:
    """Train the NER on ``train`` (early stopping on ``dev``) with the config's fixed seed; best model to target."""
    from spacy.cli.train import train as spacy_train

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        records_to_docbin(train, tmp_path / "train.spacy")
        records_to_docbin(dev, tmp_path / "dev.spacy")
        spacy_train(
            config,
            output_path=tmp_path / "out",
            overrides={
                "paths.train": str(tmp_path / "train.spacy"),
                "paths.dev": str(tmp_path / "dev.spacy"),
                **(overrides or {}),
            },
        )
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(tmp_path / "out" / "model-best", target)
    scrub_paths(target)
    return target


def scrub_paths(model_dir: Path) -> None:
    """Null the temporary corpus paths spaCy writes into the saved config, so two runs save the same files."""
    cfg = model_dir / "config.cfg"
    text = re.sub(r'(?m)^(train|dev) = "[^"]*"$', r"\1 = null", cfg.read_text(encoding="utf-8"))
    cfg.write_text(text, encoding="utf-8")


def item_records(folder: Path) -> list[dict]:
    """Training records from an item folder (text.jsonl + organisations.jsonl, e.g. models/gold/dev-extra/): one
    record per description and budget text, ORG spans where the gold's ``raw`` stands (longest first, left to
    right, as often as the gold names it). Never pass models/gold/unseen/ (never tuned on)."""
    items = read_records(folder / "text.jsonl")
    gold = read_records(folder / "organisations.jsonl")
    records = []
    for item in items:
        for where, entry_no, location, text in item_fields(item):
            if not text.strip():
                continue
            raws = [g["raw"] for g in gold if _names_field(g, item["item"], where, entry_no, location)]
            spans: list[tuple[int, int]] = []
            for raw, n in sorted(Counter(raws).items(), key=lambda rn: -len(rn[0])):
                for m in re.finditer(re.escape(raw), text):
                    if n and all(m.end() <= s or m.start() >= e for s, e in spans):
                        spans.append(m.span())
                        n -= 1
            records.append(
                {"action_id": item["item"], "text": text, "spans": [[s, e, "ORG"] for s, e in sorted(spans)]}
            )
    return records


# A sentence ends at . ! or ? followed by white space and a capital, digit, quote or bullet ("o.a. de VVSG" does not).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'‘“(•\-–]?\s*[A-Z0-9À-Ý])")
# "Brussel Preventie & Veiligheid (BPV)": the gold's raw holds the definition; the NER's own spans stop before it
# (models/ner/train.jsonl: the name is labelled, the acronym in parentheses is not).
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)$")
# "stad Gent", "Gemeente Temse", "provincie Limburg": a local authority named with its title.
_AUTHORITY = re.compile(r"(?i)^(stad|gemeente|provincie)\s")


def item_fields(item: dict) -> list[tuple[str, int | None, str, str]]:
    """The texts of an item the NER reads: (where, entry_no, location, text) for the description and for each
    entry's text and budget text (the organisation gold's keys)."""
    fields = [("description", None, "text", item.get("description") or "")]
    for e in item.get("entries", []):
        fields.append(("entry", e["entry_no"], "text", e.get("description") or ""))
        fields.append(("entry", e["entry_no"], "budget", e.get("budget_text") or ""))
    return [f for f in fields if f[3].strip()]


def _names_field(gold: dict, item: str, where: str, entry_no: int | None, location: str) -> bool:
    """Whether an organisation gold record stands in that field of that item (the keys of ``item_fields``)."""
    return (
        gold["item"] == item
        and gold.get("where") == where
        and gold.get("entry_no") == entry_no
        and (gold.get("location") or "text") == location
    )


def located_mentions(text: str, raws: list[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Where the gold's ``raws`` of one field stand in ``text``: (labelled spans, ambiguous regions), or None when
    some raw is found fewer times than the gold names it (it cannot be placed, so no sentence of the field is sure).

    Longest raw first, whole words only, never inside a place already taken. A raw found exactly as often as the
    gold names it is labelled everywhere; one found more often is ambiguous (which occurrence the gold means is
    unknown), and the sentences holding it are left out, unless it stands alone (``_in_compound``) at most as often
    as the gold names it: then those places are labelled, and only the compounds are ambiguous."""
    taken: list[tuple[int, int]] = []
    labelled: list[tuple[int, int]] = []
    ambiguous: list[tuple[int, int]] = []
    for raw, n in sorted(Counter(raws).items(), key=lambda rn: (-len(rn[0]), rn[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(raw) + r"(?!\w)")
        found = [m.span() for m in pattern.finditer(text) if all(m.end() <= s or m.start() >= e for s, e in taken)]
        if len(found) < n:
            return None
        taken += found
        plain = [(s, e) for s, e in found if not _in_compound(text, s, e)]
        if len(found) > n and len(plain) > n:
            ambiguous += found
            continue
        if len(found) > n:
            # The gold counts each plain mention; which compounds it counts too is unknown (4.3: 31 "VVSG", 30 plain).
            ambiguous += [span for span in found if span not in plain]
            found = plain
        for start, end in found:
            name = _TRAILING_PARENS.sub("", text[start:end]) or text[start:end]
            labelled.append((start, start + len(name)))
    return sorted(labelled), ambiguous


# A name glued into a compound or an address: "VVSG-week", "VVSG-VNG", "radicalisering@VVSG.be".
_COMPOUND_BEFORE = re.compile(r"[@\w][-@.]$")
_COMPOUND_AFTER = re.compile(r"[-@.]\w")


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is glued into a compound or an address rather than standing alone."""
    return bool(_COMPOUND_BEFORE.search(text, max(0, start - 2), start) or _COMPOUND_AFTER.match(text, end))


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` (also cut at line breaks), white space stripped."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        pos = line.start()
        for cut in [*(m for m in _SENTENCE_END.finditer(line.group())), None]:
            end = line.start() + cut.start() if cut else line.end()
            piece = text[pos:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((pos + lead, pos + len(piece.rstrip())))
            if cut:
                pos = line.start() + cut.end()
    return out


def bare_authority(gold: dict) -> bool:
    """A municipality acting as an organisation, printed without its title ("Dilbeek" for "gemeente Dilbeek"):
    the authority rule decides from the sentence whether the place acts, and a model span "Dilbeek" could only
    give the wrong canonical, so it is not an ORG span of the training data (neither where it is a place)."""
    return bool(_AUTHORITY.match(gold.get("canonical") or "")) and not _AUTHORITY.match(gold["raw"])


def item_sentence_records(folder: Path, exclude: frozenset[str] = frozenset()) -> list[dict]:
    """Sentence-level NER records from a tuning item folder (text.jsonl + organisations.jsonl, e.g.
    models/gold/dev-2019/): every gold mention of a sentence labelled where its ``raw`` stands, or the sentence
    left out (``located_mentions``), municipalities without their title never (``bare_authority``); sentences
    without a mention are kept as negatives. Items in ``exclude`` are skipped (the validation items). The unseen
    set is refused: it is never trained on."""
    if folder.resolve().name == "unseen":
        raise ValueError(f"{folder}: the unseen-text set is never trained on")
    gold = read_records(folder / "organisations.jsonl")
    records = []
    for item in read_records(folder / "text.jsonl"):
        if item["item"] in exclude:
            continue
        for where, entry_no, location, text in item_fields(item):
            raws = [
                g["raw"]
                for g in gold
                if _names_field(g, item["item"], where, entry_no, location) and not bare_authority(g)
            ]
            records += field_sentence_records(f"{folder.name}/{item['item']}", text, raws)
    return records


def field_sentence_records(record_id: str, text: str, raws: list[str]) -> list[dict]:
    """The sentences of one field ``text`` with the gold's ``raws`` of that field labelled ORG where they stand
    (``located_mentions``); none when a raw cannot be placed, no sentence that holds an ambiguous raw or that a
    mention crosses. Sentences without a mention are kept as negatives."""
    located = located_mentions(text, raws)
    if located is None:
        return []
    labelled, ambiguous = located
    records = []
    for start, end in sentences(text):
        inside = [(s, e) for s, e in labelled if start <= s and e <= end]
        crossing = any(s < end and e > start for s, e in labelled + ambiguous) and not all(
            start <= s and e <= end for s, e in labelled + ambiguous if s < end and e > start
        )
        if crossing or any(start <= s and e <= end for s, e in ambiguous):
            continue
        spans = [[s - start, e - start, "ORG"] for s, e in inside]
        records.append({"action_id": record_id, "text": text[start:end], "spans": spans})
    return records


# The dev actions whose sentences are kept apart in models/ner/dev.jsonl for early stopping (as since the first model).
EARLY_STOPPING_ACTIONS = frozenset({"1.1", "5.1", "6.5", "12.3", "14.5"})


def report_sentence_records(split: str = "dev", report: Path = REPORT_TEXT) -> list[dict]:
    """Sentence-level NER records of the real report's ``split`` actions from that split's organisation gold: per
    action, its description and its entries (``action_texts``) each read as one field, every gold mention of the
    field labelled where its ``raw`` stands (``field_sentence_records``), municipalities printed without their title
    never (``bare_authority``). The held-out split is refused: the model is never trained on it."""
    if split != "dev":
        raise ValueError(f"{split}: the NER is trained on the dev split only")
    gold = load_gold(split, "organisations")
    records = []
    for action_id, parts in action_texts(report).items():
        if not in_split(action_id, split):
            continue
        for where in ("description", "entry"):
            text = "\n".join(t for w, t in parts if w == where)
            named = [g for g in gold if g["action_id"] == action_id and g["where"] == where]
            raws = [g["raw"] for g in named if not bare_authority(g)]
            records += field_sentence_records(action_id, text, raws)
    return records


def write_report_records(ner_dir: Path = NER_DIR) -> tuple[int, int]:
    """Rebuild ``train.jsonl`` and ``dev.jsonl`` in ``ner_dir`` from the dev gold (``report_sentence_records``), the
    sentences of ``EARLY_STOPPING_ACTIONS`` in dev.jsonl, with the model's config.cfg beside them; returns the number
    of records written to each."""
    records = report_sentence_records("dev")
    ner_dir.mkdir(parents=True, exist_ok=True)
    if ner_dir.resolve() != NER_DIR.resolve():
        shutil.copyfile(NER_DIR / "config.cfg", ner_dir / "config.cfg")
    counts = []
    for name, keep in (("train.jsonl", False), ("dev.jsonl", True)):
        chosen = [r for r in records if (r["action_id"] in EARLY_STOPPING_ACTIONS) == keep]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen)
        (ner_dir / name).write_text(text, encoding="utf-8")
        counts.append(len(chosen))
    return counts[0], counts[1]


# The tuning item folders whose sentences a candidate model is trained on, and the ones it is chosen on: fresh
# tuning sets written and annotated blind after the others (models/gold/dev-2019-12/README.md, dev-2020-06/: the
# latter in the real report's register), never trained on unless a candidate says so (CANDIDATE_FOLDERS).
SENTENCE_FOLDERS = (GOLD_DIR / "dev-extra", GOLD_DIR / "dev-2019")
VALIDATION_FOLDER = GOLD_DIR / "dev-2019-12"
VALIDATION_FOLDERS = (VALIDATION_FOLDER, GOLD_DIR / "dev-2020-06")


def candidate_records(
    exclude: frozenset[str] = frozenset(),
    ner_dir: Path = NER_DIR,
    folders: tuple[Path, ...] = SENTENCE_FOLDERS,
    swap_copies: int = 0,
    seed: int = 42,
) -> list[dict]:
    """Training records of a candidate model: the dev sentences of the real report, the sentences of the tuning
    item ``folders`` (without the ``exclude``d items), and ``swap_copies`` name-swapped copies of all of them."""
    records = read_records(ner_dir / "train.jsonl")
    for folder in folders:
        records += item_sentence_records(folder, exclude)
    return records + swapped_by_kind(records, swap_copies, seed) if swap_copies else records


@contextlib.contextmanager
def _using_model(model: Path | None) -> Iterator[None]:
    """The extract stage with the NER of ``model`` (None: the shipped one) inside the block."""
    from pipeline.extract import nlp

    before = nlp.MODEL_DIR
    nlp.MODEL_DIR = model or before
    nlp._load.cache_clear()
    try:
        yield
    finally:
        nlp.MODEL_DIR = before
        nlp._load.cache_clear()


def validate(model: Path | None, folder: Path = VALIDATION_FOLDER) -> dict[str, Score]:
    """`evaluate` scores on the item ``folder`` with the NER of ``model`` (None: the shipped one), through the same
    extract stage as every split."""
    from pipeline.evaluate import evaluate

    if folder.resolve().name == "unseen":
        raise ValueError(f"{folder}: the unseen-text set is never tuned on")
    with _using_model(model):
        return evaluate(folder.name, root=folder.parent)


def validate_early_stopping(model: Path | None) -> dict[str, Score]:
    """The `evaluate` organisation scores (SCORED) on the dev actions of EARLY_STOPPING_ACTIONS alone: real report
    text whose sentences choose the checkpoint but are never trained on, so that a candidate is also judged on the
    real report's register, as the held-out actions are."""
    from pipeline.evaluate import organisations_without_ner, outside_gazetteer_score
    from pipeline.extract.stage import extract_report
    from pipeline.rows import fact_rows

    report = split_report("dev")
    with _using_model(model):
        facts = fact_rows(extract_report(report))["organisations"]
    gold = [(g["action_id"], g["canonical"]) for g in load_gold("dev", "organisations")]
    gold = [k for k in gold if k[0] in EARLY_STOPPING_ACTIONS]
    predicted = [(r["action_id"], r["canonical"]) for r in facts if r["action_id"] in EARLY_STOPPING_ACTIONS]
    return dict(
        zip(
            SCORED,
            (
                multiset_score(gold, predicted),
                multiset_score(gold, organisations_without_ner(report, set(EARLY_STOPPING_ACTIONS))),
                outside_gazetteer_score(gold, predicted),
            ),
            strict=True,
        )
    )


_PRECISE = {"training.score_weights.ents_p": 0.5, "training.score_weights.ents_f": 0.5}
# Candidate models: (name-swapped copies per sentence, config overrides), all on the dev and tuning-item sentences.
CANDIDATES: dict[str, tuple[int, dict]] = {
    "sentences": (0, {}),
    "sentences+swap2": (2, {}),
    "sentences+swap4": (4, {}),
    "sentences+swap2+width96": (
        2,
        {"components.tok2vec.model.embed.width": 96, "components.tok2vec.model.encode.width": 96},
    ),
    "sentences+swap2+window2": (2, {"components.tok2vec.model.encode.window_size": 2}),
    # the same data and model with another seed (swaps and training): how much of a difference is the seed's
    "sentences+swap2+seed7": (2, {"system.seed": 7}),
    # the recipe of the shipped model (python -m pipeline.train_ner): the dev sentences alone (CANDIDATE_FOLDERS)
    "dev-sentences": (0, {}),
    # the checkpoint chosen on precision as much as on F1: the rules find most names, a model hit must be right
    "sentences+swap2+precise": (2, _PRECISE),
    "sentences+dev-2020-06+swap2+precise": (2, _PRECISE),
}
# Candidates trained on other tuning item folders than SENTENCE_FOLDERS (they are then not validated on them).
CANDIDATE_FOLDERS: dict[str, tuple[Path, ...]] = {
    "dev-sentences": (),
    "sentences+dev-2020-06+swap2+precise": (*SENTENCE_FOLDERS, GOLD_DIR / "dev-2020-06"),
}
SCORED = ("organisations", "organisations (no NER)", "organisations: names not in gazetteer")


EARLY_STOPPING_SET = "dev early-stopping actions"


def select(
    names: tuple[str, ...] = tuple(CANDIDATES), ner_dir: Path = NER_DIR, quiet: bool = True
) -> dict[str, dict[str, dict[str, Score]]]:
    """Per candidate (and "shipped", the model-best in use), its scores (SCORED) per validation set: each of
    VALIDATION_FOLDERS it was not trained on, and the dev actions of EARLY_STOPPING_ACTIONS; each candidate trained
    on all its data from ``ner_dir`` (``train_candidate``). Never reads the test or unseen gold."""
    results: dict[str, dict[str, dict[str, Score]]] = {}
    for name in ("shipped", *names):
        trained_on = CANDIDATE_FOLDERS.get(name, SENTENCE_FOLDERS) if name != "shipped" else ()
        with tempfile.TemporaryDirectory() as tmp:
            model = None
            if name != "shipped":
                sink = io.StringIO() if quiet else sys.stdout
                with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                    model = train_candidate(name, ner_dir, Path(tmp) / "model")
            sets = {f.name: validate(model, f) for f in VALIDATION_FOLDERS if f not in trained_on}
            sets[EARLY_STOPPING_SET] = validate_early_stopping(model)
        results[name] = {where: {kind: scores[kind] for kind in SCORED} for where, scores in sets.items()}
    return results


def print_selection(results: dict[str, dict[str, dict[str, Score]]]) -> None:
    print(f"organisations; candidates trained on dev + {', '.join(f.name for f in SENTENCE_FOLDERS)} unless named")
    print(f"{'model':<36} {'validation set':<27} {'P':>6} {'R':>6} {'F1':>6} {'no NER F1':>10} {'outside gaz. R':>15}")
    for name, sets in results.items():
        for where, scores in sets.items():
            with_ner, without, outside = (scores[k] for k in SCORED)
            p, r, f = with_ner.prf()
            print(f"{name:<36} {where:<27} {p:6.3f} {r:6.3f} {f:6.3f} {without.f1:10.3f} {outside.recall:15.3f}")


def train_candidate(name: str, ner_dir: Path = NER_DIR, target: Path | None = None) -> Path:
    """Train candidate ``name`` on all its data (no item held out) into ``target`` (default: model-best)."""
    copies, overrides = CANDIDATES[name]
    folders = CANDIDATE_FOLDERS.get(name, SENTENCE_FOLDERS)
    return train_records(
        candidate_records(frozenset(), ner_dir, folders, swap_copies=copies, seed=overrides.get("system.seed", 42)),
        read_records(ner_dir / "dev.jsonl"),
        target or ner_dir / "model-best",
        ner_dir / "config.cfg",
        overrides,
    )


def train(ner_dir: Path = NER_DIR, augment_copies: int = 0, item_folders: tuple[Path, ...] = ()) -> Path:
    train_set, dev_set = read_records(ner_dir / "train.jsonl"), read_records(ner_dir / "dev.jsonl")
    if augment_copies:
        train_set = train_set + augmented(train_set, augment_copies)
    for folder in item_folders:
        if folder.resolve().name == "unseen":
            raise ValueError(f"{folder}: the unseen-text set is never trained on")
        train_set = train_set + item_records(folder)
    return train_records(train_set, dev_set, ner_dir / "model-best", ner_dir / "config.cfg")


def replacement_names() -> list[str]:
    """Organisation names to swap in: the gazetteer's names and aliases, and local authorities as organisations
    ("stad Lier", "gemeente Temse") from models/municipalities.csv. No held-out or unseen text is used."""
    from pipeline.extract.municipalities import load_authorities

    names = {alias for e in load_gazetteer() for alias in e.aliases if len(alias) > 1}
    names |= {a.canonical for a in load_authorities()}
    return sorted(names)


def augmented(records: list[dict], copies: int, seed: int = 42) -> list[dict]:
    """``copies`` variants of every sentence with organisations, each ORG span swapped for another name (seeded)."""
    import random

    rng = random.Random(seed)
    pool = replacement_names()
    return _with_names_swapped(records, copies, lambda _printed: rng.choice(pool))


def _with_names_swapped(records: list[dict], copies: int, choose: Callable[[str], str]) -> list[dict]:
    """``copies`` variants of every record with ORG spans, each span replaced by ``choose(printed name)``, in
    span order (so a seeded ``choose`` gives the same records every time); overlapping spans keep the first."""
    out = []
    for rec in records:
        spans = sorted(s for s in rec["spans"] if s[2] == "ORG")
        if not spans:
            continue
        for _ in range(copies):
            text, new_spans, pos, shift = "", [], 0, 0
            for start, end, label in spans:
                if start < pos:
                    continue
                name = choose(rec["text"][start:end])
                text += rec["text"][pos:start]
                new_spans.append([start + shift, start + shift + len(name), label])
                text += name
                shift += len(name) - (end - start)
                pos = end
            text += rec["text"][pos:]
            out.append({"action_id": rec.get("action_id"), "text": text, "spans": new_spans})
    return out


# Invented organisation names for augmentation, built the way the report's names are: a head noun of an
# organisation (GUIDELINES.md, issue 12) with a topic, a place or a proper name, a legal form, or an acronym.
# They are made up (no list of real organisations is read), so the model learns the shape, not the names.
_HEADS = (
    "Agentschap", "Departement", "Afdeling", "Dienst", "Centrum", "Huis", "Hogeschool", "Universiteit",
    "Instituut", "Platform", "Netwerk", "Federatie", "Vereniging", "Stichting", "Commissie", "Raad",
    "Kenniscentrum", "Steunpunt", "Expertisecentrum", "Vlaams Centrum", "Vlaamse Dienst", "Overleg", "Forum",
)  # fmt: skip
_TOPICS = (
    "Samenleven", "Jeugdwerk", "Dialoog", "Diversiteit", "Integratie", "Welzijn", "Onderwijs", "Burgerschap",
    "Mediawijsheid", "Vrijwilligerswerk", "Sport", "Preventie", "Inburgering", "Gelijke Kansen", "Democratie",
    "Ouderschap", "Buurtwerk", "Cultuur", "Veiligheid", "Gezinsbegeleiding", "Levensbeschouwing", "Media",
    "Jeugdhulp", "Armoedebestrijding", "Conflicthantering", "Islamstudies", "Herstelrecht", "Vorming",
)  # fmt: skip
_PROPER = (
    "De Brug", "De Sleutel", "Het Anker", "De Vonk", "Kompas", "Horizon", "De Link", "Tandem", "Vitamine W",
    "De Overstap", "Samenspraak", "Het Trefpunt", "Bindkracht", "De Kiem", "Meander", "Open Huis", "Kruispunt",
)  # fmt: skip
_LEGAL_FORMS = ("vzw", "VZW", "asbl", "nv", "cv")


def name_kind(name: str) -> str:
    """The kind of an organisation name for swapping: "acronym" (one short word of capitals: "VVSG", "AgII"),
    "authority" ("stad Gent", "Provincie Limburg") or "name"."""
    if _AUTHORITY.match(name):
        return "authority"
    if " " not in name and len(name) <= 10 and sum(c.isupper() for c in name) >= 2:
        return "acronym"
    return "name"


def invented_name(rng: random.Random, kind: str, places: list[str]) -> str:
    """One made-up organisation name of ``kind`` (``name_kind``), drawn with ``rng``."""
    if kind == "acronym":
        return "".join(rng.choice("ABCDEFGHIJKLMNOPRSTVWZ") for _ in range(rng.randint(2, 5)))
    if kind == "authority":
        return f"{rng.choice(('stad', 'gemeente', 'Stad', 'Gemeente'))} {rng.choice(places)}"
    head, topic, proper = rng.choice(_HEADS), rng.choice(_TOPICS), rng.choice(_PROPER)
    form = rng.randrange(7)
    if form == 0:
        return f"{head} {topic}"
    if form == 1:
        return f"{head} voor {topic}"
    if form == 2:
        return f"{head} {topic} {rng.choice(places)}"
    if form == 3:
        return f"{rng.choice(_LEGAL_FORMS)} {proper}"
    if form == 4:
        return f"{proper} {rng.choice(_LEGAL_FORMS)}"
    if form == 5:
        return f"{head} {proper}"
    return f"{head} {topic} en {rng.choice([t for t in _TOPICS if t != topic])}"


def swapped_by_kind(records: list[dict], copies: int, seed: int = 42) -> list[dict]:
    """``copies`` variants of every record with organisations, each ORG span swapped for a name of the same kind
    (``name_kind``): half the time a known one (gazetteer names and aliases, "stad X"/"gemeente X" from
    models/municipalities.csv), else an invented one (``invented_name``). Seeded: same seed, same records."""
    from pipeline.extract.municipalities import load_authorities

    rng = random.Random(seed)
    known: dict[str, list[str]] = {"acronym": [], "authority": [], "name": []}
    for name in replacement_names():
        known[name_kind(name)].append(name)
    places = sorted({a.name for a in load_authorities() if a.title != "provincie"})

    def same_kind(printed: str) -> str:
        kind = name_kind(printed)
        return rng.choice(known[kind]) if rng.random() < 0.5 else invented_name(rng, kind, places)

    return _with_names_swapped(records, copies, same_kind)


_POLICY_LINES = {
    "Coördinatie en samenwerking in de uitvoering",
    "Ondersteunen van de lokale aanpak",
    "Organiseren van een persoonsgerichte aanpak",
    "Versterken van kennis en expertise",
    "Mobiliseren van het middenveld",
}
_FIELD = re.compile(r"^(" + "|".join(sorted(map(re.escape, FIELD_LABELS), key=len, reverse=True)) + r")\b")
# A table line of competence names alone (the report's own list, ``pipeline.vocabulary.COMPETENCES``).
_COMPETENCES = re.compile(r"^((" + "|".join(map(re.escape, COMPETENCES)) + r")\s*)+$")
_ACTION = re.compile(rf"^{ACTION_LABEL} (\d+\.\d+)\b\t?(.*)$")
_TAG = re.compile(r"<[^>]+>")


def action_texts(report: Path = REPORT_TEXT) -> dict[str, list[tuple[str, str]]]:
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
        elif text == TABLE_TITLE or text.startswith("\t".join(TABLE_HEADER[:2])):
            state = "table"
        elif state == "description":
            out[current].append(("description", _TAG.sub(" ", text)))
        elif state == "table" and "\t" in line:
            out[current] += [("entry", _TAG.sub(" ", c)) for c in line.split("\t")[1:] if c.strip()]
        elif state == "table" and not _COMPETENCES.match(text):
            out[current].append(("entry", _TAG.sub(" ", text)))
    return out


def evaluate_gold(split: str = "test", use_model: bool = True, report: Path = REPORT_TEXT) -> Score:
    """Canonical names against the gold set, per action as multisets."""
    from pipeline.extract.organisations import find_organisations

    gold = gold_canonicals(split)
    nlp = None
    if use_model:
        from pipeline.extract.nlp import load_ner

        nlp = load_ner()
    total = NO_SCORE
    for action_id, parts in action_texts(report).items():
        if action_id not in gold and not in_split(action_id, split):
            continue
        pred: Counter[str] = Counter()
        for _, text in parts:
            pred.update(m.canonical for m in find_organisations(text, nlp))
        total += multiset_score(gold.get(action_id, Counter()), pred)
    return total


def _norm(text: str) -> str:
    return " ".join(text.split())


def negative_sentences(ner_dir: Path = NER_DIR) -> list[dict]:
    """Sentences of DEV actions that the annotated files lack, as records without spans.

    The files' spans equal the gold mentions of each action exactly, so every sentence they lack holds no
    gold mention: "VVSG-VNG", "RAN-meeting", places and topics. Adding them teaches the model what the
    gold leaves out. Sentences overlapping an annotated one (a different split) are skipped.
    """
    existing = [_norm(r["text"]) for f in ("train.jsonl", "dev.jsonl") for r in read_records(ner_dir / f)]
    blob = "\n".join(existing)
    out = []
    for action_id, parts in action_texts().items():
        if not in_split(action_id, "dev"):
            continue
        for _, text in parts:
            for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
                n = _norm(sentence)
                if len(n) < 3 or n in blob or any(e in n for e in existing if len(e) > 15):
                    continue
                if any(n[:25] in e or n[-25:] in e for e in existing):
                    continue
                out.append({"action_id": action_id, "text": n, "spans": []})
    return out


def add_negative_sentences(ner_dir: Path = NER_DIR) -> int:
    """Append ``negative_sentences`` to train.jsonl / dev.jsonl (by the action's file); idempotent."""
    dev_actions = {r["action_id"] for r in read_records(ner_dir / "dev.jsonl")}
    new = negative_sentences(ner_dir)
    for name, keep in (("dev.jsonl", True), ("train.jsonl", False)):
        records = [r for r in new if (r["action_id"] in dev_actions) == keep]
        with (ner_dir / name).open("a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return len(new)


def _action_key(action_id: str) -> tuple[int, ...]:
    return tuple(int(x) for x in action_id.split("."))


def gold_canonicals(split: str) -> dict[str, Counter[str]]:
    """Per action of a split of the real report, its gold organisations' canonical names (a multiset)."""
    gold: dict[str, Counter[str]] = {}
    for rec in load_gold(split, "organisations"):
        gold.setdefault(rec["action_id"], Counter())[rec["canonical"]] += 1
    return gold


def evaluation_texts(report: Path = REPORT_TEXT) -> dict[str, list[str]]:
    """Per action, the texts `rapportage evaluate` reads for organisations (structure stage, description field)."""
    from pipeline.extract.stage import text_units
    from pipeline.read import read_document
    from pipeline.structure import build_report

    document = read_document(report)
    report = build_report(document.blocks, document.n_pages, gazetteer=load_gazetteer())
    out: dict[str, list[str]] = {}
    for unit in text_units(report):
        if unit.field == "description" and unit.text.strip():
            out.setdefault(unit.action_id, []).append(unit.text)
    return out


def make_folds(actions: list[str], k: int) -> list[list[str]]:
    """Deterministic folds of whole actions: sorted by number, dealt round-robin."""
    ordered = sorted(actions, key=_action_key)
    return [ordered[i::k] for i in range(k)]


GAZETTEER_SETTINGS = ("full gazetteer", "fold-only names hidden")


def cross_validate(
    k: int = 5, ner_dir: Path = NER_DIR, quiet: bool = True, overrides: dict | None = None
) -> dict[tuple[str, str], Score]:
    """k-fold CV over the DEV actions: train on k-1 folds' sentences, score the held-out fold.

    Scored for every model rule and without the model ("no NER"), twice: with the full gazetteer, and with
    the gazetteer entries that only the held-out fold's gold names hidden, which mimics the test split,
    where the NER has to find organisations the gazetteer does not know.
    """
    from pipeline.extract.organisations import MODEL_RULES, Options, find_organisations

    texts = evaluation_texts()
    gold = gold_canonicals("dev")
    actions = [a for a in action_texts() if in_split(a, "dev")]
    folds = make_folds(actions, k)
    jobs = [(fold, [t for a in fold for t in texts.get(a, [])], ner_dir, quiet, overrides) for fold in folds]
    # One model per fold, two folds at a time (training is single-threaded and seeded, so order is irrelevant).
    with ProcessPoolExecutor(max_workers=min(2, k), mp_context=multiprocessing.get_context("spawn")) as pool:
        fold_ents = list(pool.map(_fold_entities, jobs))
    blank = spacy.blank("nl")
    results: dict[tuple[str, str], Score] = {}
    for fold, ents in zip(folds, fold_ents, strict=True):
        held = set(fold)
        seen_elsewhere = {c for a, counter in gold.items() if a not in held for c in counter}
        fold_only = frozenset(c for a in held for c in gold.get(a, ())) - seen_elsewhere
        docs = {text: _doc_with_ents(blank, text, spans) for text, spans in ents.items()}
        for setting, hidden in zip(GAZETTEER_SETTINGS, (frozenset(), fold_only), strict=True):
            for rule in ("no NER", *MODEL_RULES):
                for action_id in fold:
                    predicted: Counter[str] = Counter()
                    for text in texts.get(action_id, []):
                        model = None if rule == "no NER" else docs[text]
                        options = Options(model_rule=rule if model is not None else "all", hidden=hidden)
                        predicted.update(m.canonical for m in find_organisations(text, model, options))
                    score = multiset_score(gold.get(action_id, Counter()), predicted)
                    results[(setting, rule)] = results.get((setting, rule), NO_SCORE) + score
    return results


def _fold_entities(job: tuple[list[str], list[str], Path, bool, dict | None]) -> dict[str, list[tuple[int, int, str]]]:
    """Train on every DEV sentence outside ``fold`` and return the model's entities on ``texts``."""
    fold, texts, ner_dir, quiet, overrides = job
    held = set(fold)
    train_set, es_set = read_records(ner_dir / "train.jsonl"), read_records(ner_dir / "dev.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        sink = io.StringIO() if quiet else sys.stdout
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            path = train_records(
                [r for r in train_set if r["action_id"] not in held],
                [r for r in es_set if r["action_id"] not in held],
                Path(tmp) / "model",
                ner_dir / "config.cfg",
                overrides,
            )
        nlp = spacy.load(path)
        return {t: [(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts}


def _doc_with_ents(nlp: spacy.language.Language, text: str, spans: list[tuple[int, int, str]]) -> Doc:
    doc = nlp.make_doc(text)
    doc.ents = [s for s in (doc.char_span(a, b, label=lab) for a, b, lab in spans) if s is not None]
    return doc


def print_cv(results: dict[tuple[str, str], Score], k: int) -> None:
    print(f"{k}-fold cross-validation over DEV actions (organisations, canonical multisets per action)")
    print(f"{'gazetteer':<24} {'model rule':<10} {'P':>6} {'R':>6} {'F1':>6}")
    for (setting, rule), counts in results.items():
        p, r, f = counts.prf()
        print(f"{setting:<24} {rule:<10} {p:6.3f} {r:6.3f} {f:6.3f}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--cv":
        k = int(args[1]) if len(args) > 1 else 5
        print_cv(cross_validate(k), k)
        return 0
    data = NER_DIR
    if len(args) > 2 and args[1] == "--data":  # --select / --candidate on the training data of another folder
        data, args = Path(args[2]), [args[0], *args[3:]]
    if args and args[0] == "--rebuild-data":
        out = Path(args[1]) if len(args) > 1 else NER_DIR
        n_train, n_dev = write_report_records(out)
        print(f"wrote {n_train} sentences to {out}/train.jsonl, {n_dev} to dev.jsonl (from the dev organisation gold)")
        return 0
    if args and args[0] == "--add-negatives":
        print(f"added {add_negative_sentences()} sentences without organisations")
        return 0
    if args and args[0] == "--evaluate":
        for label, use_model in (("gazetteer+patterns", False), ("gazetteer+patterns+NER", True)):
            p, r, f = evaluate_gold("test", use_model=use_model).prf()
            print(f"test {label}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        return 0
    if args and args[0] == "--augment":
        copies = int(args[1]) if len(args) > 1 else 2
        print(f"model written to {train(augment_copies=copies)} ({copies} name-swapped copies per sentence)")
        return 0
    if args and args[0] == "--items":
        folders = tuple(Path(a) for a in args[1:])
        print(f"model written to {train(item_folders=folders)} (plus the items of {', '.join(map(str, folders))})")
        return 0
    if args and args[0] == "--select":
        print_selection(select(tuple(args[1:]) or tuple(CANDIDATES), data))
        return 0
    if args and args[0] == "--candidate":
        print(f"model written to {train_candidate(args[1], data)} (candidate {args[1]})")
        return 0
    print(f"model written to {train()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
