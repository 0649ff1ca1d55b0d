"""python-docx form of a ``Report`` for one ``Layout`` (converted to PDF by LibreOffice headless).

Reuses the helpers of ``render_docx`` (fonts, headings style, title page, column widths,
shading, cell filling, fixed zip timestamps and core properties) and varies what the matrix
varies: table borders per edge, ``w:tblHeader`` on or off, ``w:cantSplit`` on every row when
rows may not break, ``w:vAlign``, the field block form, wrapped labels (a ``w:br`` inside the
label), margins, running header side, footer fields (PAGE / NUMPAGES), a cover page and the
heading forms. Word and LibreOffice have no break-border choice: borders close at a break.
"""

from __future__ import annotations

import functools
import io
import subprocess
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from matrix_layout import (
    COVER_LINES,
    FONTS,
    MARGINS,
    REPORT_HEADER,
    Layout,
    action_label,
    col_widths_cm,
    description_paragraphs,
    fields,
    header_text,
    inline_value,
    line_heading,
    measure_heading,
)
from render_docx import (
    SYNTHETIC_NOTICE,
    add_text_paragraphs,
    add_title_page,
    fill_cell,
    normalise_zip,
    set_base_font,
    set_col_widths,
    set_core_properties,
    shade,
    soffice_binary,
    split_paragraphs,
    style_headings,
)

from pipeline.model import Action, Entry, Report

EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
RULED_EDGES = {
    "full": set(EDGES),
    "horizontal": {"top", "bottom", "insideH"},
    "frame": {"top", "left", "bottom", "right"},
    "none": set(),
}


def set_borders(table: Table, rulings: str) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in EDGES:
        el = OxmlElement(f"w:{edge}")
        if edge in RULED_EDGES[rulings]:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "808080")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def set_rows(table: Table, layout: Layout, header_row: bool, may_split: frozenset[int] = frozenset()) -> None:
    """Header repeat, cantSplit and vertical alignment on every row and cell (rows ``may_split``: no cantSplit)."""
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        if not layout.row_split and i not in may_split:
            tr_pr.append(OxmlElement("w:cantSplit"))
        if header_row and i == 0 and layout.header_repeat:
            tr_pr.append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            valign = OxmlElement("w:vAlign")
            valign.set(qn("w:val"), "center" if layout.valign == "middle" else "top")
            cell._tc.get_or_add_tcPr().append(valign)


def add_field(paragraph, instr: str) -> None:
    """A complex field (PAGE, NUMPAGES) as Word writes it."""
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        else:
            run.text = text or ""


def setup_page(doc: DocxDocument, report: Report, layout: Layout) -> None:
    top, right, bottom, left = MARGINS[layout.margins]
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.right_margin = Cm(top), Cm(right)
    section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    section.header_distance = section.footer_distance = Cm(min(1.2, top / 2))
    section.different_first_page_header_footer = True
    if layout.header != "none":
        hp = section.header.paragraphs[0]
        hp.text = header_text(report)
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT if layout.header == "left" else WD_ALIGN_PARAGRAPH.RIGHT
        for run in hp.runs:
            run.font.size, run.font.italic = Pt(8), True
    if layout.footer == "none":
        return
    fp = section.footer.paragraphs[0]
    pieces = {
        "dash": ["– ", "PAGE", " –"],
        "p-n-m": ["p. ", "PAGE", " / ", "NUMPAGES"],
        "pagina-n-van-m": ["Pagina ", "PAGE", " van ", "NUMPAGES"],
    }[layout.footer]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if layout.footer == "dash" else WD_ALIGN_PARAGRAPH.RIGHT
    for piece in pieces:
        if piece in ("PAGE", "NUMPAGES"):
            add_field(fp, piece)
        else:
            fp.add_run(piece)
    for run in fp.runs:
        run.font.size = Pt(9)


def add_cover(doc: DocxDocument, report: Report) -> None:
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(report.title)
    run.bold, run.font.size = True, Pt(18)
    for line in COVER_LINES:
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(line).font.size = Pt(14)
    if report.synthetic:
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(SYNTHETIC_NOTICE).bold = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def label_cell(cell: _Cell, lines: tuple[str, ...]) -> None:
    """Bold label; a wrapped label is one paragraph with a line break (as Word users type it)."""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = True
        if i < len(lines) - 1:
            run.add_break()
    p.paragraph_format.space_after = Pt(3)


