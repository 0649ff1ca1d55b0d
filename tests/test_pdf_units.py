"""Unit tests of the PDF reader's geometry functions, one decision each, on hand-made word boxes.

As pdfplumber tests its table finder: a few words and rulings placed by hand (points, top-left origin, as
a backend gives them), passed to one pure function of ``pipeline.read.pdf`` or ``pipeline.read.pdfium_scan``,
and the result compared with what a reader of the page sees. tests/test_pdf_geometry.py runs whole hand-made
pages through the reader; these pin the pieces: stitching a ruled row cut at a page break, the rows of an
unruled table, running headers and footers ("furniture"), and vertically centred cells moved to the top.
"""

from __future__ import annotations

from conftest import words

from pipeline.model import Block, TableVocabulary
from pipeline.read.pdf import (
    _aligned_rows,
    _furniture,
    _is_furniture,
    _Item,
    _lines,
    _mend_words,
    _merge_rows,
    _segments,
    _stitch,
    _top_aligned,
)
from pipeline.read.pdfium_scan import Segment, table_rows

HEIGHT = 842.0  # an A4 page
# Our own small vocabulary, so that these tests do not depend on the report's.
VOCABULARY = TableVocabulary(column_headers=(("Bevoegdheden", "Beschrijving", "Budget"),), row_labels=("Status",))


def placed(*texts_at: tuple[str, float, float]) -> list:
    """The lines of a hand-made page: (text, x, top) for each run of words."""
    return _lines([w for text, x, top in texts_at for w in words(text, x, top)])


def texts(lines: list) -> list[str]:
    return [line.text for line in lines]


# --- stitching a ruled row cut at a page break ------------------------------------------------------------

COLUMNS = (68, 166, 436)  # left edges of the three cells of the ruled table below


def row(
    cells: tuple[str, ...], top: float, bottom: float, open_side: str = "", columns: tuple[int, ...] = COLUMNS
) -> _Item:
    return _Item(top, bottom, Block("row", cells=cells), table_index=0, columns=columns, open_side=open_side)


def test_a_row_open_at_the_foot_and_at_the_head_of_the_next_page_is_one_row():
    header = row(("Bevoegdheden", "Beschrijving", "Budget"), 690, 708)
    page1 = [header, row(("Jeugd", "Het netwerk neemt", ""), 708, 780, "bottom")]
    page2 = [row(("Welzijn", "deel aan de bijeenkomsten.", "5.000 euro"), 60, 120, "top")]
    blocks = _stitch([page1, page2])
    assert [b.cells for b in blocks] == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        # A first cell on both sides of the break: the rulings say it is one row, so both are kept.
        ("Jeugd\nWelzijn", "Het netwerk neemt deel aan de bijeenkomsten.", "5.000 euro"),
    ]
    assert blocks[1].page == page1[1].block.page


def test_a_closed_row_and_a_new_row_on_the_next_page_stay_two_rows():
    page1 = [row(("Bevoegdheden", "Beschrijving", "Budget"), 690, 708), row(("Jeugd", "Een rij.", ""), 708, 780)]
    page2 = [row(("Welzijn", "Een nieuwe rij.", ""), 60, 120)]
    assert [b.cells[0] for b in _stitch([page1, page2])] == ["Bevoegdheden", "Jeugd", "Welzijn"]


def test_a_table_of_another_shape_on_the_next_page_is_a_new_table():
    page1 = [row(("Jeugd", "Het netwerk neemt", ""), 690, 780, "bottom")]
    page2 = [row(("", "deel aan.", ""), 60, 120, "top", columns=(68, 300, 436))]
    assert [b.cells for b in _stitch([page1, page2])] == [("Jeugd", "Het netwerk neemt", ""), ("", "deel aan.", "")]


def test_the_header_repeated_on_the_next_page_is_dropped_and_the_cut_row_goes_on():
    header = ("Bevoegdheden", "Beschrijving", "Budget")
    page1 = [row(header, 690, 708), row(("Jeugd", "Het netwerk neemt", ""), 708, 780)]
    page2 = [row(header, 60, 78), row(("", "deel aan de bijeenkomsten.", ""), 78, 120)]
    assert [b.cells for b in _stitch([page1, page2])] == [
        header,
        ("Jeugd", "Het netwerk neemt deel aan de bijeenkomsten.", ""),
    ]


def test_merging_rows_joins_a_sentence_cut_mid_line_and_keeps_a_new_paragraph():
    first = Block("row", cells=("Jeugd", "Het netwerk neemt", "Budget:"), page=3)
    rest = Block("row", cells=("", "deel aan de bijeenkomsten.", "Nog te bepalen"), page=4)
    merged = _merge_rows(first, rest)
    assert merged.cells == ("Jeugd", "Het netwerk neemt deel aan de bijeenkomsten.", "Budget:\nNog te bepalen")
    assert merged.page == 3  # where the row starts


