"""The PDF reader's geometry on hand-made pages, and the self-check on a damaged real rendition.

The hand-made pages are word boxes and rulings as a backend gives them (points, top-left origin):
small enough to see what each rule decides, and they go through the same code as a real PDF
(``_page_items`` page by page, then ``_stitch``)."""

from __future__ import annotations

import pytest
from conftest import DAMAGED, RENDITIONS, parse, words

from pipeline.compare import change_rows
from pipeline.parse import parse_file
from pipeline.read.pdf import _join_line, _mend_words, _page_items, _PageScan, _stitch
from pipeline.read.pdfium_scan import Segment, _merge, marker_words, rulings_of_boxes, table_rows
from pipeline.structure import READING_VOCABULARY, actions_in_text

HEIGHT = 842.0
PITCH = 12.0  # line pitch of the hand-made pages: 10-point text
COLUMNS = (72.0, 170.0, 440.0)  # where the Bevoegdheden | Beschrijving | Budget texts start


def lines(*rows: tuple[float, tuple[str, ...]], columns: tuple[float, ...] = COLUMNS) -> list[dict]:
    """(top, cell texts) per line; an empty text leaves that column empty on the line."""
    return [
        w for top, cells in rows for x, text in zip(columns, cells, strict=False) if text for w in words(text, x, top)
    ]


def read(*pages: _PageScan) -> list:
    items, carry = [], None
    for i, scan in enumerate(pages):
        page_items, _, carry = _page_items(scan, set(), i + 1, i * 100, READING_VOCABULARY, carry)
        items.append(page_items)
    blocks = _stitch(items, READING_VOCABULARY)
    return _mend_words(blocks, tuple(" ".join(w["text"] for w in scan.words) for scan in pages))


def rows_of(blocks: list) -> list[tuple[str, ...]]:
    return [b.cells for b in blocks if b.kind == "row"]


def test_header_fixes_the_columns_also_on_the_next_page():
    """No rulings: the header row's cells fix the columns; a row cut by the page break (header not
    repeated, no first cell on the new page) is stitched back into one row."""
    page1 = lines(
        (700, ("Bevoegdheden", "Beschrijving", "Budget")),
        (720, ("Jeugd", "Het netwerk kwam in februari samen", "5.000 euro")),
        (720 + PITCH, ("", "en zal in het najaar nog eens")),
    )
    page2 = lines(
        (72, ("", "samenkomen met alle")),
        (72 + PITCH, ("", "partners.")),
        (72 + 3.5 * PITCH, ("Welzijn", "Een tweede rij die")),
        (72 + 4.5 * PITCH, ("", "doorloopt.")),
    )
    blocks = read(_PageScan(page1, HEIGHT, []), _PageScan(page2, HEIGHT, []))
    assert rows_of(blocks) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        (
            "Jeugd",
            "Het netwerk kwam in februari samen en zal in het najaar nog eens samenkomen met alle partners.",
            "5.000 euro",
        ),
        ("Welzijn", "Een tweede rij die doorloopt.", ""),
    ]


