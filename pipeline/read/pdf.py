"""PDF reader: words → lines → paragraphs and table rows, page by page.

Owns: PDF layout geometry (lines, columns, rulings, stitched rows, furniture, alignment) with either backend.

Words and ruling lines come from a backend: pypdfium2 (default, see ``pdfium_scan``) or
pdfplumber (``backend="pdfplumber"``, from ``Settings.pdf_backend``; ~8× slower); both hand their drawn objects to
the same ruling → cell geometry (``pdfium_scan.table_rows``), everything below is shared, and the
tests check that both give identical blocks.
- Running headers and footers: lines in the top or bottom band whose text (digits
  masked) recurs on many pages, and lone page numbers, are removed.
- Ruled tables: cells come from the ruling lines. Where a producer draws no border at a page
  break, the vertical rulings run on past the last horizontal one: that band is a row too, open
  at the break (``open_side``), and it is stitched to its rest on the next page.
- Tables without rulings (or without closed cells): columns come from the document's own
  vocabulary where it is given — a header row whose cells name the columns ("Bevoegdheden |
  Beschrijving | Budget") fixes them for the rows under it, also on the following pages until
  the next header or row label (``Carry``); row labels ("Status actie", "Verantwoordelijke" /
  "ministers") open the rows of a label | value block — and else from word alignment (see
  ``_aligned_rows``). Rulings, where present, refine this but are not required.
- A table row cut by a page break: the repeated header row on the new page (if any) is dropped
  and the cut row's rest is merged back into it, cell by cell (see ``_stitch``), whether or not
  the producer closed the cell at the break.
- Cells centred in their rows (vertical alignment "middle") are moved to their row's top before that
  reading (``_top_aligned``). A row's extent comes from the rows' padding where the document's rows stand
  further apart than a cell's paragraphs (measured under its header rows), else from the span of text a
  cell is centred in; a row whose first cell went to the next page goes on there until the next row.
Paragraphs inside a cell or the body are rebuilt from line spacing and bullets.

Layering: this module knows PDF geometry, not actions. The vocabulary is a parameter
(``TableVocabulary``: column-header texts and row-label texts), handed in by the caller from the
report's one vocabulary home (``pipeline.structure.READING_VOCABULARY``). That a table's header row
names its columns, and that a two-column block has labelled rows, are facts about tables that any
document family could give; what an action, a status or a competence *is* stays in the structure
parser. Without a vocabulary the reader still works, from alignment alone.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from pipeline.model import Block, TableVocabulary
from pipeline.read.base import DEFAULT_PDF_BACKEND, PDF_BACKENDS, Document, ReadError
from pipeline.read.lexicon import is_word
from pipeline.read.pdfium_scan import (
    SNAP,
    font_name,
    marker_words,
    row_rules,
    rulings_with_grounds,
    table_rows,
)
from pipeline.read.textnorm import join_paragraphs

BULLETS = {"•", "\uf0b7", "", "▪", "●", "◦", "-", "–", "\uf0a7", "·"}
# A dash at a line start is a list marker or a sentence going on ("(15 jan 2017" / "– 12 jan 2020)"): bullet
# glyphs are not ambiguous, dashes are (``_dash_goes_on``).
DASHES = frozenset("-–")
# A cell's first line opened by a dash that may go on a sentence: the page before decides (``_join_cell``),
# else it is a list item (``_settle_dashes``). (A noncharacter: never in a page's text, and no whitespace.)
OPEN_DASH = "\ufdd0"
_ENDS_SENTENCE = re.compile(r"[.:;!?]$")
FURNITURE_BAND = 0.09  # share of the page height at top and bottom that may hold furniture
_PAGE_NUMBER = re.compile(r"^(?:pagina\s+|p\.\s*|page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*/\s*\d+)?$", re.I)


@dataclass
class Line:
    top: float
    bottom: float
    x0: float
    x1: float
    words: list[dict]

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


LINE_TOLERANCE = 3.0  # words whose tops lie this close (points) stand on one line


# Two line steps this close are one pitch (fonts' line boxes round to different fractions of a point).
PITCH_TOLERANCE = 0.3


def _lines(words: list[dict], tolerance: float = LINE_TOLERANCE) -> list[Line]:
    lines: list[Line] = []
    # A word joins the line whose top it shares, wherever it stands: a list marker set in a smaller
    # font sits a little lower than its text, and it stands left of it.
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1].top) <= tolerance:
            line = lines[-1]
            line.words.append(w)
            line.bottom, line.x1 = max(line.bottom, w["bottom"]), max(line.x1, w["x1"])
        else:
            lines.append(Line(w["top"], w["bottom"], w["x0"], w["x1"], [w]))
    _to_nearest_line(lines)
    for line in lines:
        line.words = _quotes_joined(sorted(line.words, key=lambda w: w["x0"]))
        line.x0 = line.words[0]["x0"]
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))


def _quotes_joined(words: list[dict]) -> list[dict]:
    """An opening quote mark given as a word of its own that touches the next word: one word with it (a
    producer can set the mark in a text run of its own: c03 "een “" + "Lokale", 0.3 pt apart)."""
    if not any(w["text"] in OPENING_QUOTES for w in words[:-1]):
        return words
    out: list[dict] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and prev["text"] in OPENING_QUOTES and w["x0"] - prev["x1"] < TOUCH:
            out[-1] = {**w, "text": prev["text"] + w["text"], "x0": prev["x0"], "top": min(prev["top"], w["top"])}
        else:
            out.append(w)
    return out


def _to_nearest_line(lines: list[Line]) -> None:
    """Each word moved to the next line where that line's top is nearer its own than its line's is.

    A line's top is its first word's: beside a column of another line pitch, a list marker in a larger font
    (set a little higher than its item) can come within the tolerance of the other column's line above
    before its item's words do; it is its item's ("euro" / "• Arktos vzw", r01 14.1)."""
    for line, below in zip(lines, lines[1:], strict=False):
        moved = [w for w in line.words[1:] if abs(w["top"] - below.top) < abs(w["top"] - line.top)]
        if not moved:
            continue
        line.words = [w for w in line.words if all(w is not m for m in moved)]
        below.words = moved + below.words
        for ln in (line, below):
            ln.top = min(w["top"] for w in ln.words)
            ln.bottom = max(w["bottom"] for w in ln.words)
            ln.x1 = max(w["x1"] for w in ln.words)


def _paragraphs(lines: list[Line], right: float | None = None) -> str:
    """Lines of one cell or text column → convention text (paragraphs and list items).

    ``right``: where the cell's text must end (its box less its padding), when known: a line that
    leaves room there for the next line's first character did not break a word."""
    if not lines:
        return ""
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if 0 < b.top - a.top < 40]
    pitch = statistics.median(pitches) if pitches else 0.0
    paragraphs: list[str] = []
    previous: Line | None = None
    for k, line in enumerate(lines):
        words = [w["text"] for w in line.words]
        bullet = words[0] in BULLETS and len(words) > 1
        step = line.top - previous.top if previous is not None else 0.0
        apart = bool(pitch and step > pitch + 1.5) or step > 40
        dash = bullet and words[0] in DASHES and _goes_on_text(words[1])
        if dash and previous is None:
            paragraphs.append(OPEN_DASH + " ".join(words))  # the page before may go on here
            previous = line
            continue
        if dash and not apart:
            after = lines[k + 1].words[0]["text"] if k + 1 < len(lines) else ""
            bullet = not _dash_goes_on(paragraphs[-1], after)
        text = " ".join(words[1:] if bullet else words)
        new_par = previous is None or bullet or apart
        if new_par:
            paragraphs.append(("- " if bullet else "") + text)
        else:
            joined = _join_line(paragraphs[-1], text)
            first = line.words[0]
            room = right is None or _no_room(previous.x1, first, right, previous.words[-1])
            edge = right if right is not None else max(ln.x1 for ln in lines)
            if _address_goes_on(previous, first, edge, paragraphs[-1].rsplit(None, 1)[-1]):
                joined = paragraphs[-1] + text  # a web address holds no space
            elif (
                len(previous.words) == 1
                and room
                and joined == paragraphs[-1] + " " + text
                and _may_break(previous.text, text)
            ):
                joined = paragraphs[-1] + MAYBE_BROKEN + text  # decided with the document's words (``_mend_words``)
            paragraphs[-1] = joined
        previous = line
    return join_paragraphs(paragraphs)


# Characters a web address does not end on: a line ending in one of them stopped inside the address.
ADDRESS_OPEN_END = frozenset("._-=&?#~%")
ADDRESS_GOES_ON = frozenset("-_./~%=&?#")


def _is_address(word: str) -> bool:
    return "://" in word or word.lstrip("(").startswith("www.")


def _address_goes_on(previous: Line, first: dict, edge: float, left: str) -> bool:
    """The line ``previous`` ends inside a web address that the next line's first word goes on.

    Producers break a web address too long for its line inside it, with no hyphen: Typst after a
    "." or "_" ("https://www." / "stampmedia.be/represent."), fpdf2 at any character where the line
    is full, also before a hyphen ("…-stem-krijgen" / "-in-nieuwsmedia…"). An address holds no space,
    so it goes on where it stopped on a character no address ends on, or on a letter or digit where
    the line left no room before ``edge`` (its cell's text edge, else its lines' widest) for one more
    glyph (a break at a space would have had room: "www.nohate.be" / "werd"). A capital after a period
    or a letter opens a new sentence (after "_": "TEpXKF_" / "ZY8Y" goes on), a period alone is the
    sentence's (``_mend_words``). ``left``: the paragraph's last word so far (an address may have gone on
    over lines before)."""
    right = first["text"]
    if not _is_address(left) or not right or (right[0].isupper() and (left[-1] == "." or left[-1].isalnum())):
        return False
    if not (right[0].isalnum() or (right[0] in ADDRESS_GOES_ON and len(right) > 1 and right[1].isalnum())):
        return False
    if left[-1] in ADDRESS_OPEN_END:
        return True
    return left[-1].isalnum() and _no_room(previous.x1, first, edge, previous.words[-1])


def _goes_on_text(word: str) -> bool:
    """A dash's next word could go on a sentence: it opens in lower case or with a digit."""
    return word[:1].islower() or word[:1].isdigit()


def _dash_goes_on(before: str, next_start: str) -> bool:
    """A dash opening a line after the paragraph ``before`` goes on its sentence (the caller has checked the
    word after the dash, ``_goes_on_text``): ``before`` is no list item and has not ended, and the line after
    opens no list item of its own (two dashes in a row make a list: "databanken op" / "- mediarte.be" /
    "- jeugdinfotheek.be")."""
    return (
        bool(before)
        and not before.startswith(("- ", OPEN_DASH))
        and not _ENDS_SENTENCE.search(before)
        and not (next_start and next_start in BULLETS)
    )


def _settle_dashes(blocks: list[Block]) -> list[Block]:
    """Every dash still open (``OPEN_DASH``: no page before went on in it) is a list item's marker."""

    def settle(value: str) -> str:
        if OPEN_DASH not in value:
            return value
        return "\n".join(_as_item(p) if p.startswith(OPEN_DASH) else p for p in value.split("\n"))

    return [replace(b, text=settle(b.text), cells=tuple(settle(c) for c in b.cells)) for b in blocks]


def _as_item(paragraph: str) -> str:
    """An ``OPEN_DASH`` paragraph as the list item it is: "- " and its text."""
    return "- " + paragraph[len(OPEN_DASH) :].split(None, 1)[1]