def test_rulings_running_on_past_the_last_horizontal_one_give_a_row_open_at_the_bottom():
    xs = (68.0, 166.0, 436.0, 524.0)
    rows = table_rows([Segment(y, xs[0], xs[-1]) for y in (690.0, 708.0)], [Segment(x, 690.0, 780.0) for x in xs])
    assert [(r[1], r[3]) for r in rows] == [((68.0, 690.0, 524.0, 708.0), ""), ((68.0, 708.0, 524.0, 780.0), "bottom")]
    assert [box[0] for box in rows[1][2]] == [68.0, 166.0, 436.0]


def test_a_vertical_ruling_that_stops_inside_a_row_does_not_cut_it():
    """A merged cell: the middle ruling crosses the first row only, so the second row has two cells."""
    h = [Segment(y, 68.0, 524.0) for y in (100.0, 120.0, 140.0)]
    v = [Segment(68.0, 100.0, 140.0), Segment(524.0, 100.0, 140.0), Segment(300.0, 100.0, 120.0)]
    rows = table_rows(h, v)
    assert [len(r[2]) for r in rows] == [2, 1]
    assert rows[1][2] == [(68.0, 120.0, 524.0, 140.0)]


# --- the rows of a table without rulings --------------------------------------------------------------------


def test_a_line_splits_into_segments_at_a_column_gap_not_at_a_word_space():
    (line,) = _lines(words("Jeugd", 72, 100) + words("Het netwerk", 170, 100) + words("5.000 euro", 440, 100))
    assert texts(_segments(line)) == ["Jeugd", "Het netwerk", "5.000 euro"]


def test_the_header_row_fixes_the_columns_of_the_rows_under_it():
    lines = placed(
        ("Bevoegdheden", 72, 100),
        ("Beschrijving", 170, 100),
        ("Budget", 440, 100),
        ("Jeugd", 72, 116),
        ("Het netwerk kwam samen", 170, 116),
        ("5.000 euro", 440, 116),
        ("en praatte.", 170, 128),
        ("Welzijn", 72, 160),
        ("Een tweede rij.", 170, 160),
    )
    items, body, n_tables, carry = _aligned_rows(lines, 1, 0, VOCABULARY)
    assert [it.block.cells for it in items] == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        ("Jeugd", "Het netwerk kwam samen en praatte.", "5.000 euro"),
        ("Welzijn", "Een tweede rij.", ""),
    ]
    assert {it.columns for it in items} == {(72, 170, 440)} and n_tables == 1
    assert body == [] and carry is not None and carry.anchors == (72.0, 170.0, 440.0)  # it may go on overleaf


def test_a_line_alone_at_the_left_margin_ends_the_table():
    lines = placed(
        ("Jeugd", 72, 100),
        ("Een rij.", 170, 100),
        ("Welzijn", 72, 130),
        ("Een tweede rij.", 170, 130),
        ("Rapportage", 72, 170),
    )
    items, body, _, carry = _aligned_rows(lines, 1, 0)
    assert [it.block.cells for it in items] == [("Jeugd", "Een rij."), ("Welzijn", "Een tweede rij.")]
    assert texts(body) == ["Rapportage"] and carry is None


def test_a_row_label_of_the_vocabulary_opens_a_row_of_a_label_value_block():
    lines = _lines(words("Status", 72, 100) + words("Lopende", 200, 100) + words("sinds 2016.", 200, 112))
    items, _, _, _ = _aligned_rows(lines, 1, 0, VOCABULARY)
    # (A one-word line going on: a possible mid-word break, which the whole read decides: ``_mend_words``.)
    assert [b.cells for b in _mend_words([it.block for it in items], ())] == [("Status", "Lopende sinds 2016.")]


# --- running headers and footers ----------------------------------------------------------------------------


def page_lines(n: int) -> list:
    """Page n: a running header, the table header, body text, a mid-page table header on page 2, a footer."""
    found = words("Actieplan radicalisering tussentijdse rapportage", 72, 30)
    found += words("Bevoegdheden Beschrijving Budget", 72, 60)
    found += words(f"Tekst van pagina {n}.", 72, 400)
    if n == 2:
        found += words("Bevoegdheden Beschrijving Budget", 72, 500)
    found += words(f"Pagina {n} van 3", 250, 810)
    return _lines(found)


def test_lines_recurring_in_the_top_or_bottom_band_are_furniture_with_digits_masked():
    pages = [page_lines(n) for n in (1, 2, 3)]
    assert _furniture(pages, [HEIGHT] * 3) == {"Actieplan radicalisering tussentijdse rapportage", "Pagina # van #"}


def test_a_recurring_line_that_also_stands_mid_page_is_a_repeated_table_header_not_furniture():
    pages = [page_lines(n) for n in (1, 2, 3)]
    assert "Bevoegdheden Beschrijving Budget" not in _furniture(pages, [HEIGHT] * 3)