def test_header_cuts_a_line_whose_column_gap_looks_like_a_word_space():
    """A wide font's word space can be as wide as the gap before the budget column: the header's
    column edge cuts it there all the same."""
    header = lines((700, ("Bevoegdheden", "Beschrijving", "Budget")))
    # The description's words fill their column up to 7 points before the budget column: less than
    # the gap a 10-point line needs to count as two segments.
    texts, width = ["Een", "lange", "zin", "tot", "vlak"], (433 - 170 - 4 * 3) / 5
    description = [
        {
            "text": t,
            "x0": 170 + k * (width + 3),
            "x1": 170 + k * (width + 3) + width,
            "top": 716,
            "bottom": 726,
            "size": 10.0,
            "fontname": "400",
        }
        for k, t in enumerate(texts)
    ]
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
    page1 = lines(
        (694, ("Bevoegdheden", "Beschrijving", "Budget")),
        (712, ("Binnenlands Bestuur", "Het centraal aanspreekpunt neemt", "")),
        (712 + PITCH, ("", "deel aan de bijeenkomsten")),
    )
    h2 = [Segment(300.0, xs[0], xs[-1])]
    v2 = [Segment(x, 60.0, 300.0) for x in xs]
    page2 = lines((72, ("Welzijn", "van de Task Force.", "12.000 euro")))
    rows1, rows2 = table_rows(h1, v1), table_rows(h2, v2)
    assert [r[3] for r in rows1] == ["", "bottom"] and [r[3] for r in rows2] == ["top"]
    blocks = read(_PageScan(page1, HEIGHT, rows1), _PageScan(page2, HEIGHT, rows2))
    assert rows_of(blocks) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        (
            "Binnenlands Bestuur\nWelzijn",
            "Het centraal aanspreekpunt neemt deel aan de bijeenkomsten van de Task Force.",
            "12.000 euro",
        ),
    ]


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
    page = lines(
        (100, ("Actie 1.3", "Opstarten evaluatie van het actieplan.")),
        (100 + 2 * PITCH, ("Status actie", "Opgestart")),
        (100 + 4 * PITCH, ("Verantwoordelijke", "Minister van Binnenlands Bestuur")),
        (100 + 5 * PITCH, ("ministers", "Minister van Onderwijs")),
        (100 + 7 * PITCH, ("Beleidsdomeinen", "KB OV")),
        (100 + 9 * PITCH, ("Rapportage",)),
        columns=cols,
    )
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
    text = [
        "Actie 1.1\tEen\nStatus actie\tLopende\nActie 1.2 Twee\nStatus actie Lopende\n",
        "Status actie: Lopende\nzie Actie 9.9 in de tekst\nActie 2.1\nStatus actie Opgestart",
    ]
    seen = actions_in_text(text)
    assert [(s.action_id, s.page, s.heading_seen) for s in seen] == [
        ("1.1", 1, True),
        ("1.2", 1, True),
        ("1.3", 2, False),
        ("2.1", 2, True),
    ]


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
    assert parsed.incomplete and parsed.incomplete.startswith(
        "61 of 62 actions could be read; the layout was not understood (not read: 5.2)"
    )


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


def word(text: str, x0: float, x1: float, top: float, size: float = 11.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "fontname": "400"}


def test_a_bullet_glyph_in_a_smaller_font_opens_a_list_item():
    """reportlab sets the bullet in a smaller font: it sits a little lower than its text and stands
    left of it. It is still that line's list marker (model convention "- item"), not a line of its own."""
    page = (
        words("Structuren die aanwezig zijn, zijnde:", 212, 100)
        + [word("•", 212.9, 216.4, 116.2, 10.0)]
        + words("het centraal aanspreekpunt;", 222.4, 115.4)
        + [word("•", 212.9, 216.4, 132.5, 10.0)]
        + words("een netwerk van aanspreekpunten", 222.4, 131.7)
    )
    blocks = read(_PageScan(page, HEIGHT, []))
    assert [b.text for b in blocks] == [
        "Structuren die aanwezig zijn, zijnde:",
        "- het centraal aanspreekpunt;",
        "- een netwerk van aanspreekpunten",
    ]


def test_a_small_drawn_shape_left_of_a_line_is_a_bullet_not_a_ruling():
    """Chromium draws list bullets as small filled shapes: they become "•" words on their item's
    line (the same for both backends, which hand over the same boxes), and never tiny rulings."""
    text = words("Inleiding:", 170, 100) + words("het centraal aanspreekpunt;", 182.2, 114)
    discs = [(172.2, 118.2, 174.5, 120.4), (300.0, 300.0, 302.2, 302.2)]  # the second one has no text
    marks = marker_words(discs, text)
    assert [(m["text"], m["x0"], m["top"]) for m in marks] == [("•", 172.2, 114)]
    assert rulings_of_boxes(discs) == ([], [])
    blocks = read(_PageScan(text + marks, HEIGHT, []))
    assert [b.text for b in blocks] == ["Inleiding:", "- het centraal aanspreekpunt;"]


