"""What is new in a round: sentences of each action matched against the same action's previous round.

Owns: sentence splitting, the layout-free sentence key, sentence matching (``REVISED``) and fact novelty keys.

Pure functions on texts; `compare` feeds them the published datasets, the dossier and the
command line read the `novelty` dataset they produce.

Sentence splitting is a small rule set rather than spaCy's sentencizer: the sentencizer
breaks at every full stop token, and the report is full of stops that end nothing
("o.a.", "i.k.v.", "m.b.t.", "bv.", "t.e.m.", "nl."). The rules here break only at a stop
(or ! ? …) followed by space and then something that can open a sentence (not a lowercase
word), never after a known abbreviation, and at every list item (a line starting "- ", "•",
"1." or "a)"). Other line breaks count as spaces: a PDF rendition loses some paragraph marks
and adds others, and layout must not move sentence boundaries (see ``split_sentences``).

Matching a sentence against the previous round ignores layout: whitespace, line breaks,
hyphenation, ligatures and the shapes of quotes and dashes (``layout_key``). What stays
unmatched is paired by similarity (``REVISED``, chosen on the synthetic round's edits, see
``scripts/novelty_threshold.py``); the rest is new, and the previous sentences left over are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.schemas import PARTITION_KEY, partition_file

# Two sentences with layout-free similarity at or above this are one sentence revised. Chosen on data
# (scripts/novelty_threshold.py): of the sentences the synthetic round's edits take out, the ones a reader
# calls rewritten ("voorzien voor januari 2018" → "ging van start op 8 januari 2018") score 0.60–0.96 against
# what replaced them, the replaced-by-something-else ones 0.24–0.51; nothing falls between 0.51 and 0.60,
# and the top of that gap lets the fewest look-alikes through (a sentence and the most similar *other*
# sentence of its action: 9.3% of December 2017's sentences score ≥ 0.60, 15% ≥ 0.55, 23% ≥ 0.50).
REVISED = 0.6

# Abbreviations of the report that end in a stop without ending the sentence (lowercase, with the stop).
ABBREVIATIONS = frozenset(
    """o.a. i.k.v. m.b.t. bv. bvb. b.v. i.s.m. t.e.m. nl. ca. vb. d.w.z. m.a.w. incl. excl. resp. nr. nrs.
    art. blz. p. pp. dhr. mevr. mr. dr. prof. min. max. cfr. cf. vgl. t.a.v. t.o.v. i.v.m. m.n. o.l.v. i.p.v.
    z.g. zgn. evt. ev. gem. jl. eig. e.v. ong. tel. fig. hfst. afd. mln. mio. st. ir. ing. lic. vzw. v.z.w.
    a.s. o.m. m.i.v. i.o.v. n.a.v. t.g.v. v.w.b. w.o. m.b.v. e.d.m. ivm. ikv. mbt. ism. tem. tav. tov.""".split()  # noqa: SIM905 - a list of 80 abbreviations reads better as text
)
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-–—•▪●◦*·]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))[ \t]+")
# A candidate end: stop-like punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+['\"’”»)\]]*(?=\s)")
_OPENER = re.compile(r"\s*(?:[\"'‘“„«(\[]*)([^\s])")

_DASHES = str.maketrans(
    {c: "-" for c in "‐‑‒–—―−"}
    | {c: "'" for c in "‘’‚‛′`´"}
    | {c: '"' for c in "“”„‟″«»"}
    | {"\u00ad": None, "\u200b": None, "\ufeff": None}
)
_HYPHEN_BREAK = re.compile(r"(?<=\w)-\s*\n\s*(?=\w)")


@dataclass(frozen=True)
class Sentence:
    """One sentence of one text of an action: where it is and what it says."""

    entry_no: int | None  # None: the action's own description
    field: str  # "description" or "budget_text"
    sentence_no: int  # 1-based within its text
    text: str  # exactly text[char_start:char_end] of its field
    char_start: int
    char_end: int
    page: int | None

    @property
    def key(self) -> str:
        return layout_key(self.text)


@dataclass(frozen=True)
class TextField:
    """One text of an action as published: its description, or an entry's description or budget cell."""

    entry_no: int | None
    field: str
    text: str
    page: int | None