def add_field_block(doc: DocxDocument, action: Action, layout: Layout) -> None:
    desc = description_paragraphs(action)
    rows = fields(action, layout)
    if layout.field_block == "table":
        table = doc.add_table(rows=1 + len(rows), cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        set_borders(table, layout.rulings)
        label_cell(table.rows[0].cells[0], (action_label(action),))
        fill_cell(table.rows[0].cells[1], desc)
        for row, f in zip(table.rows[1:], rows, strict=True):
            label_cell(row.cells[0], f.label_lines)
            fill_cell(row.cells[1], list(f.values))
        if layout.rulings == "full":
            for row in table.rows:
                shade(row.cells[0], "E8EEF4")
        set_rows(table, layout, header_row=False)
        set_col_widths(table, tuple(Cm(w) for w in col_widths_cm(layout)[0]))
        doc.add_paragraph()
        return
    sep = ":" if layout.field_block == "colon" else ""
    p = doc.add_paragraph()
    p.add_run(f"{action_label(action)}{sep}").bold = True
    p.add_run(f" {desc[0]}")
    add_text_paragraphs(doc, desc[1:])
    for f in rows:
        p = doc.add_paragraph()
        for i, line in enumerate(f.label_lines):
            run = p.add_run(line + (sep if i == len(f.label_lines) - 1 else ""))
            run.bold = layout.field_block == "lines"
            if i < len(f.label_lines) - 1:
                run.add_break()
        p.add_run(f" {inline_value(f, layout)}")


def add_report_table(
    doc: DocxDocument, entries: list[Entry], layout: Layout, may_split: frozenset[int] = frozenset()
) -> None:
    doc.add_paragraph().add_run("Rapportage").bold = True
    table = doc.add_table(rows=1 + len(entries), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    set_borders(table, layout.rulings)
    for cell, label in zip(table.rows[0].cells, REPORT_HEADER, strict=True):
        fill_cell(cell, [label], bold=True)
        if layout.rulings == "full":
            shade(cell, "D9E2EC")
    for row, entry in zip(table.rows[1:], entries, strict=True):
        fill_cell(row.cells[0], list(entry.competences))
        fill_cell(row.cells[1], split_paragraphs(entry.description))
        fill_cell(row.cells[2], split_paragraphs(entry.budget_text))
    set_rows(table, layout, header_row=True, may_split=may_split)
    set_col_widths(table, tuple(Cm(w) for w in col_widths_cm(layout)[1]))
    doc.add_paragraph()


def build_document(report: Report, layout: Layout, may_split: frozenset[tuple[str, int]] = frozenset()) -> DocxDocument:
    """``may_split``: (action id, entry number) of Rapportage rows that may break across pages whatever
    ``layout.row_split`` says (``rows_lost``)."""
    doc = Document()
    set_base_font(doc, FONTS[layout.font][0], layout.size)
    style_headings(doc)
    setup_page(doc, report, layout)
    if layout.cover:
        add_cover(doc, report)
    add_title_page(doc, report)
    doc.add_heading("1. Situering", level=1)
    add_text_paragraphs(doc, report.introduction)
    doc.add_heading("2. Rapportage acties en maatregelen", level=1)
    for line in report.policy_lines:
        doc.add_heading(line_heading(line.line_no, line.title, layout), level=1)
        for measure in line.measures:
            doc.add_heading(measure_heading(measure.measure_no, measure.title, layout), level=2)
            for action in measure.actions:
                add_field_block(doc, action, layout)
                rows = frozenset(n for aid, n in may_split if aid == action.action_id)
                add_report_table(doc, action.entries, layout, rows)
    set_core_properties(doc, report)
    return doc


def render_matrix_docx(
    report: Report, layout: Layout, path: Path, may_split: frozenset[tuple[str, int]] = frozenset()
) -> Path:
    buf = io.BytesIO()
    build_document(report, layout, may_split).save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))
    return path


@functools.cache
def libreoffice_version() -> str:
    out = subprocess.run([soffice_binary(), "--version"], capture_output=True, text=True, timeout=120)
    return out.stdout.strip()


def rows_lost(report: Report, pdf: Path) -> frozenset[tuple[str, int]]:
    """(action id, entry number) of Rapportage rows whose text ends are missing from the PDF's text layer.

    LibreOffice cannot keep a row that may not split (``w:cantSplit``) but is taller than the space on
    its page whole: it sets the row on one page and drops what overflows it. Word splits such a row
    instead; so does the matrix, for these rows only (and says so in the manifest's notes)."""
    import pypdfium2

    def squeeze(text: str) -> str:  # letters and digits only: line breaks, list marks and hyphens differ
        return "".join(ch for ch in text.lower() if ch.isalnum())

    doc = pypdfium2.PdfDocument(str(pdf))
    printed = squeeze(" ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))))
    lost = set()
    for action in report.actions():
        for n, entry in enumerate(action.entries, start=1):
            if any(squeeze(t)[-40:] not in printed for t in (entry.description, entry.budget_text) if t.strip()):
                lost.add((action.action_id, n))
    return frozenset(lost)