def _ends_open(lines: list[Line], right: float | None = None) -> bool:
    """The cell's last line is one word that may go on in the next page's first (a page break can cut a
    word mid-word as a line end does): it ends in a letter or digit and, where ``right`` is known, fills it."""
    if not lines or len(lines[-1].words) != 1 or not lines[-1].words[0]["text"][-1:].isalnum():
        return False
    return right is None or _no_room(lines[-1].x1, lines[-1].words[0], right)


def _no_room(x1: float, word: dict, right: float, left: dict | None = None) -> bool:
    """A line ending at ``x1`` left no room before ``right`` for one more glyph as wide as ``word``'s (on
    average) or, when given, the line's last word ``left``'s: a break there may have cut a word (the ink
    slack: ``INK_SLACK``). (Both: a short rest's period makes its average narrow, "agentschappe" / "n.")"""
    glyph = max((w["x1"] - w["x0"]) / len(w["text"]) for w in (word, left or word))
    return x1 + glyph > right - INK_SLACK


OPENING_QUOTES = frozenset("\"'“‘„«")

# Where a line of one word goes on in the next: the word may have been broken mid-word, without a hyphen.
# A producer does that to a word wider than its column (a narrow budget cell, a URL); the line break
# then reads as a space. Geometry cannot tell it from a long word that just fills its line, so the
# join is decided once the whole document's words are known (``_mend_words``).
MAYBE_BROKEN = "\x1f"  # (whitespace to both backends: never inside a word they give)
# Words' boxes are their glyphs' ink, which ends up to about a point inside the pen's advance (the side
# bearing): a line whose ink ends this close to its cell's text edge may have had no room for one more glyph.
INK_SLACK = 1.0
CLOSING = frozenset(")]}.,;:!?%")


def _may_break(left: str, right: str) -> bool:
    """The word ``left`` (alone on its line) may go on in ``right``: a letter or digit meets one, or
    ``right`` opens with punctuation that closes a word (")" or "." alone at a line start, also after a
    closing bracket: "….pdf)" / ".")."""
    return (
        bool(left)
        and bool(right)
        and (left[-1].isalnum() or left[-1] in ".," or (left[-1] in ")]}" and right[0] in CLOSING))
        and (right[0].isalnum() or right[0] in CLOSING)
    )


_LETTERS = re.compile(r"[^\W\d_]+")


def _mend_words(blocks: list[Block], page_texts: tuple[str, ...]) -> list[Block]:
    """Every possible mid-word break (``MAYBE_BROKEN``) decided: joined, or a space.

    Joined where the two parts read as one word: punctuation that closes a word opens the next line;
    a number's digit group is incomplete ("1.550.00" / "0", "344.575," / "62"); or the letters on both
    sides make a word the document prints whole more often than it prints the two parts side by side
    ("schoolja" / "ar", "Middele" / "n"). Else a space ("deelnemende" / "nationale")."""
    if not any(MAYBE_BROKEN in b.text or any(MAYBE_BROKEN in c for c in b.cells) for b in blocks):
        return blocks
    text = " ".join(page_texts).lower()
    words = Counter(_LETTERS.findall(text))

    def joins(left: str, right: str) -> bool:
        address = "://" in left or left.lstrip("(").startswith("www.")
        if right[0] in CLOSING:
            # A writer may set a web address apart from its period, not a bracket closed after it ("….pdf)" / ".").
            return not address or right[0] in ")]}" or left[-1] in ")]}"
        if address and left[-1].isalnum() and not right[0].isupper():
            return True  # a web address holds no space: cut where it does not end a sentence, it goes on
        if _range_cut(left, right):
            return True
        if left[-1].isdigit() or left[-1] in ".,":
            group = re.search(r"\d[.,](\d*)$", left)
            return group is not None and len(group.group(1)) < 3 and right[0].isdigit()
        tail_run, head_run = re.search(r"[^\W\d_]*$", left).group(), re.match(r"[^\W\d_]*", right).group()
        tail, head = tail_run.lower(), head_run.lower()
        whole = words[tail + head] if tail and head else 0
        if not whole:
            return bool(tail and head) and _one_word(tail_run, head_run)
        # (Side by side on one line: the line breaks this very question is about do not count.)
        apart = len(re.findall(rf"\b{re.escape(tail)} +{re.escape(head)}\b", text))
        return whole >= apart

    def mend(value: str) -> str:
        if MAYBE_BROKEN not in value:
            return value
        parts = value.split(MAYBE_BROKEN)
        out = parts[0]
        for part in parts[1:]:
            left, right = out.rsplit(None, 1)[-1] if out.strip() else "", part.split(None, 1)[0] if part.strip() else ""
            out += ("" if left and right and joins(left, right) else " ") + part
        return out

    return [
        replace(b, text=mend(b.text), cells=tuple(mend(c) for c in b.cells))
        if MAYBE_BROKEN in b.text or any(MAYBE_BROKEN in c for c in b.cells)
        else b
        for b in blocks
    ]


def _range_cut(left: str, right: str) -> bool:
    """A range of two numbers of one length cut inside its second ("2016-20" / "17)": fpdf2 breaks a word
    too wide for a narrow budget cell at the last character that fits): the two parts make it whole."""
    cut = re.search(r"(?:^|\D)(\d+)[-–/](\d+)$", left)
    head = re.match(r"\d+", right)
    return bool(cut and head) and len(cut.group(2)) + len(head.group()) == len(cut.group(1))


def _one_word(tail: str, head: str) -> bool:
    """Letters broken over two lines that the document never prints whole: one word when a general
    lexicon knows the joined form and not the left part ("Transna" / "tional", "cofinanci" / "ering",
    "Cooperat" / "ion"), and the right part goes on in the left one's case (a capital opens a new
    word, lower case after an acronym too: "PLA" / "in"). A producer breaks a word too wide for its
    line where the line is full, which rarely leaves a word on the left; two words side by side often
    make a compound of the list with a word on the left ("lange" / "termijnperspectief"): apart."""
    acronym = len(tail) > 1 and tail.isupper()
    same_case = head.isupper() if acronym else head.islower()
    return same_case and is_word(tail + head) and not is_word(tail)


def _address_continued(left: str, right: str) -> bool:
    """Does ``right`` go on the web address ``left`` ends with, broken after a "." (or another character no address
    ends on) and going on with its path? Also over a page break (Typst, t07 1.4: "http://onderwijs.vlaanderen." /
    "be/deradicalisering"); a sentence after an address opens with a capital or a space and no "/"."""
    last = left.rsplit(None, 1)[-1] if left.strip() else ""
    return _is_address(last) and last[-1] in ADDRESS_OPEN_END and bool(re.match(r"[a-z0-9][\w.-]*/", right))


def _join_line(left: str, right: str) -> str:
    # LibreOffice breaks words after a hyphen ("minister-" / "president"): no space there.
    # (After a letter, digit or closing bracket or quote: "+/-" / "15" is no word broken at its hyphen.)
    if re.search(r"(?:[^\W_]|[)\]'’”\"])-$", left[-2:]):
        return left + right  # "Oost-" / "Vlaanderen", "14/11-" / "16/11/2016", "Activities)-" / "middelen"
    if (right.startswith("/") or left.endswith("/")) and "://" in left.rsplit(" ", 1)[-1] + right:
        return left + right  # a long URL wrapped at a slash
    if _address_continued(left, right):
        return left + right
    if left[-2:-1] in (" ", "") and left[-1:] in OPENING_QUOTES:
        return left + right  # a quote mark alone at a line end opens the next line's first word
    tail = left[-12:]  # the checks below look at the line's end only (a search over all of it is slow)
    if re.search(r"[^\W\d_]-?/$", tail) and right[:1].isalpha():
        return left + right  # "studiedag/" / "dialogdag": a line may break after a slash
    if re.search(r"(?:^|\s)[A-Z]{2,}\.$", tail) and right[:1].isdigit():
        return left + right  # "MED." / "0118-2": a reference number broken after its period
    return left + " " + right