def test_a_page_number_in_the_band_is_furniture_and_the_same_text_mid_page_is_not():
    furniture = {"Actieplan radicalisering tussentijdse rapportage"}
    (number,) = _lines(words("- 12 -", 290, 815))
    (mid,) = _lines(words("12", 290, 400))
    (header,) = _lines(words("Actieplan radicalisering tussentijdse rapportage", 72, 30))
    (one_off,) = _lines(words("Slotwoord", 72, 815))
    assert _is_furniture(number, HEIGHT, set()) and _is_furniture(header, HEIGHT, furniture)
    assert not _is_furniture(mid, HEIGHT, set()) and not _is_furniture(one_off, HEIGHT, furniture)


def test_a_lone_number_in_a_ruled_cell_at_a_page_top_is_the_cells_text():
    """w02 rebuilt: a budget cell's "Middelen" / "2017" / "OTA: …" starts at the top of a page, its "2017" inside
    the furniture band; inside a ruled cell it is the cell's line, not a page number."""
    (year,) = _lines(words("2017", 460, 58))
    cell = (455.0, 42.0, 552.0, 312.0)
    assert _is_furniture(year, HEIGHT, set())
    assert not _is_furniture(year, HEIGHT, set(), (cell,))
    assert _is_furniture(year, HEIGHT, set(), ((42.0, 42.0, 149.0, 312.0),))  # another cell's: still a number


def test_a_lone_number_beside_a_body_line_in_the_band_is_a_cells_text():
    """x02 p. 5 (no rulings, middle-aligned): a budget cell's "2017" is centred 3.7 pt below the description's last
    line at the page foot, a line of its own in the band; beside that body line it is the cell's, not a page
    number. The footer beside it does not count, nor does a number standing alone."""
    page = _lines(words("De Touter inzake radicalisering", 154, 777.6) + words("2017", 460, 781.3))
    year = next(ln for ln in page if ln.text == "2017")
    assert not _is_furniture(year, HEIGHT, set(), page_lines=page)
    assert _is_furniture(year, HEIGHT, set())
    footer = _lines(words("Actieplan radicalisering", 72, 810) + words("12", 500, 814))
    number = next(ln for ln in footer if ln.text == "12")
    assert _is_furniture(number, HEIGHT, {"Actieplan radicalisering"}, page_lines=footer)


def test_one_page_alone_has_no_furniture():
    assert _furniture([page_lines(1)], [HEIGHT]) == set()


# --- cells centred in their rows ----------------------------------------------------------------------------


def test_a_cell_centred_beside_its_neighbour_is_moved_to_the_rows_top():
    """The description fills lines 100, 112, 124 (down to 134); the label, 10 high, is centred: top 112."""
    lines = placed(
        ("Regel een van de rij", 200, 100),
        ("Regel twee van de rij", 200, 112),
        ("Regel drie van de rij", 200, 124),
        ("Jeugd", 72, 112),
    )
    moved, _, _, _ = _top_aligned(lines)
    assert texts(moved) == ["Jeugd Regel een van de rij", "Regel twee van de rij", "Regel drie van de rij"]
    assert moved[0].words[0]["text"] == "Jeugd" and moved[0].words[0]["top"] == 100


def test_top_aligned_cells_and_body_text_are_left_as_they_are():
    table = _lines(words("Jeugd", 72, 100) + words("Regel een", 200, 100) + words("Regel twee", 200, 112))
    body = _lines(words("Een alinea over", 72, 100) + words("twee regels.", 72, 112))
    assert _top_aligned(table)[0] is table and _top_aligned(body)[0] is body


def test_every_centred_cell_of_a_row_moves_up_and_the_next_row_keeps_its_own_top():
    """Competence and budget centred beside a three-line description; the next row, after its white
    space, is a band of its own (a two-line description starting at 160, its label centred at 166)."""
    lines = placed(
        ("Regel een", 170, 100),
        ("Regel twee", 170, 112),
        ("Regel drie", 170, 124),
        ("Jeugd", 72, 112),
        ("5.000 euro", 440, 112),
        ("Tweede rij een", 170, 160),
        ("Tweede rij twee", 170, 172),
        ("Welzijn", 72, 166),
    )
    assert texts(_top_aligned(lines)[0]) == [
        "Jeugd Regel een 5.000 euro",
        "Regel twee",
        "Regel drie",
        "Welzijn Tweede rij een",
        "Tweede rij twee",
    ]


def test_rows_barely_further_apart_than_lines_end_a_band_at_the_row_white() -> None:
    """Typst without rulings (t07, measured): line white 2.1 pt, row white 3.6, band threshold 4.1, 10 pt lines: a
    band ends at 3.3, so each row is a band of its own. Overlapping line boxes (x02: line white -1.3, row white 2.4)
    or rows far apart give no such cut."""
    from pipeline.read.pdf import _close_rows

    assert abs(_close_rows(3.6, [2.1] * 30 + [3.1] * 8 + [3.6] * 5, 4.1, 10.0) - 3.3) < 1e-9
    assert _close_rows(2.42, [-1.33] * 30 + [2.42] * 5, 3.0, 10.0) is None
    assert _close_rows(9.0, [2.1] * 30, 4.1, 10.0) is None  # (a wider white the usual threshold already cuts)
    assert _close_rows(None, [2.1] * 30, 4.1, 10.0) is None
