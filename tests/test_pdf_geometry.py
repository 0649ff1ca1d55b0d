"""The PDF reader's geometry on hand-made pages, and the self-check on a damaged real rendition.

The hand-made pages are word boxes and rulings as a backend gives them (points, top-left origin):
small enough to see what each rule decides, and they go through the same code as a real PDF
(``_page_items`` page by page, then ``_stitch``)."""

from __future__ import annotations

import pytest
from conftest import DAMAGED, RENDITIONS, parse

from pipeline.compare import change_rows
from pipeline.read.pdf import _page_items, _PageScan, _stitch
from pipeline.read.pdfium_scan import Segment, table_rows
from pipeline.run import parse_file
from pipeline.structure import READING_VOCABULARY, actions_in_text

HEIGHT = 842.0
PITCH = 12.0  # line pitch of the hand-made pages: 10-point text
COLUMNS = (72.0, 170.0, 440.0)  # where the Bevoegdheden | Beschrijving | Budget texts start


def words(text: str, x: float, top: float) -> list[dict]:
    """One line's words from x on, about 5 points per character and a 3-point word space."""
    out = []
    for word in text.split():
        out.append({"text": word, "x0": x, "x1": x + 5 * len(word), "top": top, "bottom": top + 10,
                    "size": 10.0, "fontname": "400"})  # fmt: skip
        x += 5 * len(word) + 3
    return out


def lines(*rows: tuple[float, tuple[str, ...]], columns: tuple[float, ...] = COLUMNS) -> list[dict]:
    """(top, cell texts) per line; an empty text leaves that column empty on the line."""
    return [w for top, cells in rows for x, text in zip(columns, cells, strict=False) if text
            for w in words(text, x, top)]  # fmt: skip


def read(*pages: _PageScan) -> list:
    items, carry = [], None
    for i, scan in enumerate(pages):
        page_items, _, carry = _page_items(scan, set(), i + 1, i * 100, READING_VOCABULARY, carry)
        items.append(page_items)
    return _stitch(items)


def rows_of(blocks: list) -> list[tuple[str, ...]]:
    return [b.cells for b in blocks if b.kind == "row"]


def test_header_fixes_the_columns_also_on_the_next_page():
    """No rulings: the header row's cells fix the columns; a row cut by the page break (header not
    repeated, no first cell on the new page) is stitched back into one row."""
    page1 = lines((700, ("Bevoegdheden", "Beschrijving", "Budget")),
                  (720, ("Jeugd", "Het netwerk kwam in februari samen", "5.000 euro")),
                  (720 + PITCH, ("", "en zal in het najaar nog eens")))  # fmt: skip
    page2 = lines((72, ("", "samenkomen met alle")),
                  (72 + PITCH, ("", "partners.")),
                  (72 + 3.5 * PITCH, ("Welzijn", "Een tweede rij die")),
                  (72 + 4.5 * PITCH, ("", "doorloopt.")))  # fmt: skip
    blocks = read(_PageScan(page1, HEIGHT, []), _PageScan(page2, HEIGHT, []))
    assert rows_of(blocks) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        ("Jeugd", "Het netwerk kwam in februari samen en zal in het najaar nog eens samenkomen met alle partners.",
         "5.000 euro"),
        ("Welzijn", "Een tweede rij die doorloopt.", ""),
    ]  # fmt: skip


def test_header_cuts_a_line_whose_column_gap_looks_like_a_word_space():
    """A wide font's word space can be as wide as the gap before the budget column: the header's
    column edge cuts it there all the same."""
    header = lines((700, ("Bevoegdheden", "Beschrijving", "Budget")))
    # The description's words fill their column up to 7 points before the budget column: less than
    # the gap a 10-point line needs to count as two segments.
    texts, width = ["Een", "lange", "zin", "tot", "vlak"], (433 - 170 - 4 * 3) / 5
    description = [{"text": t, "x0": 170 + k * (width + 3), "x1": 170 + k * (width + 3) + width, "top": 716,
                    "bottom": 726, "size": 10.0, "fontname": "400"} for k, t in enumerate(texts)]  # fmt: skip
    row = words("Jeugd", 72, 716) + description + words("Nog te bepalen", 440, 716)
    blocks = read(_PageScan(header + row, HEIGHT, []))
    assert rows_of(blocks)[1] == ("Jeugd", "Een lange zin tot vlak", "Nog te bepalen")


def test_a_row_cut_by_a_page_break_without_closing_ruling_is_stitched():
    """Ruled table whose producer draws no border at the break: the vertical rulings run on past the
    last horizontal one (page 1) and start above the first one (page 2). Those bands are rows, open at
    the break, and they are one row again — even with a first cell on both sides."""
    xs = (68.0, 166.0, 436.0, 524.0)
    h1 = [Segment(y, xs[0], xs[-1]) for y in (690.0, 708.0)]
    v1 = [Segment(x, 690.0, 780.0) for x in xs]
    page1 = lines((694, ("Bevoegdheden", "Beschrijving", "Budget")),
                  (712, ("Binnenlands Bestuur", "Het centraal aanspreekpunt neemt", "")),
                  (712 + PITCH, ("", "deel aan de bijeenkomsten")))  # fmt: skip
    h2 = [Segment(300.0, xs[0], xs[-1])]
    v2 = [Segment(x, 60.0, 300.0) for x in xs]
    page2 = lines((72, ("Welzijn", "van de Task Force.", "12.000 euro")))
    rows1, rows2 = table_rows(h1, v1), table_rows(h2, v2)
    assert [r[3] for r in rows1] == ["", "bottom"] and [r[3] for r in rows2] == ["top"]
    blocks = read(_PageScan(page1, HEIGHT, rows1), _PageScan(page2, HEIGHT, rows2))
    assert rows_of(blocks) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        ("Binnenlands Bestuur\nWelzijn", "Het centraal aanspreekpunt neemt deel aan de bijeenkomsten van de Task "
         "Force.", "12.000 euro"),
    ]  # fmt: skip