def test_a_word_overflowing_its_cell_stays_in_the_cell_it_starts_in():
    """A URL reportlab cannot break runs past the cell's border (its centre lies in the next cell)."""
    xs = (70.0, 206.0, 433.0, 524.0)
    rows = table_rows([Segment(y, xs[0], xs[-1]) for y in (80.0, 100.0, 160.0)], [Segment(x, 80.0, 160.0) for x in xs])
    page = (
        lines((84, ("Bevoegdheden", "Beschrijving", "Budget")), columns=(74, 210, 437))
        + words("Onderwijs", 74, 104)
        + words("Zie", 210, 104)
        + [word("https://mediawijs.be/onderzoeken/represent-uitkomst-dialoog", 222, 750, 118)]
        + words("5.000 euro", 437, 104)
    )
    blocks = read(_PageScan(page, HEIGHT, rows))
    assert rows_of(blocks)[1] == (
        "Onderwijs",
        "Zie https://mediawijs.be/onderzoeken/represent-uitkomst-dialoog",
        "5.000 euro",
    )


def test_a_list_in_the_first_column_keeps_its_own_line_pitch():
    """Chromium spaces a competence list wider than the description beside it: "Onderwijs" stands
    3 points below a description line and joins it, "Welzijn" falls between two. The first column's
    lines are measured by their own tops, so the list stays one cell of one row."""
    header = lines((412.8, ("Bevoegdheden", "Beschrijving", "Budget")), columns=(72, 200, 470))
    description = [
        "Op 28 april 2017 werd, in opvolging",
        "van een uitwisselingsmoment eind 2015",
        "en in aanwezigheid van de aanspreekpunten",
        "een delegatie ontvangen.",
    ]
    page = header + [w for k, t in enumerate(description) for w in words(t, 200, (429.3, 442.0, 454.0, 466.7)[k])]
    page += words("Binnenlands Bestuur", 72, 429.3) + words("Onderwijs", 72, 445.0) + words("Welzijn", 72, 461.5)
    blocks = read(_PageScan(page, HEIGHT, []))
    ((competences, text, budget),) = rows_of(blocks)[1:]
    assert competences.split() == ["Binnenlands", "Bestuur", "Onderwijs", "Welzijn"]
    assert (text, budget) == (" ".join(description), "")


def test_a_quote_mark_alone_at_a_line_end_opens_the_next_word():
    assert (
        _join_line('een studiemoment "', '(de)radicaliserende media"') == 'een studiemoment "(de)radicaliserende media"'
    )
    assert _join_line("tussen twee", "woorden") == "tussen twee woorden"


def test_rulings_on_one_line_merge_whatever_their_order():
    """A border drawn as cell rectangles (x 70.1 and 70.5) and as a line (x 70.85): one ruling from
    the header's top to the row's foot, and a separate one lower down where the next table starts."""
    merged = _merge(
        [Segment(70.1, 70.1, 88.9), Segment(70.1, 282.4, 445.1), Segment(70.5, 70.5, 88.5), Segment(70.85, 88.5, 276.8)]
    )
    assert [(s.start, s.end) for s in merged] == [(70.1, 276.8), (282.4, 445.1)]


def test_a_cell_cut_mid_sentence_continues_its_row_whatever_its_first_cell():
    """The competence list is cut at the break too ("Onderwijs" on one page, "Welzijn" on the next,
    under the repeated header): the description stopping mid-sentence and going on in lower case
    says it is the same row."""
    header = ("Bevoegdheden", "Beschrijving", "Budget")
    page1 = lines(
        (700, header),
        (716, ("Jeugd", "Een eerste rij.")),
        (748, ("Onderwijs", "In samenwerking werd er een gezamenlijke")),
        (748 + PITCH, ("", "kennis- en expertencel")),
    )
    page2 = lines(
        (72, header),
        (90, ("Welzijn", "opgericht met")),
        (90 + PITCH, ("", "praktijkwerkers.")),
        (90 + 3 * PITCH, ("Jeugd", "Een nieuwe rij")),
        (90 + 4 * PITCH, ("", "van twee regels.")),
    )
    blocks = read(_PageScan(page1, HEIGHT, []), _PageScan(page2, HEIGHT, []))
    assert rows_of(blocks) == [
        header,
        ("Jeugd", "Een eerste rij.", ""),
        (
            "Onderwijs\nWelzijn",
            "In samenwerking werd er een gezamenlijke kennis- en expertencel opgericht met praktijkwerkers.",
            "",
        ),
        ("Jeugd", "Een nieuwe rij van twee regels.", ""),
    ]


