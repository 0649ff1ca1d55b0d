"""Fast page scan with pypdfium2: words with their boxes, and the table grid drawn by ruling lines.

Owns: the pypdfium2 backend's words, boxes and ruling lines, as small pure functions.

pdfium reads a page's characters ~30× faster than pdfminer (which pdfplumber builds on). This module
gives the PDF reader the same two things pdfplumber gave it: words (text, box, font size and weight)
and, where rulings exist, table rows with their cell boxes. Coordinates are pdfplumber's: points from
the top-left corner.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

X_TOLERANCE = 1.5  # characters closer than this form one word (as pdfplumber's x_tolerance)
Y_TOLERANCE = 3.0
SNAP = 3.0  # rulings this close count as one line, and as touching


@dataclass(frozen=True)
class Segment:
    """A horizontal (y fixed) or vertical (x fixed) ruling, in top-left coordinates."""

    at: float
    start: float
    end: float


def font_name(name: str) -> str:
    """A font's name without the subset tag ("BAAAAA+DejaVuSans-Bold" → "DejaVuSans-Bold"): both backends
    give the same name, which tells bold from regular where a font declares no weight."""
    return name[7:] if len(name) > 7 and name[6] == "+" and name[:6].isupper() and name[:6].isalpha() else name


class _FontNames(dict):
    """pdfium's font name (bytes) → ``font_name`` of it, each worked out once."""

    def __missing__(self, raw: bytes) -> str:
        self[raw] = name = font_name(raw.decode("latin-1"))
        return name


def words_of(textpage, height: float) -> list[dict]:  # pdfium PdfTextPage
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    if len(text) != n:  # characters outside the BMP: ask one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n))
    # pdfium marks a hyphen it finds at a line end as U+FFFE: it is the printed "-".
    text = text.replace("\ufffe", "-")
    words: list[dict] = []
    current: dict | None = None
    previous_left = 0.0
    x, y = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(128)
    font_info, raw, names = pdfium_c.FPDFText_GetFontInfo, textpage.raw, _FontNames()  # (the hottest loop)
    is_generated, loose_box, box = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FS_RECTF()
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\x00":
            # White pdfium made up (no glyph in the page: a break it guesses between two text pieces a
            # producer wrote separately, "bestuurlijk" + "e") ends a word only where the glyphs' boxes
            # say so, as for pdfplumber; a space the page holds always does.
            if not is_generated(raw, i):
                current = None
            continue
        # The glyph's advance, not its ink (``textpage.get_charbox(i, loose=True)`` without a new box per glyph).
        if not loose_box(raw, i, box):
            raise pdfium.PdfiumError("Failed to get charbox.")
        left, right = box.left, box.right
        # Top and bottom from the baseline and the font size, like a font's box: the same for every
        # glyph on a line (glyph boxes differ between "a" and "A", which would split lines).
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, x, y)
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
        top, bottom = height - y.value - 0.8 * size, height - y.value + 0.2 * size
        # A character left of the previous one starts a word, as in pdfplumber (text overflowing its cell
        # overprints the next cell's).
        if current is not None and (
            left - current["x1"] > X_TOLERANCE
            or left < previous_left - X_TOLERANCE
            or abs(top - current["top"]) > Y_TOLERANCE
        ):
            current = None
        previous_left = left
        if current is None:
            current = {
                "text": ch,
                "x0": left,
                "x1": right,
                "top": top,
                "bottom": bottom,
                "size": round(size, 1),
                "fontname": names[name.value] if 0 < font_info(raw, i, name, 128, None) <= 128 else "",
            }
            words.append(current)
        else:
            current["text"] += ch
            current["x1"] = max(current["x1"], right)
            current["bottom"] = max(current["bottom"], bottom)
    return words


Box = tuple[float, float, float, float]


PATH_DEPTH = 3  # path objects are looked for on the page and in forms (XObjects) nested at most two deep