def _furniture(pages_lines: list[list[Line]], heights: list[float]) -> set[str]:
    """Texts (digits masked) of top/bottom lines that recur on at least a third of the pages."""
    counts: Counter[str] = Counter()
    in_body: set[str] = set()
    for lines, height in zip(pages_lines, heights, strict=True):
        band = height * FURNITURE_BAND
        seen = {_mask(ln.text) for ln in lines if ln.top < band or ln.bottom > height - band}
        counts.update(seen)
        in_body.update(_mask(ln.text) for ln in lines if band <= ln.top and ln.bottom <= height - band)
    threshold = max(2, len(pages_lines) // 3)
    # A repeated table header also recurs at the top of pages, but it stands mid-page too.
    return {text for text, n in counts.items() if n >= threshold and text not in in_body}


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _is_furniture(
    line: Line,
    height: float,
    furniture: set[str],
    cells: tuple[tuple[float, ...], ...] = (),
    page_lines: list[Line] | tuple[Line, ...] = (),
) -> bool:
    """``page_lines``: the page's lines, when known: a lone number beside one of them is a cell's (``_beside_text``)."""
    band = height * FURNITURE_BAND
    if not (line.top < band or line.bottom > height - band):
        return False
    number = bool(_PAGE_NUMBER.match(line.text.strip()))
    if number and _beside_text(line, page_lines, furniture):
        return False
    if _mask(line.text) in furniture:
        return True
    # A lone number inside a ruled table cell is the cell's ("Middelen" / "2017" at a page's top), not a page number.
    inside = any(c[0] <= line.x0 and line.x1 <= c[2] and c[1] <= line.top and line.bottom <= c[3] for c in cells)
    return not inside and number


def _beside_text(line: Line, page_lines: list[Line] | tuple[Line, ...], furniture: set[str]) -> bool:
    """A body line stands beside the line over half its height or more. A page number has the page's width at its
    height to itself; a cell's number in the band can stand a little off its row's lines and so be a line of its
    own (a budget cell centred in its row: "Middelen" / "2017" beside the description's last line at the page's
    foot, x02 1.4)."""
    half = (line.bottom - line.top) / 2
    return any(
        other is not line
        and min(line.bottom, other.bottom) - max(line.top, other.top) >= half
        and _mask(other.text) not in furniture
        and not _PAGE_NUMBER.match(other.text.strip())
        for other in page_lines
    )


@dataclass
class _Item:
    """A paragraph or a table row on a page, ordered by its top."""

    top: float
    bottom: float
    block: Block
    table_index: int | None = None  # rows of one table share an index
    columns: tuple[int, ...] = ()  # left edges of a row's cells: the table's geometry
    carried: bool = False  # first row of a table that went on from the previous page (its columns carried)
    open_side: str = ""  # a ruled row cut by a page break with no border drawn there: "top" or "bottom"
    open_end: tuple[bool, ...] = ()  # per cell of a row: its last word may go on on the next page (``_ends_open``)


@dataclass
class _PageScan:
    """What one page yields, kept after the page itself is closed (pdfminer objects are big)."""

    words: list[dict]
    height: float
    # (table index, row box, cell boxes, open side: "" closed, "top"/"bottom" cut by a page break unruled)
    table_rows: list[tuple[int, tuple[float, float, float, float], list[tuple[float, float, float, float] | None], str]]
    rules: tuple[float, ...] = ()  # heights of horizontal rules that no vertical crosses (``row_rules``)


def _scan(page) -> _PageScan:  # pdfplumber Page
    words = page.extract_words(x_tolerance=1.5, y_tolerance=3, extra_attrs=["fontname", "size"])
    for w in words:
        w["fontname"] = font_name(w["fontname"])  # as pdfium names it

    # The same ruling → cell geometry as the pdfium backend (pdfplumber's own table finder knows no
    # cells left open at a page break).
    def box(o: dict) -> tuple[float, float, float, float]:
        return (o["x0"], o["top"], o["x1"], o["bottom"])

    def filled(o: dict) -> bool:
        return bool(o.get("fill")) and not o.get("stroke")

    fills = [box(o) for o in page.rects if filled(o)]  # (a ground, or one side of a border with a hole)
    boxes = [box(o) for o in (*page.lines, *page.curves)] + [box(o) for o in page.rects if not filled(o)]
    rulings = rulings_with_grounds(boxes, fills)
    boxes += fills
    return _PageScan(words + marker_words(boxes, words), page.height, table_rows(*rulings), row_rules(*rulings))


def _page_items(
    scan: _PageScan,
    furniture: set[str],
    page_no: int,
    table_base: int,
    vocabulary: TableVocabulary | None = None,
    carried: Carry | None = None,
    document: DocumentLayout | None = None,
    cut_cells: tuple[tuple[float, float], ...] = (),
) -> tuple[list[_Item], int, Carry | None]:
    height = scan.height
    document = document or DocumentLayout()
    scan = _with_cut_row_completed(scan, cut_cells)
    # A "table" of one cell per row is a frame drawn around text, not a grid: alignment reads it (its
    # lower edges can still be the lower edge of a row whose text is centred: ``_row_top``).
    frame_feet = tuple(sorted(row[1][3] for row in scan.table_rows if sum(b is not None for b in row[2]) < 2))
    scan = _PageScan(
        scan.words, height, [row for row in scan.table_rows if sum(b is not None for b in row[2]) >= 2], scan.rules
    )
    cells = tuple(box for row in scan.table_rows for box in row[2] if box is not None)
    page_lines = _lines(_label_run_on(scan.words, vocabulary))
    lines = [ln for ln in page_lines if not _is_furniture(ln, height, furniture, cells, page_lines)]
    words = [w for ln in lines for w in ln.words]

    items: list[_Item] = []
    cell_words = _assign_to_cells(words, scan.table_rows)
    used = {id(w) for ws in cell_words.values() for w in ws}
    last_rows = {row[0]: r for r, row in enumerate(scan.table_rows)}
    for r, (t_offset, bbox, boxes, open_side) in enumerate(scan.table_rows):
        texts = [_cell_text(cell_words.get((r, c), []), box) for c, box in enumerate(boxes) if box is not None]
        cells = [text for text, _ in texts]
        # A table's last row, even empty: a row cut by the page break whose text is all on the next
        # page (the stitch fills it, or drops it).
        if any(cells) or last_rows[t_offset] == r:
            columns = tuple(round(box[0]) for box in boxes if box is not None)
            items.append(
                _Item(
                    bbox[1],
                    bbox[3],
                    Block("row", cells=tuple(cells), page=page_no),
                    table_base + t_offset,
                    columns,
                    open_side=open_side,
                    open_end=tuple(open_end for _, open_end in texts),
                )
            )
    tables = {row[0] for row in scan.table_rows}
    rest = _lines([w for w in words if id(w) not in used])
    n_tables = len(tables)
    carry = None
    if not tables:
        # No rulings on the page: find tables by the alignment of their columns.
        as_top, row_starts, document.centred, centred_rows = _top_aligned(
            rest,
            vocabulary,
            scan.rules,
            frame_feet,
            document.row_white,
            carried.anchors if carried and not carried.labelled else (),
            document.centred,
        )
        centred = as_top is not rest  # cells were centred in their rows: a row's first cell does not open it
        aligned, rest, n_tables, carry = _aligned_rows(
            as_top,
            page_no,
            table_base,
            vocabulary,
            carried,
            scan.rules,
            centred,
            row_starts,
            document.header_columns,
            centred_rows,
        )
        items.extend(aligned)
    # The text area's right edge, from all of the page's lines: a page whose body is a few short
    # "Label value" lines under a table must not take the longest of them for the right margin.
    right = statistics.median([ln.x1 for ln in lines]) if lines else 0.0
    for para_lines in _body_groups(rest, vocabulary, right):
        text = _paragraphs(para_lines)
        if text:
            items.append(_Item(para_lines[0].top, para_lines[-1].bottom, Block("paragraph", text=text, page=page_no)))
    items.sort(key=lambda it: it.top)
    if tables and items and items[-1].block.kind == "row" and items[-1].table_index is not None:
        carry = _ruled_carry(scan, cell_words)  # a ruled table may go on over a page with no ruling at all
    if carry is not None and items and items[-1].block.kind != "row":
        carry = None  # the page ends with body text after the table
    return items, table_base + n_tables, carry


def _with_cut_row_completed(scan: _PageScan, cut_cells: tuple[tuple[float, float], ...]) -> _PageScan:
    """The page's first ruled row, when it is one cell open at the top that lies where a cell of the row cut at the
    foot of the page before lay (``cut_cells``: its cells' x-extents), as that row: its other cells are there too,
    empty. (A producer draws the sides of a cut row's rest only around the cells that go on: c03 14.5, Chromium,
    one word of the description on the next page. Alone, a cell reads as a frame around text.)"""
    rows = sorted(scan.table_rows, key=lambda row: row[1][1])
    if len(cut_cells) < 2 or not rows:
        return scan
    index, bbox, boxes, open_side = rows[0]
    cells = [box for box in boxes if box is not None]
    if len(cells) != 1 or open_side not in ("top", "both"):
        return scan
    x0, top, x1, bottom = cells[0]
    if not any(abs(x0 - a) <= SNAP and abs(x1 - b) <= SNAP for a, b in cut_cells):
        return scan
    completed = (index, (cut_cells[0][0], top, cut_cells[-1][1], bottom), [(a, top, b, bottom) for a, b in cut_cells])
    return replace(scan, table_rows=[(*completed, open_side) if row is rows[0] else row for row in scan.table_rows])


def _cells_at_foot(scan: _PageScan, items: list[_Item]) -> tuple[tuple[float, float], ...]:
    """The x-extents of the cells of the ruled row the page ends with, left to right, when it has two or more.

    The row's cells are those of the ruled rows that reach the page's lowest ruling; where two of them stand apart
    the space between is a cell too (c03 p. 64: the first and third cells of a row cut over three pages are closed
    at the foot and drawn as two boxes of their own; the description between them goes on without sides)."""
    if not scan.table_rows or not items or items[-1].block.kind != "row":
        return ()
    foot = max(row[1][3] for row in scan.table_rows)
    spans = sorted((box[0], box[2]) for row in scan.table_rows if row[1][3] >= foot - SNAP for box in row[2] if box)
    cells: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if cells and x0 < cells[-1][1] - SNAP:
            continue  # (a box another ruled row at the foot gives again)
        if cells and x0 - cells[-1][1] > 2 * SNAP:
            cells.append((cells[-1][1], x0))
        cells.append((x0, x1))
    return tuple(cells) if len(cells) >= 2 else ()


def _cell_text(words: list[dict], box: tuple[float, float, float, float]) -> tuple[str, bool]:
    """A ruled cell's paragraphs, and whether its last word may go on (``_ends_open``); its text ends where
    it starts, as far inside the box (the padding)."""
    if not words:
        return "", False
    pad = max(0.0, min(w["x0"] for w in words) - box[0])
    lines = _lines(words)
    return _paragraphs(lines, box[2] - pad), _ends_open(lines, box[2] - pad)


def _label_run_on(words: list[dict], vocabulary: TableVocabulary | None) -> list[dict]:
    """Words that are a row label's last word run on into the value beside it ("BeleidsdomeinenKB"), or a
    column name run on into the next one ("BevoegdhedenBeschrijving"), cut in two.

    A label too wide for its column overflows into the value column, and a backend that sees no white
    between them reads one word. Where the label ends and the value begins is estimated from the
    characters' share of the word's width (both backends alike)."""
    if vocabulary is None:
        return words
    ends = {_fold(label).split()[-1] for label in vocabulary.row_labels}
    ends |= {_fold(name).split()[-1] for header in vocabulary.column_headers for name in header[:-1]}
    firsts, shortest = {end[0] for end in ends}, min(len(end) for end in ends)
    out: list[dict] = []
    for w in words:
        text = w["text"]
        if len(text) <= shortest or text[0].lower() not in firsts:
            out.append(w)  # (most words: the check below is the read's hottest loop of this module)
            continue
        cut = next(
            (
                len(end)
                for end in ends
                if len(text) > len(end)
                and text[: len(end)].lower() == end
                and text[len(end) - 1].islower()
                and (text[len(end)].isupper() or text[len(end)] == "(")
            ),
            0,
        )
        if not cut:
            out.append(w)
            continue
        x = w["x0"] + (w["x1"] - w["x0"]) * cut / len(text)
        out += [{**w, "text": text[:cut], "x1": x}, {**w, "text": text[cut:], "x0": x}]
    return out


BAND_WHITE = 0.3  # white space between two text bands, in line heights, that ends a row band


def _interval(rules: tuple[float, ...], line: Line) -> int:
    """How many of the rules (sorted heights) lie above the line's middle: lines with the same number
    share a space between rules. (Its middle: a line's top, from the font size, can reach above
    the rule over it.)"""
    return bisect.bisect(rules, (line.top + line.bottom) / 2)


def _closed(rules: tuple[float, ...], k: int) -> bool:
    """Interval k has a rule above and one below it."""
    return 0 < k < len(rules)


def _columns_of(segments: list[Line]) -> list[list[Line]]:
    """Segments side by side → columns: runs of segments that share x."""
    columns: list[list[Line]] = []
    right = -1e9
    for seg in sorted(segments, key=lambda seg: seg.x0):
        if columns and seg.x0 <= right:
            columns[-1].append(seg)
        else:
            columns.append([seg])
        right = max(right if len(columns[-1]) > 1 else -1e9, seg.x1)
    return columns


def _top_aligned_between_rules(segments: list[Line], rules: tuple[float, ...]) -> tuple[list[dict], bool]:
    """The words of segments between two horizontal rules, each column moved up to the space's top.

    Between two rules of a table drawn with horizontal rules only lies one row: a column of two or
    more side by side whose first line starts below the row's first line is centred in it and
    moves up, all of it (its paragraphs keep their spacing). Returns the words and whether any moved."""
    words: list[dict] = []
    moved = False
    by_space: dict[int, list[Line]] = {}
    for seg in segments:
        by_space.setdefault(_interval(rules, seg), []).append(seg)
    for space in by_space.values():
        top = min(seg.top for seg in space)
        columns = _columns_of(space)
        for column in columns:
            shift = top - min(seg.top for seg in column)
            if len(columns) >= 2 and shift < -2:
                moved = True
                words += [
                    {**w, "top": w["top"] + shift, "bottom": w["bottom"] + shift} for seg in column for w in seg.words
                ]
            else:
                words += [w for seg in column for w in seg.words]
    return words, moved


def _top_aligned(
    lines: list[Line],
    vocabulary: TableVocabulary | None = None,
    rules: tuple[float, ...] = (),
    frame_feet: tuple[float, ...] = (),
    row_white: float | None = None,
    carried: tuple[float, ...] = (),
    centred_before: bool = False,
) -> tuple[list[Line], tuple[float, ...], bool, tuple[tuple[float, float], ...]]:
    """The lines with every cell's text moved to the top of its row, as if the table were top-aligned.

    Without rulings a row shows as a band of text with white space around it (the cells' padding);
    in a band of two or more columns (runs of text side by side that share no x), a column whose
    text starts below the band's top, on a line where no other column's text starts, is vertically
    centred in its row: it is moved up to the band's top, so that the alignment reading finds each
    row's cells on its first line, whatever the producer's vertical alignment. Top-aligned tables
    and body text are unchanged. Where horizontal rules (``rules``) enclose text, the rows are the
    spaces between them (``_top_aligned_between_rules``); the bands are found in the rest.

    Where the document's rows stand further apart than a cell's paragraphs (``row_white``, measured under
    its header rows), each band under a header, or at the top of a page a header table goes on over
    (``carried``: its columns), is a whole row: its first cell moves to its top wherever it was centred
    (a producer may centre a cell cut by a page break anywhere in the whole row, even on the next page).
    Returns the lines, the tops of those rows (a row starts there, with or without its first cell: the
    next row's first cell can stand on the next page), and whether cells were seen centred in their rows
    so far (``centred_before`` and this page): from then on a cell level with a paragraph start of a
    row of several bands is centred in that row too; and the (top, bottom) of the rows centred cells were
    found centred in (each one row, whatever white stands between its lines: ``_in_centred_row``)."""
    per_line = [_segments(ln) for ln in lines]
    per_line = [_header_cells(segs, vocabulary) or segs for segs in per_line]
    headers = {id(seg) for segs in per_line if _is_header(segs, vocabulary) for seg in segs}
    segments = sorted((seg for segs in per_line for seg in segs), key=lambda seg: seg.top)
    words, moved = _top_aligned_between_rules([seg for seg in segments if _closed(rules, _interval(rules, seg))], rules)
    if rules:
        segments = [seg for seg in segments if not _closed(rules, _interval(rules, seg))]
    if not segments:
        return (_lines(words) if moved else lines), (), centred_before, ()
    height = statistics.median(seg.bottom - seg.top for seg in segments)
    # White space that ends a band: more than between two lines of a paragraph (line spacing differs
    # between producers: negative where line boxes overlap, a third of a line in LibreOffice).
    whites = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False) if abs(b.top - a.bottom) < height]
    gap = max(BAND_WHITE * height, (statistics.median(whites) if whites else 0.0) + 0.2 * height)
    bands: list[list[Line]] = []
    bottom = -1e9
    # Where the document's header rows stand further from their first row than a cell's paragraphs stand
    # apart (``row_white``: the rows' padding), a band under a header, or at the top of a page the table
    # goes on over, is a whole row: its cells' paragraphs stand closer than two rows do. The table is over
    # at a row label, or at text left of its second column after a wider white.
    wide = row_white if row_white is not None and row_white - 1.0 > gap + 2.0 else None
    close = _close_rows(row_white, whites, gap, height) if wide is None else None
    label_firsts = {_fold(label).split()[0] for label in vocabulary.row_labels} if vocabulary else set()
    white = wide if carried else None
    anchors = carried
    after_header = False
    row_bands: dict[int, tuple[int, float]] = {}  # bands that are whole rows: their table, its second column
    n_headers = 0
    for seg in segments:
        is_header = id(seg) in headers
        if after_header and not is_header:
            white, after_header = wide, False
        if white is not None and not is_header:
            first = seg.words[0]["text"]
            n_label, whole = (
                _label_words(seg, vocabulary)
                if first[:1].isupper() and _fold(first).rstrip(":") in label_firsts
                else (0, False)
            )
            left = len(anchors) > 1 and seg.x0 < sorted(anchors)[1] - 2 * ANCHOR_TOLERANCE
            beyond = bands and seg.top - bottom > white + 3.0 and left
            if beyond or (n_label and (whole or n_label == len(seg.words))):
                white = None
        limit = white - 1.5 if white is not None and not is_header else gap if close is None else close
        # A header row of the vocabulary is a band of its own (its padding can be narrower).
        same_kind = bands and is_header == (id(bands[-1][0]) in headers)
        # (Text above the page, where a producer can set the start of a cell cut by the break, is part of
        # the row at the page's top.)
        if same_kind and (seg.top - bottom <= limit or bottom < 0 <= seg.top and len(bands) - 1 in row_bands):
            bands[-1].append(seg)
        else:
            bands.append([seg])
            bottom = -1e9
            if white is not None and not is_header and len(anchors) > 1:
                row_bands[len(bands) - 1] = (n_headers, sorted(anchors)[1])
        if is_header:
            if not after_header:
                anchors, n_headers = (), n_headers + 1
            white, after_header, anchors = None, True, (*anchors, seg.x0)
        bottom = max(bottom, seg.bottom)
    if carried and 1 in row_bands and 0 in row_bands and _rest_above(bands[0], bands[1], row_bands[0][1], wide or 0.0):
        bands[0:2] = [bands[0] + bands[1]]
        row_bands = {k - (k > 1): v for k, v in row_bands.items() if k != 1}
    # Text in the first column alone, with nothing beside it, ends the table (a heading after it).
    over: set[int] = set()
    for k, (table_no, second) in sorted(row_bands.items()):
        alone = len(_columns_of(bands[k])) == 1 and min(seg.x0 for seg in bands[k]) < second - 2 * ANCHOR_TOLERANCE
        if table_no in over or alone:
            over.add(table_no)
            del row_bands[k]
    starts = tuple(min(seg.top for seg in bands[k]) for k in sorted(row_bands))
    centred = centred_before
    found_rows: list[tuple[float, float]] = []  # (top, bottom) of the rows centred cells were found in
    for k, band in enumerate(bands):
        top = min(seg.top for seg in band)
        columns = _columns_of(band)
        if k in row_bands and len(columns) >= 2:
            # A whole row: its first column's text at its top (on the page), where the alignment reading
            # opens a row, and text above the page there too. (The other columns' lines go on in the row
            # wherever they stand; moved, a column with another line pitch would run into their lines.)
            top = min((seg.top for seg in band if seg.top >= 0), default=top)
            for c, column in enumerate(columns):
                first = min(seg.top for seg in column)
                shift = top - first if c == 0 or first < 0 else 0.0
                moved = moved or abs(shift) > 0.5
                words += [
                    {**w, "top": w["top"] + shift, "bottom": w["bottom"] + shift} for seg in column for w in seg.words
                ]
            continue
        if k in row_bands:
            words += [w for seg in band for w in seg.words]
            continue
        runs = [_runs(sorted(column, key=lambda seg: seg.top), gap, vocabulary) for column in columns]
        later_starts = [[run[0].top for run in column_runs[1:]] for column_runs in runs]
        for c, column_runs in enumerate(runs):
            # Runs no other column starts a further run beside (that would be a row of its own, packed close),
            # or where a run of a third column goes on across their top: no row starts in the middle of a run
            # (two cells of two paragraphs each, centred alike, start their second paragraphs level: l03 14.1).
            others = [t for j, ts in enumerate(later_starts) if j != c for t in ts]
            lone = [
                not any(abs(run[0].top - t) <= LINE_TOLERANCE for t in others) or _run_across(runs, run[0].top)
                for run in column_runs
            ]
            n_moved, shift = 0, 0.0
            # A column's first run that starts below the band's top is centred in its row. One level with
            # it can be too, beside a paragraph start of a row of several bands, once cells are known to be
            # centred (a top-aligned row's first cell stands there). (Level: as close as the words of one line.
            # Two cells of one row centred alike can stand that far apart: a value whose paragraph has a bottom
            # margin is centred a little above its label, x02 1.3 "Beleidsdomeinen" 2.25 pt under "KB".)
            first_top = column_runs[0][0].top
            below = top - first_top < -LINE_TOLERANCE and lone[0]
            # (What it stands level with: the band, or a later run of another column.)
            beside = [run for j, rs in enumerate(runs) if j != c for run in rs[1:] if abs(run[0].top - first_top) <= 2]
            beside = beside or ([band] if abs(top - first_top) <= 2 else [])
            # Three or more columns that all start level: a row starts there, whatever the alignment (l03 9.1).
            all_level = len(runs) >= 3 and all(abs(rs[0][0].top - first_top) <= 2 for rs in runs)
            level = centred and bool(beside) and not all_level
            if len(columns) >= 2 and (below or level):
                # A centred cell can hold paragraphs (competences one per paragraph) with white between
                # them as wide as between rows: the cell is the most of its lone runs whose block is
                # centred in a row; without one (a cell cut by a page break), all of them, to the top of
                # the white above them in their column (the part of the row on this page).
                n = 1
                while n < len(column_runs) and lone[n]:
                    n += 1
                for n_moved in range(n, 0, -1):
                    block = [seg for run in column_runs[:n_moved] for seg in run]
                    row_top, free_top = _row_top(bands, k, block, height, frame_feet, found_rows)
                    if row_top is not None:
                        break
                found = row_top is not None
                if not found and centred:
                    n_moved, row_top = n, free_top
                elif not found:
                    # Centred in no row, in a document whose cells were not seen centred: the first cell of
                    # a row that follows, packed close, the part on this page of a row cut by the break
                    # (t02 9.1 p. 40, Typst, top-aligned), not a centred cell of that row.
                    n_moved, row_top = 0, first_top
                if below:
                    centred = centred or found
                elif not found or row_top > first_top - 2 or _centred_on(block, first_top, _bottom(beside[0]), height):
                    n_moved, row_top = 0, top  # level: centred in its band's row alone, or in none (top-aligned)
                shift = row_top - column_runs[0][0].top
                moved = moved or shift < -0.5
                if found and n_moved:
                    # The row the cell is centred in: as far below its centre as its top is above.
                    found_rows.append((row_top, block[0].top + _bottom(block) - row_top))
            for r, run in enumerate(column_runs):
                if r < n_moved:
                    words += [
                        {**w, "top": w["top"] + shift, "bottom": w["bottom"] + shift} for seg in run for w in seg.words
                    ]
                else:
                    words += [w for seg in run for w in seg.words]
    return (_lines(words) if moved else lines), starts, centred, tuple(found_rows)