@dataclass(frozen=True)
class Verdict:
    """A sentence of this round (or, for ``dropped``, of the previous one) and what became of it."""

    sentence: Sentence
    status: str  # new, carried, revised, dropped
    similarity: float | None = None
    previous: tuple[Sentence, ...] = field(default_factory=tuple)


# --- normalisation ---------------------------------------------------------------------------------------------------


# plain and layout_key are asked for the same sentence many times (each key look-up of match_sentences, each
# pair it scores); remembered per process, bounded: ≈ 45 % of comparing two rounds (benchmarks/README.md).
_REMEMBERED = 1 << 16


@lru_cache(maxsize=_REMEMBERED)
def plain(text: str) -> str:
    """Text as read, layout undone: ligatures and compatibility forms unfolded (NFKC), one shape per quote
    and dash, a word hyphenated across a line break joined, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = _HYPHEN_BREAK.sub("", text)
    return " ".join(text.split())


@lru_cache(maxsize=_REMEMBERED)
def layout_key(text: str) -> str:
    """What two renditions of one sentence share: its characters without whitespace, hyphens or dashes.

    A PDF may print "samen- werking", "en –behoeften" or "en - behoeften" where the Word file has
    "samenwerking" and "en – behoeften"; dropping every space and hyphen makes them equal. The price:
    an edit that only adds or removes a hyphen or a space counts as no change."""
    return re.sub(r"[\s\-]+", "", plain(text))


def similarity(a: str, b: str, floor: float = REVISED) -> float:
    """Character similarity (0-1) of two sentences with layout undone (difflib ratio); below ``floor`` only
    an upper bound (the exact ratio is not needed there, and it is the slow part)."""
    a, b = plain(a).lower(), plain(b).lower()
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return round(matcher.quick_ratio(), 4)  # an upper bound, already below the threshold
    return round(matcher.ratio(), 4)


# --- splitting -------------------------------------------------------------------------------------------------------


def _is_break(text: str, end: int) -> bool:
    """A candidate end at text[:end] (stop and closers) is a sentence end."""
    start = end  # the word before the stop: back to the white space (a regex over text[:end] is quadratic)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end].lower()
    word = word.lstrip("(\"'‘“„«[")
    following = _OPENER.match(text, end)
    if not following:
        return True
    nxt = following.group(1)
    if nxt.islower():
        return False  # "o.a. de VVSG", "ca. twintig", a stop inside a sentence
    if word.rstrip("'\"’”»)]") in ABBREVIATIONS:
        return False
    # An initial ("J. Peeters") — a single letter and its stop.
    return not re.fullmatch(r"[a-z]\.", word)


def _spans(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Sentence spans within text[start:end] (one list item or one run of paragraphs)."""
    cursor = start
    for m in _END.finditer(text, start, end):
        if _LIST_ITEM.fullmatch(text[cursor : m.end()] + " "):
            continue  # the stop of a numbered item's own marker ("1. Individuele …")
        if _is_break(text, m.end()):
            yield cursor, m.end()
            cursor = m.end()
    yield cursor, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one field text, stripped of surrounding whitespace.

    Boundaries: sentence-final punctuation before something that opens a sentence, and the start of
    every list item; other line breaks are spaces (layout, not structure). A span without a letter or
    digit (the second stop of "klankbordgroep. . We") is joined to the sentence before it."""
    cuts = sorted({0, len(text), *(m.start() for m in _LIST_ITEM.finditer(text))})
    spans: list[tuple[int, int]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        for a, b in _spans(text, start, end):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a >= b:
                continue
            if spans and not any(ch.isalnum() for ch in text[a:b]):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


def sentences(fields: Iterable[TextField]) -> list[Sentence]:
    """Every sentence of an action's texts, in reading order."""
    out: list[Sentence] = []
    for f in fields:
        for no, (a, b) in enumerate(split_sentences(f.text or ""), start=1):
            out.append(Sentence(f.entry_no, f.field, no, f.text[a:b], a, b, f.page))
    return out


# --- matching --------------------------------------------------------------------------------------------------------