def _path_objects(parent, in_form: bool = False, level: int = 0) -> Iterator:  # raw FPDF_PAGEOBJECT handles
    """The path objects of a page (``parent``: its raw handle) or of a form object, in the order of pypdfium2's
    ``page.get_objects(filter=[FPDF_PAGEOBJ_PATH], max_depth=PATH_DEPTH)`` and with its errors, on the raw
    handles: that one builds a Python object for each of a page's objects (thousands of glyph runs on a page
    of text) only to skip all but the paths."""
    if in_form:
        count, get = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    else:
        count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    n = count(parent)
    if n < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    kind_of = pdfium_c.FPDFPageObj_GetType
    for i in range(n):
        raw = get(parent, i)
        if not raw:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = kind_of(raw)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield raw
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if level < PATH_DEPTH - 1:
                yield from _path_objects(raw, True, level + 1)
        elif kind == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
            raise pdfium.PdfiumError(
                "Failed to determine pageobject type, did you pass in a valid FPDF_PAGEOBJECT handle?"
            )


def path_boxes(page, height: float) -> tuple[list[Box], list[Box]]:  # pdfium PdfPage
    """The boxes (x0, top, x1, bottom) of a pdfium page's path objects: the stroked and other ones, and the
    rectangles only filled (one rectangle: a ground, or one side of a border drawn as two; ``rulings_with_grounds``)."""
    boxes, fills = [], []
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for raw in _path_objects(page.raw):
        if not pdfium_c.FPDFPageObj_GetBounds(raw, left, bottom, right, top):
            raise pdfium.PdfiumError("Failed to locate pageobject.")
        box = (left.value, height - top.value, right.value, height - bottom.value)
        pdfium_c.FPDFPath_GetDrawMode(raw, mode, stroke)
        # (A rectangle is one subpath of at most five segments: move, three lines and the close, or four lines.)
        rectangle = pdfium_c.FPDFPath_CountSegments(raw) <= 5
        (fills if mode.value and not stroke.value and rectangle else boxes).append(box)
    return boxes, fills


RING = 2.0  # most inset (points) of a filled box inside another that makes the two one border between them


def rulings_with_grounds(boxes: list[Box], fills: list[Box]) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical rulings of ``boxes`` and of the filled rectangles (``rulings_of_boxes``), where a
    filled rectangle as large as a cell or a row is its ground (a shaded header, zebra rows: x01), no border.

    A ground's sides are no column rulings, and its top and bottom separate rows only where drawn lines cross
    them: with no lines drawn, grounds make no table (each shaded row was read as a ruled table of its own), while
    in a ruled table a header row's ground still ends that row where reportlab draws no line under it (r04). A
    line drawn as a thin fill stays a line, and so does a border drawn as a filled box with a hole: another
    filled box inside it, at most ``RING`` in from every side (WeasyPrint's frame, which pdfplumber gives as two
    rectangles and pdfium as one path of ten segments)."""
    by_left = sorted(fills)
    lines, grounds = list(boxes), []
    for i, (x0, top, x1, bottom) in enumerate(by_left):
        ring = x1 - x0 <= 2 or bottom - top <= 2  # a line drawn as a fill
        for left, t, right, b in by_left[i + 1 :]:
            if ring or left - x0 > RING:
                break
            ring = 0 <= t - top <= RING and 0 <= x1 - right <= RING and 0 <= bottom - b <= RING
        (lines if ring else grounds).append(by_left[i])
    horizontal, vertical = rulings_of_boxes(lines)
    edges = [Segment(at, x0, x1) for x0, top, x1, bottom in grounds for at in (top, bottom)]
    ruled = [e for e in edges if any(_crosses(e, v) for v in vertical)]
    return (_merge(horizontal + ruled) if ruled else horizontal), vertical


def rulings(page, height: float) -> tuple[list[Segment], list[Segment]]:  # pdfium PdfPage
    """Horizontal and vertical rulings of a pdfium page's path objects."""
    return rulings_with_grounds(*path_boxes(page, height))