def _close_rows(row_white: float | None, whites: list[float], gap: float, height: float) -> float | None:
    """The white that ends a band on a page whose rows stand barely further apart than a cell's lines (Typst without
    rulings: rows 0.5-1.5 pt wider than the line white, under the usual band threshold, so a whole page was one band
    and every later row's cells were taken for centred), or None. Only where the document's row white exceeds the
    page's most common line white by at least 0.8 pt and at most a fifth of a line's height (overlapping line boxes,
    as Chromium's, give no such measure)."""
    if row_white is None or not whites:
        return None
    line_white = Counter(round(w, 1) for w in whites).most_common(1)[0][0]
    if not 0.8 <= row_white - line_white <= 0.2 * height or row_white - 0.3 >= gap:
        return None
    return row_white - 0.3


def _run_across(runs: list[list[list[Line]]], top: float) -> bool:
    """A run of some column (``runs``: each column's runs) starts above ``top`` and goes on below it."""
    return any(run[0].top < top - 2 and _bottom(run) > top + 2 for column_runs in runs for run in column_runs)


def _rest_above(first: list[Line], below: list[Line], second: float, white: float) -> bool:
    """The page's first band is the rest of the row cut by the break, and the band below it more of that row:
    it has no first cell, stands further above the next band than two rows do (``white``), and the two hold
    text in different columns. A producer that centres a cut row's cells (reportlab) centres each cell's rest
    on its own in the row's part on the page: the budget's last lines at the page top, the description's rest
    lower, the competence lower still; a row under a cut one would start with its own first line right under."""
    if any(seg.x0 < second - 2 * ANCHOR_TOLERANCE for seg in first):
        return False
    if min(seg.top for seg in below) - _bottom(first) <= 2 * white + 3.0:
        return False
    return all(seg.x1 < other.x0 or seg.x0 > other.x1 for seg in first for other in below)