def _runs(free: Sequence[int], items: Sequence[Sentence], length: int) -> Iterable[tuple[int, ...]]:
    """Consecutive free indices of one text (same entry and field), ``length`` long."""
    for i in range(len(free) - length + 1):
        run = tuple(free[i : i + length])
        if all(b == a + 1 for a, b in zip(run, run[1:], strict=False)):
            first = items[run[0]]
            if all((items[k].entry_no, items[k].field) == (first.entry_no, first.field) for k in run):
                yield run


def match_sentences(before: Sequence[Sentence], after: Sequence[Sentence]) -> list[Verdict]:
    """What became of each sentence: one verdict per sentence of ``after`` (new, carried, revised), then
    one per sentence of ``before`` that none of them took up (dropped).

    1. carried: the same layout key, preferring the same entry and field, then the nearest position;
    2. carried: one sentence whose key is two or three consecutive sentences of the other round joined
       (a boundary only one rendition has, e.g. a missing space after a stop);
    3. revised: the most similar remaining pairs at or above ``REVISED``, best first;
    4. what is left: new, and dropped."""
    taken: dict[int, tuple[str, float | None, tuple[int, ...]]] = {}
    used: set[int] = set()
    by_key: dict[str, list[int]] = {}
    for i, s in enumerate(before):
        by_key.setdefault(s.key, []).append(i)
    for j, s in enumerate(after):
        options = [i for i in by_key.get(s.key, []) if i not in used]
        if options:
            i = min(options, key=lambda i: ((before[i].entry_no, before[i].field) != (s.entry_no, s.field), abs(i - j)))
            used.add(i)
            taken[j] = ("carried", 1.0, (i,))
    for length in (2, 3):
        free_before = [i for i in range(len(before)) if i not in used]
        free_after = [j for j in range(len(after)) if j not in taken]
        joined_before = {"".join(before[k].key for k in run): run for run in _runs(free_before, before, length)}
        for j in free_after:
            run = joined_before.get(after[j].key)
            if run and not used.intersection(run):
                used.update(run)
                taken[j] = ("carried", 1.0, run)
        single_before = {before[i].key: i for i in range(len(before)) if i not in used}
        for run in _runs([j for j in range(len(after)) if j not in taken], after, length):
            i = single_before.get("".join(after[k].key for k in run))
            if i is not None and i not in used and not taken.keys() & set(run):
                used.add(i)
                for k in run:
                    taken[k] = ("carried", 1.0, (i,))
    pairs = sorted(
        (
            (similarity(before[i].text, after[j].text), i, j)
            for j in range(len(after))
            if j not in taken
            for i in range(len(before))
            if i not in used
        ),
        key=lambda t: (-t[0], t[2], t[1]),
    )
    for score, i, j in pairs:
        if score < REVISED:
            break
        if i not in used and j not in taken:
            used.add(i)
            taken[j] = ("revised", score, (i,))
    verdicts = []
    for j, s in enumerate(after):
        status, score, prev = taken.get(j, ("new", None, ()))
        verdicts.append(Verdict(s, status, score, tuple(before[i] for i in prev)))
    verdicts += [Verdict(before[i], "dropped") for i in range(len(before)) if i not in used]
    return verdicts


# --- dataset rows ----------------------------------------------------------------------------------------------------


def novelty_rows(
    after: Sequence[TextField],
    before: Sequence[TextField] | None,
    previous_report: str | None,
    previous_action_id: str | None,
    action_id: str,
) -> list[dict]:
    """Rows of the `novelty` dataset for one action of a round.

    ``before`` is the same action's texts in the previous round (None: the action is new, or this is the
    first round); ``after`` empty with ``before`` given: the action was removed, all its sentences dropped."""
    cur = sentences(after)
    verdicts = [Verdict(s, "new") for s in cur] if before is None else match_sentences(sentences(before), cur)
    rows = []
    for v in verdicts:
        s = v.sentence
        prev = v.previous[0] if v.previous else (s if v.status == "dropped" else None)
        rows.append(
            {
                "action_id": action_id,
                "entry_no": s.entry_no,
                "field": s.field,
                "sentence_no": s.sentence_no,
                "text": s.text,
                "page": s.page,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "status": v.status,
                "similarity": v.similarity if v.status != "dropped" else None,
                "previous_text": " ".join(p.text for p in v.previous) if v.status == "revised" else None,
                "previous_report": previous_report,
                "previous_action_id": previous_action_id,
                "previous_entry_no": prev.entry_no if prev else None,
            }
        )
    return rows