MARK_SIZE = 7.0  # a drawn object no larger than this both ways is a mark (a list bullet), not a ruling
MARK_GAP = 20.0  # most white space (points) between a list bullet and its item's first word


def is_mark(box: tuple[float, float, float, float]) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return w <= MARK_SIZE and h <= MARK_SIZE


def marker_words(boxes: list[tuple[float, float, float, float]], words: list[dict]) -> list[dict]:
    """List bullets drawn as small shapes (a disc, a square) instead of a glyph, as "•" words.

    A mark counts when a word starts just right of it on its line, with no word between: a
    bullet at the hanging indent of a list item. It gets that word's line box, so that the
    lines and paragraphs see it as a bullet glyph, whoever drew it."""
    found: list[dict] = []
    for box in boxes:
        if not is_mark(box) or box[2] - box[0] < 1 or box[3] - box[1] < 1:
            continue
        cy = (box[1] + box[3]) / 2
        on_line = [w for w in words if w["top"] <= cy <= w["bottom"] and w["x1"] > box[0] - 2]
        if not on_line:
            continue
        nearest = min(on_line, key=lambda w: w["x0"])
        if not box[2] <= nearest["x0"] <= box[2] + MARK_GAP:
            continue  # something overlaps the mark, or its text is far away
        found.append(
            {
                "text": "•",
                "x0": box[0],
                "x1": box[2],
                "top": nearest["top"],
                "bottom": nearest["bottom"],
                "size": nearest["size"],
                "fontname": nearest["fontname"],
            }
        )
    return found