def _bottom(segments: list[Line]) -> float:
    return max(seg.bottom for seg in segments)


def _centred_on(block: list[Line], top: float, bottom: float, height: float) -> bool:
    """The block's lines stand centred between ``top`` and ``bottom``."""
    return abs((block[0].top + max(seg.bottom for seg in block)) / 2 - (top + bottom) / 2) <= 0.5 * height


def _row_top(
    bands: list[list[Line]],
    k: int,
    run: list[Line],
    height: float,
    edges: tuple[float, ...] = (),
    rows: list[tuple[float, float]] = (),
) -> tuple[float | None, float]:
    """The top of the row a run of band k is centred in (None: none), and where its row most likely
    starts when it is centred in none (a cell cut by a page break: a producer may centre it in the
    whole row, over both pages).

    Paragraph spacing inside a cell can be as wide as the white between two rows: the row may then
    be several bands, those beside the run that hold no other text in its column. Of those spans,
    the one the run is centred in; a ruling under the span's last line (a frame, ``edges``) can be
    its lower edge. Uncentred: at the first of those bands."""
    x0, x1 = min(seg.x0 for seg in run), max(seg.x1 for seg in run)
    centre = (run[0].top + max(seg.bottom for seg in run)) / 2

    def free(band: list[Line]) -> bool:
        return all(seg.x1 < x0 or seg.x0 > x1 for seg in band)

    first = k
    while first > 0 and free(bands[first - 1]):
        first -= 1
    last = k
    while last + 1 < len(bands) and free(bands[last + 1]):
        last += 1
    tops = [min(seg.top for seg in bands[j]) for j in range(first, k + 1)]
    bottoms = [max(seg.bottom for seg in bands[m]) for m in range(k, last + 1)]
    below = min(seg.top for seg in bands[last + 1]) if last + 1 < len(bands) else 1e9
    bottoms += [e for e in edges if bottoms[-1] < e < below]
    # Spans one band wider on both sides are centred on the run as well: the widest one (its other
    # column's free bands around the run are the row's own lines, as wide above as below).
    # (No row starts inside the row another centred cell of the page was found centred in: ``rows``.)
    inside = [t for t in tops if any(top + 2 < t < bottom - 2 for top, bottom in rows)]
    centred = [t for t in tops if t not in inside for b in bottoms if abs((t + b) / 2 - centre) <= 0.5 * height]
    return (min(centred) if centred else None), tops[0]


def _runs(column: list[Line], gap: float, vocabulary: TableVocabulary | None) -> list[list[Line]]:
    """A column's segments in a band → runs of text: a new one after white space, or at a row label."""
    runs: list[list[Line]] = []
    for seg in column:
        n_label, whole = _label_words(seg, vocabulary)
        label = n_label and (whole or n_label == len(seg.words)) and seg.words[0]["text"][:1].isupper()
        if runs and not label and seg.top - max(s.bottom for s in runs[-1]) <= gap:
            runs[-1].append(seg)
        else:
            runs.append([seg])
    return runs


def _ruled_carry(scan: _PageScan, cell_words: dict[tuple[int, int], list[dict]]) -> Carry | None:
    """The columns of the page's last ruled row, where its text starts (a cell's box edge plus padding)."""
    r = len(scan.table_rows) - 1
    boxes = [box for box in scan.table_rows[r][2] if box is not None]
    starts = {c: min(w["x0"] for w in cell_words[(r, c)]) for c in range(len(boxes)) if cell_words.get((r, c))}
    pads = [x - boxes[c][0] for c, x in starts.items()]
    pad = statistics.median(pads) if pads else 4.0
    return Carry(tuple(starts.get(c, box[0] + pad) for c, box in enumerate(boxes)), len(boxes) == 2)


OVERFLOW_PROBE = 12.0  # how far into a word (points) its cell is looked up: past a short word's centre


def _assign_to_cells(words: list[dict], rows: list) -> dict[tuple[int, int], list[dict]]:
    """(row, cell) → the words that lie in that cell (merged cells: the first box).

    A word lies where its centre is, or, when it is long, where it starts: a URL that cannot be
    broken overflows its cell into the next one (or off the page), but it belongs where it begins."""
    found: dict[tuple[int, int], list[dict]] = {}
    for w in words:
        cx, cy = min((w["x0"] + w["x1"]) / 2, w["x0"] + OVERFLOW_PROBE), (w["top"] + w["bottom"]) / 2
        for r, (_, bbox, boxes, _open) in enumerate(rows):
            if not bbox[1] <= cy <= bbox[3]:
                continue
            for c, box in enumerate(boxes):
                if box is not None and box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                    found.setdefault((r, c), []).append(w)
                    break
            else:
                continue
            break
    return found


SEGMENT_GAP = 6.0  # least white space (points) between two columns; a word space is ~2.5
MARK_INDENT = 24.0  # most white space (points) between a list marker and its item's text
OVERPRINT = 1.5  # a word starting this far (points) left of the previous word's end overprints it
TOUCH = 0.5  # less white than this (points) between two words is no word space: they touch
ANCHOR_TOLERANCE = 4.0


def _part(words: list[dict]) -> Line:
    # Its own top, not the line's: columns may keep their own line pitch (a list in one cell, plain
    # lines in the next), and a line joins words of both that stand up to a tolerance apart.
    return Line(min(w["top"] for w in words), max(w["bottom"] for w in words), words[0]["x0"], words[-1]["x1"], words)


def _segments(line: Line) -> list[Line]:
    """A line cut where the white space between two words is wider than a column gap."""
    parts: list[list[dict]] = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        # A word space grows with the font: a 22-point title has wider spaces than a 9-point cell.
        # The white after a list marker is its item's hanging indent, not a column gap.
        marker = prev["text"] in BULLETS and len(parts[-1]) == 1 and word["x0"] - prev["x1"] <= MARK_INDENT
        # A word that starts before the previous one ends overprints it: that one overflowed its cell.
        overprint = word["x0"] < prev["x1"] - OVERPRINT
        if word["x0"] - prev["x1"] > max(SEGMENT_GAP, 0.8 * (word["bottom"] - word["top"])) and not marker or overprint:
            parts.append([word])
        else:
            parts[-1].append(word)
    return [_part(p) for p in parts]


def _split_at(line: Line, anchors: list[float], edges: list[float] | tuple[float, ...] = ()) -> list[Line]:
    """The line's segments, also cut where a word starts on a column edge after more than a word space,
    or touching the word before it (``_cut_at_edges``).

    (A wide font's word space can hide a column gap from ``_segments``; an edge fixed by a header
    row shows it, or the edges where its rows' cells start, ``edges``.)"""
    return _cut_at_edges(_segments(line), anchors, edges=edges)


def _text_edges(edges: list[float], anchors: list[float], segments: list[Line]) -> list[float]:
    """The edges with where a new row's cells after the first start, where that is not on the header's column
    edge but within a cell's padding of it: a producer can pad a header's cells more than the rows' (r06: 6 pt),
    and a word of the next column that starts on its text edge after a narrow gap is cut there."""
    out = list(edges)
    for seg in segments:
        c = _column(anchors, seg.x0)
        near = [*anchors[1:], *out]
        if c and abs(seg.x0 - anchors[c]) <= 2 * ANCHOR_TOLERANCE and all(abs(seg.x0 - e) > 1.0 for e in near):
            out.append(seg.x0)
    return out


def _cut_at_edges(
    segments: list[Line],
    anchors: list[float],
    touching_only: bool = False,
    edges: list[float] | tuple[float, ...] = (),
) -> list[Line]:
    """Segments cut where a word starts on a column edge after more than a word space, or with less white
    before it than a word space (``TOUCH``, down to an overprint): the word before overflowed its column
    up to the next column's text ("Verantwoordelijke" ending where "Minister" begins), leaving no white to
    see. Only a column edge the table fixed can tell that; ``touching_only`` keeps to that cut."""
    parts: list[list[dict]] = []
    for seg in segments:
        parts.append([seg.words[0]])
        for prev, word in zip(seg.words, seg.words[1:], strict=False):
            on_edge = any(abs(word["x0"] - a) <= ANCHOR_TOLERANCE for a in (*anchors[1:], *edges))
            gap = word["x0"] - prev["x1"]
            if on_edge and (gap < TOUCH or gap > SEGMENT_GAP and not touching_only) and prev["x0"] < word["x0"]:
                parts.append([word])
            else:
                parts[-1].append(word)
    return [_part(p) for p in parts]


def _column(anchors: list[float], x0: float) -> int:
    """The column a segment starting at x0 belongs to: the last anchor at or left of it."""
    col = 0
    for k, anchor in enumerate(anchors):
        if x0 >= anchor - 2 * ANCHOR_TOLERANCE:
            col = k
    return col


def _matches(anchors: list[float], segments: list[Line]) -> bool:
    """A multi-column line belongs to the table when each segment starts on one of its anchors (a cell's
    list item goes on indented: by up to a marker's indent in a column after the first)."""
    return all(
        any(abs(seg.x0 - a) <= 2 * ANCHOR_TOLERANCE for a in anchors)
        or seg.words[0]["text"] in BULLETS
        or _column(anchors, seg.x0) > 0
        and (seg is not segments[0] or seg.x0 - anchors[_column(anchors, seg.x0)] <= MARK_INDENT)
        for seg in segments
    )


@dataclass
class _OpenRow:
    anchors: list[float]
    cells: list[list[Line]]
    top: float
    bottom: float
    label_open: bool = True  # the last line added had text in the first column
    last_top: float = 0.0  # top of the last line added
    last_left: float = -1e9  # top of the last line with text in the first column
    label_wraps: bool = True  # the first cell may go on on the next line (not a whole vocabulary label)
    col_tops: dict[int, float] = field(default_factory=dict)  # top of each column's last line
    left_font: tuple[str, int] = ("", 0)  # font of the first column's text
    space: int = 0  # the space between horizontal rules the row starts in (``_interval``)
    fills_space: bool = False  # it starts that space, and rules close it on both sides: all of it is the row
    after_white: bool = False  # opened without first cell after a row's white space (not going on from a page)


@dataclass
class DocumentLayout:
    """What the reading of one document learns about its layout as it goes from page to page."""

    row_white: float | None = None  # white between a header row and its first row (``_header_white``)
    header_columns: tuple[float, ...] = ()  # where most of its header rows start their cells (``_header_columns``)
    centred: bool = False  # a cell was seen centred in its row (vertical alignment "middle")


@dataclass(frozen=True)
class Carry:
    """A table still open at the foot of a page: its columns go on at the top of the next one."""

    anchors: tuple[float, ...]
    labelled: bool  # a label | value block (rows open at a vocabulary label), else header-fixed
    edges: tuple[float, ...] = ()  # where its rows' cells start, where not on the header's (``_text_edges``)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _is_header(segments: list[Line], vocabulary: TableVocabulary | None) -> bool:
    """The line's cells are, in order, the column names of one of the vocabulary's header rows."""
    if vocabulary is None or len(segments) < 2:
        return False
    texts = [_fold(seg.text) for seg in segments]
    return any(texts == [_fold(h) for h in header] for header in vocabulary.column_headers)