def fields_of(action: dict, entries: Iterable[dict]) -> list[TextField]:
    """The texts of one published action (a row of `actions`) and its rows of `entries`."""
    out = [TextField(None, "description", action.get("description") or "", action.get("page"))]
    for e in sorted(entries, key=lambda e: e["entry_no"]):
        out.append(TextField(e["entry_no"], "description", e.get("description") or "", e.get("page")))
        if (e.get("budget_text") or "").strip():
            out.append(TextField(e["entry_no"], "budget_text", e["budget_text"], e.get("page")))
    return out


# --- facts -----------------------------------------------------------------------------------------------------------


_RAW_FIELD = {"dates": "raw", "amounts": "raw", "organisations": "mention", "meetings": "raw"}


def fact_keys(dataset: str, row: dict) -> set[tuple]:
    """What makes two facts of one action the same fact across rounds: the value, or the expression as printed.

    The expression counts too because a date without a year ("4 december", "september") is resolved
    against each round's report date, so unchanged text gets another value in the next round."""
    raw = ("raw", plain(row.get(_RAW_FIELD[dataset]) or "").lower())
    if dataset == "dates":
        value = (row.get("start"), row.get("end"), row.get("granularity"))
        return {raw} if value[:2] == (None, None) else {raw, value}
    if dataset == "amounts":
        return {raw} if row.get("amount_eur") is None else {raw, (round(row["amount_eur"], 2),)}
    if dataset == "organisations":
        return {raw, ("canonical", row.get("canonical"))} if row.get("canonical") else {raw}
    if dataset == "meetings":
        return {
            raw,
            (
                row.get("body"),
                row.get("count"),
                row.get("frequency"),
                tuple(row.get("dates") or ()),
                bool(row.get("planned")),
            ),
        }
    raise ValueError(f"not a fact dataset: {dataset}")


FACT_DATASETS = ("dates", "amounts", "organisations", "meetings")


def is_new_flags(
    dataset: str, facts: Sequence[dict], previous: dict[str, set] | None, previous_id: dict[str, str | None]
) -> list[bool]:
    """``is_new`` for each fact of one round: its value is not among the facts of its action's previous-round
    counterpart. ``previous``: previous action id → fact keys (None: first round, everything is new);
    ``previous_id``: action id in this round → its action id in the previous round (None: added)."""
    if previous is None:
        return [True] * len(facts)
    flags = []
    for row in facts:
        before = previous_id.get(row["action_id"])
        flags.append(before is None or not fact_keys(dataset, row) & previous.get(before, set()))
    return flags


# --- summaries -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionNovelty:
    """Per action and round: how much is new."""

    report_id: str
    action_id: str
    previous_action_id: str | None
    n_new: int
    n_revised: int
    n_dropped: int
    n_carried: int
    new_chars: int  # characters of new sentences and those a revision added: what there is to read
    n_new_facts: int

    @property
    def how(self) -> str:
        """'added', 'removed', 'renumbered from X' or '' for an action followed under its number."""
        if self.previous_action_id is None and self.report_id:
            return "added" if self.n_new else ""
        if not (self.n_new or self.n_revised or self.n_carried):
            return "removed"
        return f"was {self.previous_action_id}" if self.previous_action_id != self.action_id else ""


def action_summaries(novelty: Iterable[dict], facts: Iterable[dict], report_id: str) -> list[ActionNovelty]:
    """Counts per action of one round, the actions with the most new text first."""
    counts: dict[str, dict] = {}
    for r in novelty:
        if r[PARTITION_KEY] != report_id:
            continue
        c = counts.setdefault(
            r["action_id"],
            {
                "prev": r["previous_action_id"],
                "new": 0,
                "revised": 0,
                "dropped": 0,
                "carried": 0,
                "chars": 0,
                "facts": 0,
            },
        )
        c[r["status"]] += 1
        if r["status"] == "new":
            c["chars"] += len(plain(r["text"]))
        elif r["status"] == "revised":
            # The characters the revision did not keep: ratio = 2·matched / (len before + len after).
            after, before = plain(r["text"]), plain(r["previous_text"] or "")
            c["chars"] += max(0, len(after) - round((r["similarity"] or 0) * (len(after) + len(before)) / 2))
    for f in facts:
        if f[PARTITION_KEY] == report_id and f.get("is_new") and f["action_id"] in counts:
            counts[f["action_id"]]["facts"] += 1
    rows = [
        ActionNovelty(
            report_id, aid, c["prev"], c["new"], c["revised"], c["dropped"], c["carried"], c["chars"], c["facts"]
        )
        for aid, c in counts.items()
    ]
    return sorted(rows, key=lambda r: (-r.new_chars, -r.n_dropped, -r.n_new_facts, _sort_key(r.action_id)))