def test_a_short_body_line_ends_its_paragraph_against_the_page_width():
    """A page whose body text is only a few short field lines over a table: the right margin comes
    from all of the page's lines, so "Rapportage" is not taken for the end of the line above."""
    page = words("Andere betrokkenen De Ambrassade, VVSG", 43, 62.7) + words("Rapportage", 43, 81.9)
    page += lines(
        (101.6, ("Bevoegdheden", "Beschrijving", "Budget")),
        (118.3, ("Jeugd", "De stuurgroep van het project, met vertegenwoordigers", "EUR 12.500")),
        (118.3 + PITCH, ("", "van De Ambrassade, kwam samen in het najaar.")),
        columns=(43, 150, 456),
    )
    blocks = read(_PageScan(page, HEIGHT, []))
    assert [b.text for b in blocks if b.kind == "paragraph"] == ["Andere betrokkenen De Ambrassade, VVSG", "Rapportage"]


def test_cells_centred_in_their_rows_are_read_as_if_top_aligned():
    """No rulings, cells vertically centred (CSS ``vertical-align: middle``): a label stands beside
    the middle of its value, a competence and a budget beside the middle of their description. Each
    row's short cells belong to the band of text they are centred in, not to the line they share."""
    cols = (72.0, 200.0)
    page = lines(
        (100, ("", "Coördinatie via het Vlaams Platform")),
        (100 + PITCH, ("Actie 1.1", "Radicalisering, een")),
        (100 + 2 * PITCH, ("", "netwerk van aanspreekpunten.")),
        (100 + 4 * PITCH, ("Status actie", "Lopende")),
        columns=cols,
    )
    header = ("Bevoegdheden", "Beschrijving", "Budget")
    table = [(200, header)] + [(216 + k * PITCH, ("", f"Regel {k + 1} van de eerste rij")) for k in range(5)]
    table += [(216 + 2 * PITCH, ("Jeugd", "", "5.000 euro"))]
    table += [
        (216 + 7 * PITCH, ("", "Een tweede rij")),
        (216 + 7.5 * PITCH, ("Welzijn",)),
        (216 + 8 * PITCH, ("", "van twee regels.")),
    ]
    page += lines(*table)
    blocks = read(_PageScan(page, HEIGHT, []))
    assert rows_of(blocks) == [
        ("Actie 1.1", "Coördinatie via het Vlaams Platform Radicalisering, een netwerk van aanspreekpunten."),
        ("Status actie", "Lopende"),
        header,
        ("Jeugd", " ".join(f"Regel {k + 1} van de eerste rij" for k in range(5)), "5.000 euro"),
        ("Welzijn", "Een tweede rij van twee regels.", ""),
    ]


def test_the_hanging_indent_after_a_list_marker_is_no_column_gap():
    """LibreOffice sets a Symbol-font bullet 14 points left of its item's text: wider than a column
    gap, but it is one segment, the list item of the cell it stands in."""
    page = lines((100, ("Bevoegdheden", "Beschrijving", "Budget")), (116, ("Jeugd", "Aan bod kwamen:")))
    page += [word("\uf0b7", 170, 174, 116 + PITCH, 10.0)] + words("14/9/2016: interne afspraken", 188, 116 + PITCH)
    blocks = read(_PageScan(page, HEIGHT, []))
    assert rows_of(blocks)[1] == ("Jeugd", "Aan bod kwamen:\n- 14/9/2016: interne afspraken", "")


def test_centred_cells_with_wide_line_spacing():
    """LibreOffice spaces lines a third of a line apart: the white between two lines of a cell is
    line spacing, not the white between two rows, and a centred competence still finds its row."""
    tops = [468.7 + 13.25 * k for k in range(7)]
    page = lines((452.5, ("Bevoegdheden", "Beschrijving", "Budget")))
    page += [w for k, top in enumerate(tops) for w in words(f"Regel {k + 1} van de rij", 170, top)]
    page += words("Jeugd", 72, tops[3]) + words("Een tweede rij.", 170, tops[-1] + 19.5)
    page += words("Welzijn", 72, tops[-1] + 19.5)
    blocks = read(_PageScan(page, HEIGHT, []))
    assert rows_of(blocks)[1:] == [
        ("Jeugd", " ".join(f"Regel {k + 1} van de rij" for k in range(7)), ""),
        ("Welzijn", "Een tweede rij.", ""),
    ]