def _header_cells(segments: list[Line], vocabulary: TableVocabulary | None) -> list[Line] | None:
    """The line cut into the cells of one of the vocabulary's header rows, when its words are that
    row's words in order; else None. Two column names can stand closer than a column gap when a
    narrow column's name nearly fills it ("Bevoegdheden Beschrijving"): the names say where to cut."""
    if _is_header(segments, vocabulary):
        return segments
    if vocabulary is None:
        return None
    words = [w for seg in segments for w in seg.words]
    folded = [_fold(w["text"]) for w in words]
    for header in vocabulary.column_headers:
        sizes = [len(_fold(h).split()) for h in header]
        if len(header) < 2 or folded != [part for h in header for part in _fold(h).split()]:
            continue
        cells, k = [], 0
        for n in sizes:
            cells.append(_part(words[k : k + n]))
            k += n
        return cells
    return None


def _label_words(segment: Line, vocabulary: TableVocabulary | None) -> tuple[int, bool]:
    """How many of the segment's first words are a row label, or the first words of one wrapped
    over lines ("Verantwoordelijke" / "ministers"); and whether that label is whole. (0, False): none."""
    if vocabulary is None:
        return 0, False
    words = [_fold(w["text"]).rstrip(":") for w in segment.words]  # "Status actie: Lopende" too
    best = (0, False)
    for label in vocabulary.row_labels:
        parts = _fold(label).split()
        n = min(len(parts), len(words))
        if words[:n] == parts[:n] and (n == len(parts) or n == len(words)):
            best = max(best, (n, n == len(parts)))
    return best


def _label_complete(text: str, vocabulary: TableVocabulary | None) -> bool:
    """The text is a whole row label of the vocabulary, and no longer label goes on from it."""
    if vocabulary is None:
        return False
    folded = _fold(text)
    labels = [_fold(label) for label in vocabulary.row_labels]
    return folded in labels and not any(label != folded and label.startswith(folded) for label in labels)


def _label_cut_short(segment: Line, n_label: int, vocabulary: TableVocabulary | None) -> bool:
    """The segment's label words are a longer label with its last word cut short ("Beleidsdomein" of
    "Beleidsdomeinen"): a producer breaks a word too wide for its column where it must, without a hyphen."""
    if vocabulary is None or not n_label:
        return False
    words = [_fold(w["text"]).rstrip(":") for w in segment.words[:n_label]]
    for label in vocabulary.row_labels:
        parts = _fold(label).split()
        cut = len(parts) >= n_label and parts[n_label - 1] != words[-1] and parts[n_label - 1].startswith(words[-1])
        if cut and parts[: n_label - 1] == words[:-1]:
            return True
    return False


def _rejoin_label(text: str, vocabulary: TableVocabulary | None) -> str:
    """A first cell that is a row label of the vocabulary once the spaces of words broken without a hyphen
    are removed ("Verantwoordeli jke ministers", "Beleidsdomein en"): the label as one word per word.

    A narrow label column makes a producer break a word that does not fit it mid-word; the line break
    reads as a space. Only a cell that is wholly one label is rejoined, so a value is never touched."""
    if vocabulary is None or not text or "\n" in text or len(text) > 60:
        return text
    tokens = text.replace(MAYBE_BROKEN, " ").split(" ")
    folded = [_fold(t) for t in tokens]
    for label in vocabulary.row_labels:
        parts = _fold(label).split()
        if folded == parts or len(tokens) <= len(parts):
            continue
        words: list[str] = []
        k = 0
        for part in parts:
            word, got = "", ""
            while k < len(tokens) and part.startswith(got + folded[k]):
                word, got = word + tokens[k], got + folded[k]
                k += 1
                if got == part:
                    break
            if got != part:
                break
            words.append(word)
        else:
            if k == len(tokens):
                return " ".join(words)
    return text


def _aligned_rows(
    lines: list[Line],
    page_no: int,
    table_base: int,
    vocabulary: TableVocabulary | None = None,
    carried: Carry | None = None,
    rules: tuple[float, ...] = (),
    centred: bool = False,
    row_starts: tuple[float, ...] = (),
    header_columns: tuple[float, ...] = (),
    centred_rows: tuple[tuple[float, float], ...] = (),
) -> tuple[list[_Item], list[Line], int, Carry | None]:
    """Tables without rulings, read from alignment and, where given, the document's vocabulary.

    A line of two or more segments opens a table whose columns start at the segments' left
    edges. Two kinds of line fix the columns instead of guessing them from one row:
    - a header row whose cells are the vocabulary's column names ("Bevoegdheden | Beschrijving
      | Budget"): its cells' left edges are the columns of every row under it, also on the next
      pages (``carried``), until the next header or row label. Under a header a row opens only
      where the first column gets text again (cells are top-aligned: a new row starts there);
      white space inside the other columns is paragraph spacing, not a new row;
    - a row label of the vocabulary ("Status actie", "Verantwoordelijke" / "ministers" wrapped)
      at the left: it opens a row of a label | value block; value-column lines go on in it.
    Without vocabulary (or between such tables): cells of one row start on the same line; a row
    ends where the white space to the next line is wider than a line's own height (row padding).
    A single line at the left margin that would open a row ends the table (it is body text:
    "Rapportage", a heading).
    Horizontal rules (``rules``, a table drawn without verticals) end a row where they lie; a row that
    starts a space between two rules takes all of that space's lines, whatever their white space.
    Where cells were ``centred`` in their rows (``_top_aligned`` moved them), a label | value row can
    start without its label (it lies lower): a label centred beside its value's first lines joins them.
    A line on the document's ``header_columns`` (``_header_columns``) with no table open opens one with those
    columns, as under its header: a page can print a table without its header row.
    A row a centred cell was found centred in (``centred_rows``) is one row: no row white inside it ends it."""
    first_in_space: dict[int, float] = {}
    for line in lines:
        first_in_space.setdefault(_interval(rules, line), line.top)
    heights = [ln.bottom - ln.top for ln in lines]
    row_gap = 0.9 * statistics.median(heights) if heights else 8.0
    pitch = _column_pitch(lines)
    line_pitch = _line_pitch(lines)
    items: list[_Item] = []
    body: list[Line] = []
    table = table_base - 1 if carried is None else table_base
    row: _OpenRow | None = None
    fixed: list[float] | None = list(carried.anchors) if carried else None  # columns a header or label fixed
    edges: list[float] = list(carried.edges) if carried else []  # where the rows under ``fixed`` start cells
    labelled = carried.labelled if carried else False
    last_in_table = False
    header_top = -1e9
    label_gap = 1e9  # least distance seen (top to top) from one row's last line to the next row of the current table

    def close() -> None:
        nonlocal row
        if row is not None:
            cell_lines = [sorted(c, key=lambda ln: ln.top) for c in row.cells]
            block = Block("row", cells=tuple(_paragraphs(c) for c in cell_lines), page=page_no)
            first_here = carried is not None and table == table_base and not any(it.block.kind == "row" for it in items)
            columns = tuple(round(a) for a in row.anchors)
            open_end = tuple(_ends_open(c) for c in cell_lines)
            items.append(_Item(row.top, row.bottom, block, table, columns, first_here, open_end=open_end))
        row = None

    def open_row(anchors: list[float], line: Line) -> _OpenRow:
        space = _interval(rules, line)
        fills = _closed(rules, space) and abs(first_in_space[space] - line.top) < 0.5
        return _OpenRow(list(anchors), [[] for _ in anchors], line.top, line.bottom, space=space, fills_space=fills)

    def add(segments: list[Line]) -> None:
        for seg in segments:
            row.cells[_column(row.anchors, seg.x0)].append(seg)
        row.bottom = max(row.bottom, max(seg.bottom for seg in segments))
        row.label_open = _column(row.anchors, segments[0].x0) == 0
        row.last_top = min(seg.top for seg in segments)  # the line's: a centred label can stand below its value
        for seg in segments:
            row.col_tops[_column(row.anchors, seg.x0)] = seg.top
        if row.label_open:
            row.last_left = segments[0].top
            row.left_font = _font(segments[0])

    def end_table() -> None:
        nonlocal fixed, labelled, label_gap, edges
        close()
        fixed, labelled, label_gap, edges = None, False, 1e9, []

    for line in lines:
        segments = _segments(line)
        if fixed is not None and table < table_base:
            table = table_base  # a carried table keeps going on this page
        if row is not None and rules and _interval(rules, line) != row.space:
            if _overflows(row, line, segments, rules):
                add(segments)  # past the row's bottom rule at the page's foot: more of its text
                last_in_table = True
                continue
            close()  # a rule lies between: the row ended there
        if fixed is not None:
            # A label overflowing up to its value's first word must not read as a longer label
            # ("Verantwoordelijke" + "Minister van Welzijn": not "Verantwoordelijke minister" + "van Welzijn").
            segments = _cut_at_edges(segments, fixed, touching_only=True)
        n_label, whole_label = _label_words(segments[0], vocabulary)
        header = _header_cells(segments, vocabulary)
        if header is not None:
            segments = header
            end_table()
            table += 1
            fixed = [seg.x0 for seg in segments]
            header_top = line.top
            row = open_row(fixed, line)
            add(segments)
            first_on_page = carried is not None and not any(it.block.kind == "row" for it in items)
            close()
            items[-1].carried = first_on_page  # a header repeated at the top of a page the table goes on over
            last_in_table = True
            continue
        in_labels = labelled and fixed is not None and abs(segments[0].x0 - fixed[0]) <= ANCHOR_TOLERANCE
        if n_label and (len(segments) >= 2 or in_labels):
            # A label centred beside its value (middle alignment): the value's first lines came before
            # it, closer than two rows of the block stand. They are the label's row.
            centred_label = (
                centred
                and in_labels
                and row is not None
                and row.after_white
                and not any(row.cells[0])
                and not _after_row_white(line.top - row.last_top, pitch, label_gap)
            )
            if not in_labels:
                end_table()
                table += 1
                fixed, labelled = [segments[0].x0, segments[1].x0], True
            elif row is not None and not centred_label:
                label_gap = min(label_gap, line.top - row.last_top)  # the white space between this block's rows
            if not centred_label:
                close()
                row = open_row(fixed, line)
            row.label_wraps = not whole_label or _label_cut_short(segments[0], n_label, vocabulary)
            if len(segments) == 1 and len(segments[0].words) > n_label:
                # "Status actie Lopende" on one line: the label, then its value.
                words = segments[0].words
                label, value = words[:n_label], words[n_label:]
                row.cells[0].append(Line(line.top, line.bottom, label[0]["x0"], label[-1]["x1"], label))
                row.cells[1].append(Line(line.top, line.bottom, value[0]["x0"], value[-1]["x1"], value))
            else:
                add(segments)
            last_in_table = True
            continue
        if row is not None and row.fills_space:
            add(_split_at(line, row.anchors))  # between the row's rules: more of its cells
            last_in_table = True
            continue
        if fixed is None and row is None and _on_columns(segments, header_columns):
            # A table that opens on the document's header columns without its header row (a page that does
            # not print it): those columns, as under the header.
            table += 1
            fixed, labelled, header_top = list(header_columns), False, line.top
        if fixed is not None:
            segments = _split_at(line, fixed, edges)  # the fixed columns cut the line, whatever its white space
            columns = {_column(fixed, seg.x0) for seg in segments}
            starts_row = not labelled and any(abs(line.top - t) < 0.5 for t in row_starts)
            if starts_row:
                close()  # a row starts here (``_top_aligned``), with or without its first cell
            if (
                0 in columns
                and len(columns) >= 2
                and not labelled
                and (row is None or all(_afresh(row, c, segments, fixed, line.top, pitch, line_pitch) for c in columns))
            ):
                # Every cell on this line starts afresh, the first one too: a new row. (The first cell's text
                # does not follow its last line; the others start a paragraph at least: rows can stand as
                # close as a cell's paragraphs.)
                if _matches(fixed, segments):
                    label_gap = min(label_gap, line.top - (row.last_top if row is not None else header_top))
                    close()
                    row = open_row(fixed, line)
                    edges = _text_edges(edges, fixed, segments)
                    add(segments)
                    last_in_table = True
                    continue
                end_table()
            elif 0 in columns:
                # More of the first cell (a wrapped label, a competence's next paragraph) when it
                # follows that cell's last line closely; else what follows the table.
                close_by = (
                    row is not None
                    and row.label_wraps
                    and line.top - row.last_left <= (1.6 if labelled else 1.45) * pitch
                )
                lone_at_foot = (
                    not close_by
                    and line is lines[-1]
                    and row is not None
                    and not labelled
                    and len(segments) == 1
                    and _font(line) == row.left_font
                    and _within_first_column(segments[0], fixed)
                )
                if (
                    row is None and not labelled and (line.top - header_top <= 2.2 * pitch or starts_row)
                ) or lone_at_foot:
                    # A first cell alone: its row's other cells start on the next page.
                    close()
                    row = open_row(fixed, line)
                    close_by = True
                if close_by and (len(segments) == 1 or _matches(fixed, segments)):
                    add(segments)
                    if labelled and _label_complete(" ".join(seg.text for seg in row.cells[0]), vocabulary):
                        row.label_wraps = False  # "Andere" / "betrokkenen": a line under it is not more of it
                    last_in_table = True
                    continue
                end_table()
                if len(segments) == 1:
                    body.append(line)
                    last_in_table = False
                    continue
            elif _matches(fixed, segments) or len(segments) == 1:
                gap = line.top - row.last_top if row is not None else 0.0
                after_white = (
                    labelled
                    and _after_row_white(gap, pitch, label_gap)
                    and not _in_centred_row(row, line, centred_rows)
                )
                if after_white:
                    close()  # after a row's white space: a row whose label went to the next page (or lies lower)
                if row is None:
                    row = open_row(fixed, line)  # a row without first cell, or one going on from the last page
                    row.after_white = after_white
                add(segments)  # more lines of the row's other cells
                last_in_table = True
                continue
            else:
                end_table()
        if row is not None:
            segments = _split_at(line, row.anchors)  # the open row's columns cut a narrow column gap too
        within = row is not None and line.top - row.bottom < row_gap
        if row is not None and len(segments) >= 2 and not _matches(row.anchors, segments):
            close()  # columns elsewhere: another table
            within = False
        if row is None:
            if len(segments) >= 2:
                table += 1
                row = open_row([seg.x0 for seg in segments], line)
            else:
                body.append(line)
                last_in_table = False
                continue
        elif not within:
            if len(segments) == 1 and _column(row.anchors, segments[0].x0) == 0:
                close()  # back at the margin after a gap: the table is over
                body.append(line)
                last_in_table = False
                continue
            anchors = row.anchors
            close()
            row = open_row(anchors, line)
        add(segments)
        last_in_table = True
    carry = Carry(tuple(fixed), labelled, tuple(edges)) if fixed is not None and last_in_table else None
    close()
    return items, body, table - table_base + 1, carry