def round_summaries(out, report_id: str) -> list[ActionNovelty]:  # a Path
    """``action_summaries`` of one round from the published `novelty` and fact datasets; only actions where
    something changed."""
    from pipeline.publish import read_file

    # This round's partitions only: the run report asks for every round, and reading all rounds each time
    # made it quadratic in the rounds (benchmarks/README.md).
    file = partition_file(out, "novelty", report_id)
    if not file.exists():
        return []
    novelty = [{**r, PARTITION_KEY: report_id} for r in read_file(file).to_pylist()]
    facts = []
    for dataset in FACT_DATASETS:
        file = partition_file(out, dataset, report_id)
        t = read_file(file) if file.exists() else None
        if t is not None and "is_new" in t.column_names:
            facts += [{**r, PARTITION_KEY: report_id} for r in t.select(["action_id", "is_new"]).to_pylist()]
    rows = action_summaries(novelty, facts, report_id)
    return [r for r in rows if r.n_new or r.n_revised or r.n_dropped or r.n_new_facts]


def _sort_key(action_id: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in action_id.split("."))


# --- reading back ----------------------------------------------------------------------------------------------------


def lineage(novelty: Iterable[dict], action_id: str, report_id: str) -> list[tuple[str, str]]:
    """(round, action id) of one action from its first round to ``report_id``, renumbering followed back
    through ``previous_action_id``."""
    previous: dict[tuple[str, str], tuple[str, str] | None] = {}
    for r in novelty:
        here = (r[PARTITION_KEY], r["action_id"])
        # A removed action's dropped rows may share their old number with another action of the round.
        if r["status"] != "dropped" or here not in previous:
            previous[here] = (r["previous_report"], r["previous_action_id"]) if r["previous_action_id"] else None
    chain, here = [], (report_id, action_id)
    while here and here in previous and here not in chain:
        chain.append(here)
        here = previous[here]
    return chain[::-1]


_STATUS_ORDER = {"new": 0, "revised": 0, "carried": 0, "dropped": 1}


def marked_sentences(out, action_id: str, report_id: str | None = None) -> list[dict]:  # a Path
    """Every sentence of one action in every round it has, with its status: what `rapportage show` marks.

    ``action_id`` is the action's number in ``report_id`` (default: the latest round); earlier rounds are
    found through the renumber-aware matching. Records are in round order, then reading order, with a
    round's dropped sentences after its own."""
    from pipeline.publish import read_dataset

    table = read_dataset(out, "novelty")
    rows = table.to_pylist() if table is not None else []
    if not rows:
        return []
    report_id = report_id or max(r[PARTITION_KEY] for r in rows)
    chain = lineage(rows, action_id, report_id)
    # Each round's rows of this action name its predecessor (a removed action's dropped sentences, kept under
    # its old number in the next round, name themselves).
    predecessor = {here: back[1] for back, here in zip(chain, chain[1:], strict=False)}
    keep = (
        PARTITION_KEY,
        "action_id",
        "entry_no",
        "field",
        "sentence_no",
        "text",
        "status",
        "similarity",
        "previous_text",
        "previous_action_id",
        "page",
    )
    picked = [
        {k: r[k] for k in keep}
        for r in rows
        if (r[PARTITION_KEY], r["action_id"]) in set(chain)
        and r["previous_action_id"] == predecessor.get((r[PARTITION_KEY], r["action_id"]))
    ]
    return sorted(
        picked,
        key=lambda r: (
            r[PARTITION_KEY],
            _STATUS_ORDER[r["status"]],
            r["entry_no"] or 0,
            r["field"] != "description",
            r["sentence_no"],
        ),
    )