def test_a_header_row_at_the_foot_of_a_page_is_not_continued():
    """LibreOffice: the header row is the last (closed) row of its page; the table's first row, with
    an empty first cell, opens the next page. That row is the table's first, not the header's rest."""
    xs = (65.0, 160.0, 433.0, 519.0)
    rows1 = table_rows([Segment(y, xs[0], xs[-1]) for y in (735.0, 752.6)], [Segment(x, 735.0, 752.6) for x in xs])
    rows2 = table_rows([Segment(y, xs[0], xs[-1]) for y in (71.2, 335.6)], [Segment(x, 71.2, 335.6) for x in xs])
    page1 = lines((700, ("Rapportage",)), (738, ("Bevoegdheden", "Beschrijving", "Budget")), columns=(70, 165, 437))
    page2 = lines((75, ("", "De structuren die binnen de Vlaamse overheid")), columns=(70, 165, 437))
    blocks = read(_PageScan(page1, HEIGHT, rows1), _PageScan(page2, HEIGHT, rows2))
    assert rows_of(blocks) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        ("", "De structuren die binnen de Vlaamse overheid", ""),
    ]


def test_a_centred_cell_finds_its_row_over_a_paragraph_gap():
    """LibreOffice spaces paragraphs in a cell almost as wide as rows: the description of the second
    row is two bands of text. Its competence is centred on both together, not on the band it falls in."""
    pitch = 13.25
    page = lines((452.5, ("Bevoegdheden", "Beschrijving", "Budget")))
    first = [468.7 + pitch * k for k in range(3)]
    page += [w for k, top in enumerate(first) for w in words(f"Jeugd regel {k + 1}.", 170, top)]
    page += words("Jeugd", 72, first[1])
    part_a = [first[-1] + 20 + pitch * k for k in range(2)]
    part_b = [part_a[-1] + 16.2 + pitch * k for k in range(5)]
    page += [w for k, top in enumerate(part_a) for w in words(f"Eerste alinea {k + 1}", 170, top)]
    page += [w for k, top in enumerate(part_b) for w in words(f"Tweede alinea {k + 1}", 170, top)]
    page += words("Onderwijs", 72, (part_a[0] + part_b[-1] + 10) / 2 - 5)
    blocks = read(_PageScan(page, HEIGHT, []))
    assert rows_of(blocks)[1:] == [
        ("Jeugd", "Jeugd regel 1. Jeugd regel 2. Jeugd regel 3.", ""),
        (
            "Onderwijs",
            "Eerste alinea 1 Eerste alinea 2\nTweede alinea 1 Tweede alinea 2 Tweede alinea 3 Tweede "
            "alinea 4 Tweede alinea 5",
            "",
        ),
    ]


def test_horizontal_rules_alone_end_the_rows_they_lie_between():
    """A table drawn with horizontal rules only (no verticals, so no cells): each rule ends a row, and
    the space between two rules is one row, whatever white space its lines leave. Here a row whose
    first cell is empty, and a competence centred beside a description that starts a paragraph
    on the competence's first line (l04-2017-12-libreoffice-horizontal-table.pdf, page 9)."""
    header = ("Bevoegdheden", "Beschrijving", "Budget")
    page = lines(
        (200, header),
        (216, ("", "Het centraal aanspreekpunt neemt deel")),
        (216 + PITCH, ("", "aan de bijeenkomsten.")),
        (260, ("", "De werkgroep Communicatie werd")),
        (260 + PITCH, ("", "na lange tijd opgestart.")),
        (290, ("Welzijn", "Aan de werkgroep Gevangenissen werd")),
        (290 + PITCH, ("", "deelgenomen.")),
    )
    rules = (196.0, 212.0, 256.0, 320.0)
    assert rows_of(read(_PageScan(page, HEIGHT, [], rules))) == [
        header,
        ("", "Het centraal aanspreekpunt neemt deel aan de bijeenkomsten.", ""),
        (
            "Welzijn",
            "De werkgroep Communicatie werd na lange tijd opgestart.\nAan de werkgroep Gevangenissen werd deelgenomen.",
            "",
        ),
    ]
    # Without the rules the white space reads otherwise: the rules decide.
    assert len(rows_of(read(_PageScan(page, HEIGHT, [])))) == 3
    assert rows_of(read(_PageScan(page, HEIGHT, [])))[1][1].endswith("opgestart.")