def rulings_of_boxes(boxes: list[tuple[float, float, float, float]]) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical rulings from drawn objects' boxes (x0, top, x1, bottom): thin ones are
    lines, the edges of larger ones count too. Shared by both PDF backends, so that they cut the
    same cells."""
    horizontal: list[Segment] = []
    vertical: list[Segment] = []
    for left, top, right, bottom in boxes:
        w, h = right - left, bottom - top
        if w <= MARK_SIZE and h <= MARK_SIZE:
            continue  # a list bullet or another small mark: no ruling
        if h <= 2 and w > 2:
            horizontal.append(Segment((top + bottom) / 2, left, right))
        elif w <= 2 and h > 2:
            vertical.append(Segment((left + right) / 2, top, bottom))
        elif w > 2 and h > 2:
            horizontal += [Segment(top, left, right), Segment(bottom, left, right)]
            vertical += [Segment(left, top, bottom), Segment(right, top, bottom)]
    return _merge(horizontal), _merge(vertical)


def _merge(segments: list[Segment]) -> list[Segment]:
    """Rulings on one line (within SNAP) that touch or overlap become one."""
    # Lines first (positions within SNAP of the previous one), then the segments of each line by
    # their start. (Rounding positions to a SNAP grid would split a line that straddles a grid
    # edge, and merge segments out of order.)
    lines: list[list[Segment]] = []
    for s in sorted(segments, key=lambda s: s.at):
        if lines and s.at - lines[-1][-1].at <= SNAP:
            lines[-1].append(s)
        else:
            lines.append([s])
    merged: list[Segment] = []
    for line in lines:
        run: Segment | None = None
        for s in sorted(line, key=lambda s: s.start):
            if run is not None and s.start <= run.end + SNAP:
                run = Segment(run.at, run.start, max(run.end, s.end))
            else:
                if run is not None:
                    merged.append(run)
                run = s
        merged.append(run)
    return merged


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _crosses(h: Segment, v: Segment) -> bool:
    return h.start - SNAP <= v.at <= h.end + SNAP and v.start - SNAP <= h.at <= v.end + SNAP


def _tables(horizontal: list[Segment], vertical: list[Segment]) -> Iterator[tuple[list[Segment], list[Segment]]]:
    """Groups of rulings that touch each other: one group per table."""
    unseen_h, unseen_v = set(range(len(horizontal))), set(range(len(vertical)))
    while unseen_h:
        group_h, group_v = {unseen_h.pop()}, set()
        grew = True
        while grew:
            grew = False
            for j in list(unseen_v):
                if any(_crosses(horizontal[i], vertical[j]) for i in group_h):
                    group_v.add(j)
                    unseen_v.discard(j)
                    grew = True
            for i in list(unseen_h):
                if any(_crosses(horizontal[i], vertical[j]) for j in group_v):
                    group_h.add(i)
                    unseen_h.discard(i)
                    grew = True
        if group_v:
            yield [horizontal[i] for i in group_h], [vertical[j] for j in group_v]
    # Vertical rulings that no horizontal one touches: the middle page of a row cut over three
    # pages or more, with no border at either break. Side by side, over one height: one band.
    left = sorted((vertical[j] for j in unseen_v), key=lambda v: v.start)
    while left:
        first = left.pop(0)
        group = [first] + [v for v in left if abs(v.start - first.start) <= SNAP and abs(v.end - first.end) <= SNAP]
        left = [v for v in left if v not in group]
        if len(group) >= 2:
            yield [], group


def table_rows(horizontal: list[Segment], vertical: list[Segment]) -> list[tuple]:
    """(table index, row box, cell boxes, open side) per table row, top to bottom, for the PDF reader.

    A row is the band between two neighbouring horizontal rulings; its cells lie between the
    vertical rulings that cross the whole band (so merged cells come out as one wide cell).
    Where the vertical rulings go on past the last horizontal one (or start before the first),
    a row is cut by the page break and its producer drew no border there: that band is a row
    too, open at the "bottom" (or "top", or "both" with no horizontal ruling on the
    page); the others are closed ("")."""
    rows = []
    tables = sorted(
        _tables(horizontal, vertical), key=lambda t: min(x.at for x in t[0]) if t[0] else min(v.start for v in t[1])
    )
    for index, (hs, vs) in enumerate(tables):
        ys = _cluster([h.at for h in hs])
        bands = [(top, bottom, "") for top, bottom in zip(ys, ys[1:], strict=False)]
        first, last = min(v.start for v in vs), max(v.end for v in vs)
        if not ys:
            bands = [(first, last, "both")]
        elif first < ys[0] - 2 * SNAP:
            bands.insert(0, (first, ys[0], "top"))
        if ys and last > ys[-1] + 2 * SNAP:
            bands.append((ys[-1], last, "bottom"))
        for top, bottom, open_side in bands:
            xs = _cluster([v.at for v in vs if v.start <= top + SNAP and v.end >= bottom - SNAP])
            if len(xs) < 2:
                continue
            cells = [(x0, top, x1, bottom) for x0, x1 in zip(xs, xs[1:], strict=False)]
            rows.append((index, (xs[0], top, xs[-1], bottom), cells, open_side))
    return rows


RULE_MIN = 100.0  # a horizontal ruling this long (points) or longer can separate the rows of a table


def row_rules(horizontal: list[Segment], vertical: list[Segment]) -> tuple[float, ...]:
    """The heights of the horizontal rulings that no vertical ruling crosses, top to bottom: a table drawn
    with horizontal rules only, between its rows, gives no cells (``table_rows``), but its rules still
    say where one row ends and the next begins. (The edges of a frame or a grid are crossed by its
    verticals; short lines, such as a link's underline, are left out.)"""
    return tuple(
        sorted(h.at for h in horizontal if h.end - h.start >= RULE_MIN and not any(_crosses(h, v) for v in vertical))
    )


def scan(path: str) -> Iterator[tuple[list[dict], float, list[tuple], tuple[float, ...]]]:
    """Per page: its words, its height, its ruled table rows and its free horizontal rules (``row_rules``)."""
    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            height = page.get_height()
            textpage = page.get_textpage()
            words = words_of(textpage, height)
            boxes, fills = path_boxes(page, height)
            words += marker_words(boxes + fills, words)
            rulings = rulings_with_grounds(boxes, fills)
            rows = table_rows(*rulings)
            textpage.close()
            page.close()
            yield words, height, rows, row_rules(*rulings)
    finally:
        pdf.close()