def _in_centred_row(row: _OpenRow | None, line: Line, centred_rows: tuple[tuple[float, float], ...]) -> bool:
    """The open row starts a row a centred cell was found centred in, and the line starts inside that row:
    the white before it is a cell's paragraph spacing (x02 3.2: six ministers a paragraph each beside their
    label, centred), which can be nearly as wide as a row's padding, not the white between two rows."""
    return row is not None and any(abs(row.top - top) <= 2 and line.top < bottom - 2 for top, bottom in centred_rows)


def _column_steps(lines: list[Line]) -> list[list[float]]:
    """Per column (lines starting at one left edge), the steps from each line to the next one starting there."""
    steps: dict[int, list[float]] = {}  # left edge (whole points) → its lines' steps
    last_top: dict[int, float] = {}  # left edge → the top of the last line starting there
    for line in lines:
        key = next((k for k in last_top if abs(k - line.x0) <= 2), round(line.x0))
        if 0 < line.top - last_top.get(key, -1e9) < 40:
            steps.setdefault(key, []).append(line.top - last_top[key])
        last_top[key] = line.top
    return list(steps.values())


def _column_pitch(lines: list[Line]) -> float:
    """The pitch lines and paragraphs step by: of the lines that start where the line before them in their column
    does, the column whose lines stand closest (its median step); where no column has two steps, the lines in order.

    Cells centred in their rows and moved to the row's top (``_top_aligned``) interleave with the lines of
    the other columns, so the pitch of the page's lines in order can be half a line (w01 4.7: competences
    16 pt apart beside a description of 12.5 pt); a column of one line per row steps from row to row."""
    medians = [statistics.median(found) for found in _column_steps(lines) if len(found) >= 2]
    if medians:
        return min(medians)
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if 0 < b.top - a.top < 40]
    return statistics.median(pitches) if pitches else 12.0


def _line_pitch(lines: list[Line]) -> float:
    """The pitch of a paragraph's lines: the least step that recurs in a column (two steps within
    ``PITCH_TOLERANCE``), the least of the columns; else ``_column_pitch``. A column's median is no line pitch where
    its cells are short: the steps between rows and paragraphs, a little wider than a line, outnumber those inside
    a cell (t02 p. 37: values 9.8 pt apart, rows 10.7 and 11.8)."""
    found = [step for step in map(_least_recurring, _column_steps(lines)) if step is not None]
    return min(found) if found else _column_pitch(lines)


def _least_recurring(steps: list[float]) -> float | None:
    """The least step that occurs twice (within ``PITCH_TOLERANCE``): the mean of those two, or None."""
    ordered = sorted(steps)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b - a <= PITCH_TOLERANCE:
            return (a + b) / 2
    return None


def _after_row_white(gap: float, pitch: float, label_gap: float) -> bool:
    """A line this far (``gap``, top to top) below the last one of a label | value block starts a new row:
    further than lines of one cell stand (``pitch``), and about as far as the block's rows (``label_gap``)."""
    return gap > 1.8 * pitch or gap > 1.2 * pitch and gap >= 0.9 * label_gap


def _within_first_column(segment: Line, anchors: list[float]) -> bool:
    """The run ends before the second column starts, as a first cell's text does: a run across that edge
    is text after the table ("Actie 6.4: Uitwerken van …" as a page's last line under a frame, fpdf2)."""
    return len(anchors) < 2 or segment.x1 < anchors[1]


def _overflows(row: _OpenRow, line: Line, segments: list[Line], rules: tuple[float, ...]) -> bool:
    """The line runs on from the row past its bottom rule, the page's last: a row that may not split over
    pages and does not fit its page overflows its border there (LibreOffice) instead of going on. It
    has no text in the first column and goes on in lower case."""
    return (
        row.space == len(rules) - 1
        and _interval(rules, line) == len(rules)
        and _column(row.anchors, segments[0].x0) > 0
        and segments[0].words[0]["text"][:1].islower()
    )


def _afresh(
    row: _OpenRow, c: int, segments: list[Line], anchors: list[float], top: float, pitch: float, line_pitch: float
) -> bool:
    """Column c starts afresh on the line at ``top``: the first column after white space in it (or after
    paragraph spacing, level with the other cells); a column after the first where a paragraph starts
    (rows can stand as close as a cell's paragraphs), or (packed without row padding) with a capital after
    its last line ended a sentence."""
    gap = top - row.col_tops.get(c, -1e9)
    if gap > (pitch + 1.5 if c else 1.45 * pitch):
        return True
    if c == 0:
        # Rows packed as close as a competence list's paragraphs: the first cell's text after more than a
        # line's pitch (``line_pitch``: a page of short cells steps mostly from row to row), on the very top of
        # the other cells' text (cells of one row start level).
        tops = [seg.top for seg in segments]
        return gap > line_pitch + 1.5 and max(tops) - min(tops) <= 0.5
    if not row.cells[c]:
        return False
    first = next((seg.words[0]["text"] for seg in segments if _column(anchors, seg.x0) == c), "")
    return bool(re.search(r"[.!?]$", row.cells[c][-1].text)) and first[:1].isupper()


def _font(line: Line) -> tuple[str, int]:
    w = line.words[-1]
    return w.get("fontname", ""), round(w.get("size", 0))