def test_only_long_horizontal_rulings_no_vertical_crosses_are_row_rules():
    from pipeline.read.pdfium_scan import row_rules

    horizontal = [Segment(100.0, 68.0, 524.0), Segment(300.0, 68.0, 524.0), Segment(400.0, 200.0, 260.0)]
    assert row_rules(horizontal, []) == (100.0, 300.0)  # a 60-point underline is no rule
    assert row_rules(horizontal, [Segment(68.0, 100.0, 300.0)]) == ()  # the edges of a frame


def test_a_label_a_narrow_column_broke_mid_word_is_rejoined():
    """LibreOffice breaks a word too wide for its column where it must, without a hyphen:
    "Verantwoordeli" / "jke" / "ministers", "Beleidsdomein" / "en" (l04, page 2). The vocabulary's
    labels join it again; a cell that is not wholly one label is left as it is."""
    from pipeline.read.pdf import _rejoin_label

    assert _rejoin_label("Verantwoordeli jke ministers", READING_VOCABULARY) == "Verantwoordelijke ministers"
    assert _rejoin_label("Beleidsdomein en", READING_VOCABULARY) == "Beleidsdomeinen"
    for text in ("Status actie", "Actie 1.1", "Minister van Werk", "Beleidsdomein en meer", "Jeugd"):
        assert _rejoin_label(text, READING_VOCABULARY) == text
    cols = (72.0, 150.0)
    page = lines(
        (100, ("Status actie", "Lopende")),
        (100 + 2 * PITCH, ("Beleidsdomein", "KB OV")),
        (100 + 3 * PITCH, ("en",)),
        (100 + 5 * PITCH, ("Andere", "VVSG")),
        (100 + 6 * PITCH, ("betrokkenen",)),
        columns=cols,
    )
    assert rows_of(read(_PageScan(page, HEIGHT, []))) == [
        ("Status actie", "Lopende"),
        ("Beleidsdomeinen", "KB OV"),
        ("Andere betrokkenen", "VVSG"),
    ]


def test_a_label_overflowing_into_the_value_column_is_still_its_own_cell():
    """Chromium lets a label too wide for a narrow column run on over the value beside it (c07): a word
    that starts before the previous one ends begins another cell."""
    cols = (72.0, 150.0)  # "Verantwoordelijke" ends at 157
    page = lines(
        (100, ("Status actie", "Lopende")),
        (100 + 2 * PITCH, ("Verantwoordelijke", "Minister van Welzijn")),
        (100 + 3 * PITCH, ("ministers", "Minister van Onderwijs")),
        columns=cols,
    )
    assert rows_of(read(_PageScan(page, HEIGHT, [])))[1] == (
        "Verantwoordelijke ministers",
        "Minister van Welzijn Minister van Onderwijs",
    )


def test_a_label_touching_its_value_leaves_the_value_its_first_word():
    """WeasyPrint 70 (f01) and reportlab (r01) let "Verantwoordelijke" run up to the value column, so that it
    touches the value's first word ("Minister") without white or overprint: "Verantwoordelijke Minister" is
    also a label (the singular), but the word on the value column's edge is the value's."""
    for edge in (157.0, 156.6):  # touching; overlapping by less than an overprint
        cols = (72.0, edge)  # "Verantwoordelijke" ends at 157
        page = lines(
            (100, ("Status actie", "Lopende")),
            (100 + 2 * PITCH, ("Verantwoordelijke", "Minister van Welzijn")),
            (100 + 3 * PITCH, ("ministers", "")),
            (100 + 5 * PITCH, ("Beleidsdomeinen", "WVG")),
            columns=cols,
        )
        assert rows_of(read(_PageScan(page, HEIGHT, []))) == [
            ("Status actie", "Lopende"),
            ("Verantwoordelijke ministers", "Minister van Welzijn"),
            ("Beleidsdomeinen", "WVG"),
        ]


def test_the_header_names_cut_a_header_line_closer_than_a_column_gap():
    """The name "Bevoegdheden" nearly fills a narrow first column: "Beschrijving" starts a word space after it
    (c07). The header's names say where its cells are, and so the columns of the rows under it."""
    cols = (72.0, 135.0, 440.0)  # "Bevoegdheden" ends at 132
    page = lines(
        (100, ("Bevoegdheden", "Beschrijving", "Budget")),
        (116, ("Jeugd", "Het netwerk kwam samen", "5.000 euro")),
        columns=cols,
    )
    assert rows_of(read(_PageScan(page, HEIGHT, []))) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        ("Jeugd", "Het netwerk kwam samen", "5.000 euro"),
    ]