def test_a_row_over_a_page_with_no_ruling_at_all_is_one_row():
    """The middle page of a row cut over three pages has vertical rulings only: one band, open on
    both sides, stitched to the page before and after."""
    xs = (68.0, 166.0, 436.0, 524.0)
    v = [Segment(x, 60.0, 780.0) for x in xs]
    assert [r[3] for r in table_rows([], v)] == ["both"]


def test_wrapped_field_label_and_label_rows():
    """A field block without rulings: each vocabulary label opens a row, "Verantwoordelijke" /
    "ministers" wrapped over two lines is one label, and "Rapportage" after the block is body text."""
    cols = (72.0, 200.0)
    page = lines((100, ("Actie 1.3", "Opstarten evaluatie van het actieplan.")),
                 (100 + 2 * PITCH, ("Status actie", "Opgestart")),
                 (100 + 4 * PITCH, ("Verantwoordelijke", "Minister van Binnenlands Bestuur")),
                 (100 + 5 * PITCH, ("ministers", "Minister van Onderwijs")),
                 (100 + 7 * PITCH, ("Beleidsdomeinen", "KB OV")),
                 (100 + 9 * PITCH, ("Rapportage",)), columns=cols)  # fmt: skip
    blocks = read(_PageScan(page, HEIGHT, []))
    assert rows_of(blocks) == [
        ("Actie 1.3", "Opstarten evaluatie van het actieplan."),
        ("Status actie", "Opgestart"),
        ("Verantwoordelijke ministers", "Minister van Binnenlands Bestuur Minister van Onderwijs"),
        ("Beleidsdomeinen", "KB OV"),
    ]
    assert [b.text for b in blocks if b.kind == "paragraph"] == ["Rapportage"]


def test_without_vocabulary_the_reader_still_reads_aligned_tables():
    """The vocabulary is a parameter: without it the alignment rules alone apply (no crash, rows found)."""
    page = lines((100, ("Jeugd", "Een rij.", "")), (100 + 3 * PITCH, ("Welzijn", "Nog een rij.", "")))
    items, _, carry = _page_items(_PageScan(page, HEIGHT, []), set(), 1, 0)
    assert [it.block.cells for it in items] == [("Jeugd", "Een rij."), ("Welzijn", "Nog een rij.")]
    assert carry is None


def test_self_check_counts_headings_and_headless_status_labels():
    text = ["Actie 1.1\tEen\nStatus actie\tLopende\nActie 1.2 Twee\nStatus actie Lopende\n",
            "Status actie: Lopende\nzie Actie 9.9 in de tekst\nActie 2.1\nStatus actie Opgestart"]  # fmt: skip
    seen = actions_in_text(text)
    assert [(s.action_id, s.page, s.heading_seen) for s in seen] == [
        ("1.1", 1, True), ("1.2", 1, True), ("1.3", 2, False), ("2.1", 2, True)]


def test_damaged_rendition_names_the_missing_action():
    """A real rendition whose "Actie 5.2" heading is an image: the parser cannot see 5.2, the
    self-check can (its Status label), and says so; the run writes it with a clear line."""
    report = parse(DAMAGED)
    assert report.locate("5.2") is None
    assert len(report.actions()) == 61 and report.n_actions_seen == 62
    assert report.actions_unread == ["5.2"]
    checks = [w.message for w in report.warnings if w.stage == "self-check"]
    assert len(checks) == 1 and "(probably 5.2)" in checks[0]
    parsed = parse_file(DAMAGED)
    assert parsed.incomplete and parsed.incomplete.startswith("61 of 62 actions could be read; the layout was "
                                                              "not understood (not read: 5.2)")  # fmt: skip


@pytest.mark.parametrize("name", ["pdf", "pdf-weasyprint-borderless"])
def test_self_check_sees_what_was_parsed(name):
    report = parse(RENDITIONS[name])
    assert report.n_actions_seen == 62 and not report.actions_unread


def test_compare_says_unread_not_removed():
    row = {"description": "x", "budget_total_eur": None, "other_parties": [], "competences": [], "status": "Lopende"}
    before = {"5.1": {**row, "description": "Huizen van het Kind"}, "5.2": {**row, "description": "Preventie"}}
    after = {"5.1": {**row, "description": "Huizen van het Kind"}}
    assert {r["action_id_from"]: r["match"] for r in change_rows("a", "b", before, after)}["5.2"] == "removed"
    rows = change_rows("a", "b", before, after, frozenset({"5.2"}))
    assert {r["action_id_from"]: r["match"] for r in rows}["5.2"] == "unread"