def _body_groups(lines: list[Line], vocabulary: TableVocabulary | None = None, right: float = 0.0) -> list[list[Line]]:
    """Body lines → paragraphs: a new one after a larger gap, at a bullet, after a short line, or at
    a row label of the vocabulary ("Status actie Lopende" printed as a line under a description)."""
    if not lines:
        return []
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if 0 < b.top - a.top < 40]
    pitch = statistics.median(pitches) if pitches else 14.0
    right = max(right, max(ln.x1 for ln in lines))
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        gap = line.top - prev.top
        starts_item = line.words[0]["text"] in BULLETS
        first = line.words[0]
        # The next line's first word would have fitted on the previous line: that one ended a paragraph.
        short_prev = prev.x1 + 4 + (first["x1"] - first["x0"]) < right - 2
        new_font = _font(prev) != _font(line)  # a heading and the text under it
        n_label, whole = _label_words(line, vocabulary)
        # Labels are capitalised: "beleidsdomeinen (KB, OV)" wrapped to a line start is not one.
        labelled = n_label and (whole or n_label == len(line.words)) and first["text"][:1].isupper()
        if gap > pitch + 1.5 or starts_item or short_prev or new_font or labelled:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _pdf_error(exc: Exception) -> ReadError:
    """pdfplumber wraps pdfminer's errors (PdfminerException(cause)): name the cause, say what to do."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(cause, PDFPasswordIncorrect) or any(w in str(cause).lower() for w in ("password", "encrypt")):
        return ReadError("the PDF is password-protected; save or print an unprotected copy and run that")
    return ReadError(f"a damaged or truncated PDF ({cause.__class__.__name__}); download or export the PDF again")


def _scans_pdfplumber(path: Path) -> list[_PageScan]:
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _pdf_error(exc) from exc
    with pdf:
        try:
            scans = []
            for page in pdf.pages:
                scans.append(_scan(page))
                page.close()  # frees the page's parsed objects: memory stays flat over long reports
        except Exception as exc:
            raise _pdf_error(exc) from exc
    return scans


def _scans_pdfium(path: Path) -> list[_PageScan]:
    import pypdfium2

    from pipeline.read.pdfium_scan import scan

    try:
        return [_PageScan(words, height, rows, rules) for words, height, rows, rules in scan(str(path))]
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower() or getattr(exc, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise ReadError("the PDF is password-protected; save or print an unprotected copy and run that") from exc
        raise ReadError(
            f"a damaged or truncated PDF ({' '.join(str(exc).split())[:80]}); download or export the PDF again"
        ) from exc


BACKENDS = dict(zip(PDF_BACKENDS, (_scans_pdfium, _scans_pdfplumber), strict=True))


def read_pdf(path: Path, backend: str = DEFAULT_PDF_BACKEND, vocabulary: TableVocabulary | None = None) -> Document:
    """Reads a PDF. Backend "pdfium" (default, ~8× faster) or "pdfplumber" (the caller's choice:
    ``Settings.pdf_backend``, which ``Settings.from_environment`` takes from RAPPORTAGE_PDF_BACKEND).

    Both give the same words and ruled cells to the same layout code below; the tests check that
    every rendition parses identically with either."""
    if backend not in BACKENDS:
        raise ReadError(f"unknown PDF backend {backend!r}; use one of {', '.join(BACKENDS)}")
    scans = BACKENDS[backend](path)
    pages_lines = [_lines(scan.words) for scan in scans]
    if not any(pages_lines):
        raise ReadError("the PDF has no text layer (a scan?); run OCR on it first")
    heights = [scan.height for scan in scans]
    furniture = _furniture(pages_lines, heights)
    # (Without the running headers and footers: a header row at a page's foot stands above its footer.)
    body_lines = [
        [ln for ln in lines if not _is_furniture(ln, height, furniture, page_lines=lines)]
        for lines, height in zip(pages_lines, heights, strict=True)
    ]
    document = DocumentLayout(
        row_white=_header_white(body_lines, vocabulary), header_columns=_header_columns(body_lines, vocabulary)
    )
    pages: list[list[_Item]] = []
    carry: Carry | None = None
    cut_cells: tuple[tuple[float, float], ...] = ()
    for i, scan in enumerate(scans):
        items, _, carry = _page_items(scan, furniture, i + 1, i * 100, vocabulary, carry, document, cut_cells)
        cut_cells = _cells_at_foot(scan, items)
        pages.append(items)
    # The self-check's text: every line of every page as printed, before any table reading.
    page_texts = tuple("\n".join(ln.text for ln in lines) for lines in pages_lines)
    blocks = _settle_dashes(_mend_words(_stitch(pages, vocabulary), page_texts))
    return Document(blocks, len(scans), "pdf", page_texts)


def _header_white(pages_lines: list[list[Line]], vocabulary: TableVocabulary | None) -> float | None:
    """The white space between the vocabulary's header rows and the text under them, as most of the
    document's tables give it: the white between two rows (the cells' padding), for rows the producer
    draws no line between. (A row cut by the page break under its header can stand lower.)"""
    if vocabulary is None or not vocabulary.column_headers:
        return None
    firsts = {_fold(header[0]).split()[0] for header in vocabulary.column_headers}
    whites = []
    for lines in pages_lines:
        for line, below in zip(lines, lines[1:], strict=False):
            header = _fold(line.words[0]["text"]) in firsts and _header_cells(_segments(line), vocabulary) is not None
            if header and below.top > line.bottom:
                whites.append(below.top - line.bottom)
    return statistics.median(whites) if whites else None


def _header_columns(pages_lines: list[list[Line]], vocabulary: TableVocabulary | None) -> tuple[float, ...]:
    """The left edges of the cells of the vocabulary's header rows, as most of the document's header rows
    give them (whole points): the columns of its tables, also where a page prints a table without its header."""
    if vocabulary is None or not vocabulary.column_headers:
        return ()
    firsts = {_fold(header[0]).split()[0] for header in vocabulary.column_headers}
    seen: Counter[tuple[float, ...]] = Counter()
    for lines in pages_lines:
        for line in lines:
            cells = _header_cells(_segments(line), vocabulary) if _fold(line.words[0]["text"]) in firsts else None
            if cells is not None:
                seen[tuple(round(seg.x0, 1) for seg in cells)] += 1
    return seen.most_common(1)[0][0] if seen else ()


def _on_columns(segments: list[Line], columns: tuple[float, ...]) -> bool:
    """A line of two or more segments that start on the columns, the first on the first column."""
    return (
        len(columns) >= 2
        and len(segments) >= 2
        and abs(segments[0].x0 - columns[0]) <= ANCHOR_TOLERANCE
        and all(any(abs(seg.x0 - x) <= ANCHOR_TOLERANCE for x in columns) for seg in segments)
    )


def _stitch(pages: list[list[_Item]], vocabulary: TableVocabulary | None = None) -> list[Block]:
    """Joins the pages' items; a table row cut by a page break becomes one row again.

    A row was cut when the previous page ends with a table row that reaches the foot
    of the text area and the next page opens with a table (its repeated header row,
    if any, is dropped): the first row there continues the cut row, cell by cell."""
    # The text area's foot: where most pages end (one line overflowing a cell must not move it).
    foot = statistics.median([max(it.bottom for it in items) for items in pages if items] or [0.0])
    blocks: list[Block] = []
    open_end: tuple[bool, ...] = ()  # of blocks[-1]: which of its cells' last words may go on (``_ends_open``)
    previous_last: _Item | None = None
    for items in pages:
        cut = previous_last is not None and previous_last.block.kind == "row" and previous_last.bottom >= foot - 30
        # The reader carried the table's columns onto this page: it goes on here, wherever it ended there.
        cut = cut or (
            previous_last is not None and previous_last.block.kind == "row" and any(it.carried for it in items[:2])
        )
        for n, item in enumerate(items):
            b = item.block
            if n == 0 and blocks and _paragraph_goes_on(previous_last, blocks[-1], b, foot):
                blocks[-1] = replace(blocks[-1], text=_join_line(blocks[-1].text, b.text))
                continue
            # Only the same table goes on: a table of another shape on the new page is a new one.
            cut = cut and _same_geometry(item, previous_last)
            if (
                cut
                and n == 0
                and b.kind == "row"
                and blocks
                and _looks_like_header(b.cells)
                and len(items) > 1
                and items[1].block.kind == "row"
                and _is_header_of(b.cells, blocks)
            ):
                continue  # the header row repeated on the new page
            # A new row of the same table starts with its first cell; a cut row's rest has an
            # empty first cell or one that goes on in lower case ("Verantwoordelijke" / "ministers").
            goes_on = b.kind == "row" and (not b.cells[0] or b.cells[0][:1].islower())
            # A table whose columns the reader carried over: its first row here continues the last
            # one there when either lacks its first cell (the label can go over to the new page), or
            # when that one has nothing but its first cell (the other cells all went over).
            goes_on = goes_on or (
                (item.carried or cut)
                and blocks
                and blocks[-1].kind == "row"
                and (not blocks[-1].cells[0] or not any(blocks[-1].cells[1:]))
            )
            # A cell that stops mid-sentence at the foot of the page and goes on in lower case at the
            # top of the next: the same row, whatever its first cell holds (a competence list cut
            # at the break: "Onderwijs" there, "Welzijn" here).
            goes_on = goes_on or (
                cut
                and b.kind == "row"
                and blocks
                and blocks[-1].kind == "row"
                and _cell_goes_on(blocks[-1].cells, b.cells)
            )
            # Rulings that run on through the break, with no border there, say so outright.
            goes_on = goes_on or (
                item.open_side in ("top", "both")
                and previous_last is not None
                and previous_last.open_side in ("bottom", "both")
            )
            # A header row the vocabulary names stands alone: a row under it at the top of the next page
            # is the table's first row, not the header's rest.
            goes_on = goes_on and not (
                blocks and blocks[-1].kind == "row" and _names_columns(blocks[-1].cells, vocabulary)
            )
            if (cut or item.carried) and goes_on and blocks and blocks[-1].kind == "row" and _opens_page(items, n):
                blocks[-1] = _merge_rows(blocks[-1], b, open_end)
                open_end = tuple(
                    (item.open_end[i] if i < len(item.open_end) else False)
                    if i < len(b.cells) and b.cells[i]
                    else (open_end[i] if i < len(open_end) else False)
                    for i in range(len(blocks[-1].cells))
                )
                continue
            blocks.append(b)
            open_end = item.open_end
        if items:
            previous_last = items[-1]
    # A first cell that is a label broken mid-word: the label again (after the stitch, which may join it).
    return [
        b
        if b.kind != "row" or _rejoin_label(b.cells[0], vocabulary) == b.cells[0]
        else replace(b, cells=(_rejoin_label(b.cells[0], vocabulary), *b.cells[1:]))
        for b in blocks
        if b.kind != "row" or any(b.cells)
    ]


def _paragraph_goes_on(last: _Item | None, before: Block, block: Block, foot: float) -> bool:
    """A page opens with the rest of the paragraph the page before ended in: that one reaches the foot of
    the text area unfinished (no sentence end) and this one opens in lower case ("Andere betrokkenen: …,
    MSC Ahlan" / "vzw", fpdf2's ``write`` going on over the break)."""
    return (
        last is not None
        and last.bottom >= foot - 30
        and before.kind == block.kind == "paragraph"
        and bool(before.text)
        and not _ENDS_SENTENCE.search(before.text)
        and block.text[:1].islower()
    )


def _names_columns(cells: tuple[str, ...], vocabulary: TableVocabulary | None) -> bool:
    """The row's cells are the column names of one of the vocabulary's header rows."""
    return vocabulary is not None and any(
        [_fold(c) for c in cells] == [_fold(h) for h in header] for header in vocabulary.column_headers
    )


def _cell_goes_on(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """A cell after the first ends unfinished in ``before`` and goes on in lower case in ``after``."""
    return any(
        left and right[:1].islower() and not re.search(r"[.:;!?)]$", left)
        for left, right in zip(before[1:], after[1:], strict=False)
    )


def _same_geometry(item: _Item, other: _Item | None) -> bool:
    if other is None or len(item.columns) != len(other.columns):
        return False
    # Within a cell's padding: a ruled row gives its box edges, a row read from alignment its text edges.
    return all(abs(a - b) <= 6 for a, b in zip(item.columns, other.columns, strict=True))


def _is_header_of(cells: tuple[str, ...], blocks: list[Block]) -> bool:
    """The row equals the last header-like row of the table being continued."""
    for b in reversed(blocks):
        if b.kind != "row":
            return False
        if b.cells == cells:
            return True
    return False


def _opens_page(items: list[_Item], n: int) -> bool:
    """Item n is the first row on its page, apart from a dropped repeated header."""
    return all(it.block.kind == "row" and _looks_like_header(it.block.cells) for it in items[:n]) and (n == 0 or n == 1)


def _merge_rows(first: Block, rest: Block, open_end: tuple[bool, ...] = ()) -> Block:
    """``open_end``: which of ``first``'s cells end in a word that may go on (``_ends_open``)."""
    cells = list(first.cells)
    for i, part in enumerate(rest.cells):
        if i >= len(cells):
            cells.append(part)
        elif part:
            cells[i] = _join_cell(cells[i], part, i < len(open_end) and open_end[i])
    return Block("row", cells=tuple(cells), page=first.page if first.cells[0] or not rest.cells[0] else rest.page)


def _join_cell(left: str, right: str, open_end: bool = False) -> str:
    if not left:
        return right
    if _address_continued(left, right):
        return left + right  # a web address holds no space, over the page break too
    if right.startswith(OPEN_DASH):
        # A dash opening the page's part of the cell: it goes on the sentence the page before left open
        # (r01 4.3 "(15 jan 2017" / "– 12 jan 2020)"), or it marks a list item.
        first, _, rest = right.partition("\n")
        if _dash_goes_on(left.rsplit("\n", 1)[-1], rest.split(None, 1)[0] if rest.strip() else ""):
            return left + " " + right[len(OPEN_DASH) :]
        right = "\n".join([_as_item(first), rest]) if rest else _as_item(first)
    # A word the page break may have cut (``open_end``): decided with the others (``_mend_words``); a
    # capital opens a paragraph as before.
    if open_end and _may_break(left.rsplit(None, 1)[-1], right) and not right[0].isupper():
        return left + MAYBE_BROKEN + right
    # Cut mid-paragraph: the next part starts in lower case after an unfinished line.
    if right[:1].islower() and not _ENDS_SENTENCE.search(left):
        return _join_line(left, right)
    return left + "\n" + right


def _looks_like_header(cells: tuple[str, ...]) -> bool:
    """A short one-line label per cell."""
    return all(c and "\n" not in c and len(c) < 40 for c in cells)