def test_a_table_of_horizontal_rules_only_reads_row_by_row():
    """l04-2017-12-libreoffice-horizontal-table.pdf (LibreOffice, horizontal rules only, middle-aligned,
    narrow columns, labels wrapped): its field block and rows, hand-checked against the text form."""
    from conftest import ROOT

    from pipeline.read import read_document

    doc = read_document(ROOT / "tests/fixtures/matrix/l04-2017-12-libreoffice-horizontal-table.pdf", READING_VOCABULARY)
    rows = [(b.page, b.cells) for b in doc.blocks if b.kind == "row"]
    page2 = [cells for page, cells in rows if page == 2]
    assert [cells[0] for cells in page2] == [
        "Actie 1.1",
        "Status actie",
        "Verantwoordelijke ministers",
        "Beleidsdomeinen",
        "Andere betrokkenen",
    ]
    assert page2[3][1] == "KB (coördinatie) OV WVG CJSM WSE"
    assert page2[2][1].endswith("Minister van Jeugd en Media Minister van Werk")
    # Page 9: action 2.1's one entry, which may not split and so starts on this page under the header on
    # page 8. Its competences stand centred beside a description with paragraph spacing as wide as the
    # row padding; only the rules say that all of it is one row.
    page9 = [cells for page, cells in rows if page == 9]
    assert page9[0][0].split() == ["Binnenlands", "Bestuur", "Welzijn"]  # one paragraph each, no spacing
    assert page9[0][1].startswith("Het centraal aanspreekpunt neemt deel")
    assert "(zie VR 2017 1703 MED.0118-2).\nDe werkgroep Communicatie werd na lange tijd" in page9[0][1]
    assert page9[0][1].endswith("Het centraal aanspreekpunt van ABB neemt hieraan deel.")
    assert page9[1][0] == "Actie 2.2"


def test_a_label_run_on_into_its_value_is_cut_off_it():
    """Chromium overprints a label too wide for its column on the value beside it, with no white between
    them: one word "BeleidsdomeinenKB" (c07, page 3). A row label's last word followed by a capital is
    cut there; a word that merely starts like a label is not."""
    from pipeline.read.pdf import _label_run_on

    glued = [
        {
            "text": "BeleidsdomeinenKB",
            "x0": 74.2,
            "x1": 183.1,
            "top": 660.9,
            "bottom": 675.6,
            "size": 11.0,
            "fontname": "400",
        }
    ] + words("(coördinatie) OV", 186.4, 660.9)
    cut = _label_run_on(glued, READING_VOCABULARY)
    assert [w["text"] for w in cut] == ["Beleidsdomeinen", "KB", "(coördinatie)", "OV"]
    assert abs(cut[1]["x0"] - 169.5) < 4  # the value column's edge, within a column anchor's tolerance
    plain = words("Beleidsdomeinenoverleg Statussen", 74.0, 100.0)
    assert _label_run_on(plain, READING_VOCABULARY) == plain
    cols = (74.2, 169.5)
    page = lines((640, ("Status actie", "Lopende")), columns=cols) + [{**w, "top": 660, "bottom": 670} for w in glued]
    assert rows_of(read(_PageScan(page, HEIGHT, [])))[1] == ("Beleidsdomeinen", "KB (coördinatie) OV")


def test_a_centred_label_takes_the_widest_span_it_is_centred_in():
    """r01-2017-12-reportlab-frame-table.pdf, page 5: "Verantwoordelijke" / "ministers" centred beside five
    ministers, whose lines the label's own lines chain into bands. The three middle ministers are centred
    on the label as well as all five: the row is the widest such span, so the first minister is in it."""
    from pipeline.read.pdf import _part, _row_top

    def seg(text: str, x: float, top: float):
        return _part(words(text, x, top))

    bands = [
        [seg("Status actie", 109.2, 509.1), seg("Lopende", 201.5, 509.1)],
        [seg("Minister van Binnenlands Bestuur", 201.5, 527.8)],
        [
            seg("Minister van Onderwijs", 201.5, 541.5),
            seg("Verantwoordelijke", 109.2, 549.3),
            seg("Minister van Welzijn", 201.5, 555.2),
            seg("ministers", 109.2, 561.0),
            seg("Minister van Jeugd en Media", 201.5, 568.9),
        ],
        [seg("Minister van Werk", 201.5, 582.6)],
    ]
    run = [bands[2][1], bands[2][3]]
    assert _row_top(bands, 2, run, 10.0)[0] == 527.8


def test_rows_packed_without_padding_part_where_every_cell_starts_afresh():
    """No rulings and no row padding (LibreOffice, borders off): the next row's first line follows the
    last one at one line pitch. Where the first column gets text again after white space in it and the
    other column's last line ended a sentence, the next begins with a capital: a new row. A second
    competence right under the first, beside a sentence going on, stays in its row."""
    page = lines(
        (700, ("Bevoegdheden", "Beschrijving", "Budget")),
        (700 + PITCH, ("Jeugd", "Het netwerk kwam in februari samen", "5.000 euro")),
        (700 + 2 * PITCH, ("", "en zal nog eens samenkomen.")),
        (700 + 3 * PITCH, ("", "Daarna volgt een verslag.")),
        (700 + 4 * PITCH, ("Onderwijs", "In samenwerking met de scholen")),
        (700 + 5 * PITCH, ("Welzijn", "werd een vorming gegeven.")),
    )
    assert rows_of(read(_PageScan(page, HEIGHT, []))) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        (
            "Jeugd",
            "Het netwerk kwam in februari samen en zal nog eens samenkomen. Daarna volgt een verslag.",
            "5.000 euro",
        ),
        ("Onderwijs Welzijn", "In samenwerking met de scholen werd een vorming gegeven.", ""),
    ]


def test_rows_as_far_apart_as_paragraphs_part_where_every_column_starts_anew():
    """LibreOffice without borders or padding: rows stand a paragraph's spacing apart (16 points here,
    lines 12), as a cell's paragraphs do. A line whose first column has new text after that spacing and
    whose other columns start a sentence anew opens a row; a competence under the first, beside a
    sentence going on, stays in its row."""
    page = lines(
        (700, ("Bevoegdheden", "Beschrijving", "Budget")),
        (716, ("Jeugd", "Zie rapportage 1.2 voor het netwerk dat")),
        (728, ("", "in 2017 verder werd uitgebouwd en")),
        (740, ("", "geconcretiseerd.")),
        (756, ("Media", "Zie rapportage 14.3 voor de reeks.")),
        (772, ("Onderwijs", "Het departement organiseerde een", "60.000 euro")),
        (784, ("", "overleg met de scholen over de")),
        (788, ("Welzijn",)),
        (796, ("", "noodplanning.")),
    )
    assert rows_of(read(_PageScan(page, HEIGHT, []))) == [
        ("Bevoegdheden", "Beschrijving", "Budget"),
        ("Jeugd", "Zie rapportage 1.2 voor het netwerk dat in 2017 verder werd uitgebouwd en geconcretiseerd.", ""),
        ("Media", "Zie rapportage 14.3 voor de reeks.", ""),
        (
            "Onderwijs Welzijn",
            "Het departement organiseerde een overleg met de scholen over de noodplanning.",
            "60.000 euro",
        ),
    ]


def test_a_line_ends_in_a_words_hyphen_only_after_a_letter_digit_or_bracket():
    """c01 (Chromium, 2018-06 round) 4.3: "Gemiddeld bereikt de VVSG +/-" / "15 personen": the text form has
    "+/- 15"; a word broken at its hyphen goes on without a space."""
    assert _join_line("Gemiddeld bereikt de VVSG +/-", "15 personen") == "Gemiddeld bereikt de VVSG +/- 15 personen"
    assert _join_line("provincie Oost-", "Vlaanderen") == "provincie Oost-Vlaanderen"
    assert _join_line("van 14/11-", "16/11/2016") == "van 14/11-16/11/2016"
    assert _join_line("(Transnational Cooperation Activities)-", "middelen") == (
        "(Transnational Cooperation Activities)-middelen"
    )
    assert _join_line("de tweede -", "en laatste") == "de tweede - en laatste"
