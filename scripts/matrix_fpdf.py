"""fpdf2 form of a ``Report`` for one ``Layout``: FPDF's own line breaking, tables drawn cell by cell.

fpdf2's ``table()`` cannot break a row across pages (it raises for a row taller than the page), and
the report's rows are often longer than a page. So the tables are drawn as FPDF programs draw them
by hand ("multi-cell rows"): fpdf2 breaks each cell's paragraphs into lines (``multi_cell`` dry run),
and a row goes on the next page where its lines do not fit, every cell's rest at the new page's top
(or, with ``row_split=False``, the whole row moves on when it fits a page). Rulings are drawn per
fragment of a row, so a cut cell is closed on both sides of the break (``break_border`` is ``None``).
Text outside tables (headings, the field paragraphs "Label: value") is ``write`` / ``multi_cell``.
The header and footer are ``FPDF.header`` / ``footer`` (the page total is the ``{nb}`` alias).
A fixed creation date makes the /ID (fpdf2 hashes the file with it) and the bytes stable.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

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
    font_file,
    header_text,
    inline_value,
    line_heading,
    measure_heading,
)
from render_docx import (
    SYNTHETIC_NOTICE,
    fixed_timestamp,
    is_list_item,
    split_paragraphs,
    split_round_label,
    title_lines,
)

from pipeline.model import Action, Entry, Report

CM = 72 / 2.54
GREY = (128, 128, 128)
TINT = (233, 238, 243)
HEAD_TINT = (217, 226, 236)
BLUE = (31, 58, 96)
PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 3.0, 4.0
BULLET_INDENT, TEXT_INDENT = 2.0, 11.0
PARA_GAP = 2.0


@dataclass(frozen=True)
class TextLine:
    """One line of a cell: its text, left offset in the cell, height (with the paragraph gap after it)."""

    text: str
    dx: float
    height: float
    bold: bool = False
    marker: bool = False  # a list marker "•" at BULLET_INDENT before the text


class Doc:
    """An FPDF document with the layout's fonts, page furniture and a hand-drawn table."""

    def __init__(self, report: Report, layout: Layout, total: str = "{nb}") -> None:
        from fpdf import FPDF

        outer = self
        self.report, self.layout = report, layout
        self.front = 2 if layout.cover else 1
        top, right, bottom, left = (x * CM for x in MARGINS[layout.margins])
        self.margins = (top, right, bottom, left)

        class _PDF(FPDF):
            def header(self) -> None:
                outer.furniture_top()

            def footer(self) -> None:
                outer.furniture_bottom()

        orientation = "L" if layout.orientation == "landscape" else "P"
        self.pdf = pdf = _PDF(orientation=orientation, unit="pt", format="A4")
        pdf.set_margins(left, top, right)
        pdf.set_auto_page_break(True, bottom)
        pdf.c_margin = 0
        pdf.alias_nb_pages(total)
        self.family = FONTS[layout.font][0]
        for style, bold, italic in (("", False, False), ("B", True, False), ("I", False, True)):
            pdf.add_font(self.family, style, str(font_file(self.family, bold, italic)))
        self.size = layout.size
        self.leading = layout.size * 1.3
        self.font()

    # ------------------------------------------------------------------ basics

    def font(self, bold: bool = False, size: float | None = None, italic: bool = False) -> None:
        self.pdf.set_font(self.family, "B" if bold else "I" if italic else "", size or self.size)

    @property
    def bottom_y(self) -> float:
        return self.pdf.h - self.margins[2]

    def furniture_top(self) -> None:
        pdf, layout = self.pdf, self.layout
        if pdf.page_no() <= self.front or layout.header == "none":
            return
        top, right, _, left = self.margins
        self.font(size=8, italic=True)
        pdf.set_xy(left, top - 0.9 * CM - 8)
        pdf.cell(pdf.w - left - right, 8, header_text(self.report), align="L" if layout.header == "left" else "R")
        pdf.set_xy(left, top)

    def furniture_bottom(self) -> None:
        pdf, layout = self.pdf, self.layout
        if pdf.page_no() <= self.front or layout.footer == "none":
            return
        _, right, bottom, left = self.margins
        n = str(pdf.page_no())
        text = {"dash": f"– {n} –", "p-n-m": f"p. {n} / {pdf.str_alias_nb_pages}"}.get(
            layout.footer, f"Pagina {n} van {pdf.str_alias_nb_pages}"
        )
        self.font(size=9)
        pdf.set_xy(left, pdf.h - bottom + 1.0 * CM - 9)
        pdf.cell(pdf.w - left - right, 9, text, align="C" if layout.footer == "dash" else "R")

    def wrap(self, text: str, width: float, bold: bool = False) -> list[str]:
        """fpdf2's own line breaking of one paragraph."""
        from fpdf.enums import MethodReturnValue

        self.font(bold)
        if not text:
            return [""]
        return self.pdf.multi_cell(width, self.leading, text, dry_run=True, output=MethodReturnValue.LINES)

    def cell_lines(self, paragraphs, width: float, bold: bool = False) -> list[TextLine]:
        out: list[TextLine] = []
        for text in paragraphs or [""]:
            item = is_list_item(text)
            body, dx = (text[2:], TEXT_INDENT) if item else (text, 0.0)
            lines = self.wrap(body, width - dx, bold)
            for i, line in enumerate(lines):
                gap = PARA_GAP if i == len(lines) - 1 else 0.0
                out.append(TextLine(line, dx, self.leading + gap, bold, item and i == 0))
        return out

    def label_lines(self, label_lines: tuple[str, ...], width: float) -> list[TextLine]:
        """A field label: each given line its own (a hard break), bold."""
        out: list[TextLine] = []
        for part in label_lines:
            out += [TextLine(x, 0.0, self.leading, True) for x in self.wrap(part, width, bold=True)]
        return out

    # ------------------------------------------------------------------ tables

    def draw_lines(self, lines: list[TextLine], x: float, y: float) -> None:
        pdf = self.pdf
        for ln in lines:
            if ln.marker:
                self.font()
                pdf.set_xy(x + BULLET_INDENT, y)
                pdf.cell(TEXT_INDENT - BULLET_INDENT, self.leading, "•")
            self.font(ln.bold)
            pdf.set_xy(x + ln.dx, y)
            pdf.cell(pdf.get_string_width(ln.text) + 0.01, self.leading, ln.text)
            y += ln.height

    def draw_fragment(self, cells: list[list[TextLine]], widths, y: float, height: float, style: dict) -> None:
        """One row's part on one page: ground, rulings, then every cell's lines (top or centred)."""
        pdf, layout = self.pdf, self.layout
        x0 = self.margins[3]
        total = sum(widths)
        if style.get("fill"):
            pdf.set_fill_color(*style["fill"])
            pdf.rect(x0, y, total, height, style="F")
        pdf.set_draw_color(*GREY)
        pdf.set_line_width(0.5)
        if layout.rulings == "full":
            x = x0
            for w in widths:
                pdf.rect(x, y, w, height)
                x += w
        elif layout.rulings == "horizontal":
            pdf.line(x0, y, x0 + total, y)
            pdf.line(x0, y + height, x0 + total, y + height)
        x = x0
        for w, lines in zip(widths, cells, strict=True):
            used = sum(ln.height for ln in lines)
            dy = (height - PAD_TOP - PAD_BOTTOM - used) / 2 if layout.valign == "middle" else 0.0
            self.draw_lines(lines, x + PAD_X, y + PAD_TOP + max(dy, 0.0))
            x += w

    def table(self, widths, rows: list[list[list[TextLine]]], header: list[list[TextLine]] | None) -> list[int]:
        """Draw the table from the current y; returns the rows (0-based, after the header) that had to split
        although ``row_split`` is False (taller than a page)."""
        pdf, layout = self.pdf, self.layout
        split: list[int] = []
        pdf.set_auto_page_break(False)  # the table breaks its own pages
        frame = FrameTracker(self, sum(widths))
        head_style = {"fill": HEAD_TINT} if layout.rulings == "full" else {}
        all_rows = ([header] if header else []) + rows
        for index, cells in enumerate(all_rows):
            style = {"fill": TINT} if layout.shading == "zebra" and index % 2 == 1 else {}
            if index == 0 and header:
                style = head_style or style
            rest = [list(c) for c in cells]
            keep_whole = not layout.row_split
            while True:
                room = self.bottom_y - pdf.get_y() - PAD_TOP - PAD_BOTTOM
                taken = [_fit(c, room) for c in rest]
                whole = all(n == len(c) for n, c in zip(taken, rest, strict=True))
                at_top = pdf.get_y() <= max(self.fresh_y, self.margins[0]) + 0.5
                if (not any(taken) and any(rest)) or (keep_whole and not whole and not at_top):
                    frame.close()
                    self.new_page_in_table(widths, header if index > 0 else None, head_style)
                    frame.open()
                    continue
                if keep_whole and not whole:
                    split.append(index - (1 if header else 0))
                    keep_whole = False
                parts = [c[:n] for c, n in zip(rest, taken, strict=True)]
                height = max(sum(ln.height for ln in p) for p in parts) + PAD_TOP + PAD_BOTTOM
                y0 = pdf.get_y()
                self.draw_fragment(parts, widths, y0, height, style)
                pdf.set_y(y0 + height)
                rest = [c[n:] for c, n in zip(rest, taken, strict=True)]
                if not any(rest):
                    break
                frame.close()
                self.new_page_in_table(widths, header if index > 0 else None, head_style)
                frame.open()
        frame.close()
        pdf.set_auto_page_break(True, self.margins[2])
        return split

    fresh_y = 0.0  # where a table's rows went on after its last page break

    def new_page_in_table(self, widths, header, head_style: dict) -> None:
        pdf = self.pdf
        pdf.add_page()
        if header and self.layout.header_repeat:
            height = max(sum(ln.height for ln in c) for c in header) + PAD_TOP + PAD_BOTTOM
            y0 = pdf.get_y()
            self.draw_fragment(header, widths, y0, height, head_style)
            pdf.set_y(y0 + height)
        self.fresh_y = pdf.get_y()


class FrameTracker:
    """The outer frame (``rulings="frame"``) of each part of a table on its page."""

    def __init__(self, doc: Doc, width: float) -> None:
        self.doc, self.width = doc, width
        self.open()

    def open(self) -> None:
        self.top = self.doc.pdf.get_y()

    def close(self) -> None:
        pdf = self.doc.pdf
        if self.doc.layout.rulings != "frame" or pdf.get_y() <= self.top:
            return
        pdf.set_draw_color(*GREY)
        pdf.set_line_width(0.75)
        pdf.rect(self.doc.margins[3], self.top, self.width, pdf.get_y() - self.top)


def _fit(lines: list[TextLine], room: float) -> int:
    """How many of the lines fit in ``room`` points."""
    used, n = 0.0, 0
    for ln in lines:
        if used + ln.height - (PARA_GAP if ln.height > 0 else 0) > room + 0.01:
            break
        used += ln.height
        n += 1
    return n


# --------------------------------------------------------------------- the document


def label_png(text: str, layout: Layout, px_per_pt: float = 4.0) -> tuple[io.BytesIO, float]:
    """``text`` as a PNG (no text layer) and its width in pt: the damaged rendition's heading."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_file(FONTS[layout.font][0], bold=True)), int(layout.size * px_per_pt))
    right = font.getbbox(text)[2]
    img = Image.new("L", (right + 4, int(layout.size * px_per_pt * 1.3)), 255)
    ImageDraw.Draw(img).text((2, 0), text, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf, img.width / px_per_pt


def paragraph(doc: Doc, text: str, bold: bool = False, size: float | None = None, after: float = 3.0) -> None:
    pdf = doc.pdf
    doc.font(bold, size)
    pdf.set_x(doc.margins[3])
    pdf.multi_cell(0, (size or doc.size) * 1.3, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def bullet(doc: Doc, text: str) -> None:
    pdf = doc.pdf
    left = doc.margins[3]
    doc.font()
    y = pdf.get_y()
    if y + doc.leading > doc.bottom_y:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_xy(left + 3, y)
    pdf.cell(10, doc.leading, "•")
    pdf.set_xy(left + 13, y)
    pdf.multi_cell(pdf.w - left - 13 - doc.margins[1], doc.leading, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def heading(doc: Doc, text: str, level: int, keep: float) -> None:
    pdf = doc.pdf
    if pdf.get_y() + keep > doc.bottom_y:
        pdf.add_page()
    size = doc.size * (1.4 if level == 1 else 1.15)
    pdf.ln(12 if level == 1 else 8)
    pdf.set_text_color(*BLUE)
    paragraph(doc, text, bold=True, size=size, after=6)
    pdf.set_text_color(0, 0, 0)


def inline_field(doc: Doc, label_lines: tuple[str, ...], sep: str, value: str, bold_label: bool) -> None:
    """ "Label value" / "Label: value" as one flowing paragraph (``write`` breaks its lines)."""
    pdf = doc.pdf
    pdf.set_x(doc.margins[3])
    doc.font(bold_label)
    pdf.write(doc.leading, "\n".join(label_lines) + sep)
    doc.font()
    pdf.write(doc.leading, " " + value)
    pdf.ln(doc.leading)
    pdf.ln(3)


def field_block(doc: Doc, action: Action, damaged: str | None) -> list[int]:
    layout = doc.layout
    desc = description_paragraphs(action)
    is_damaged = action.action_id == damaged
    if layout.field_block == "table":
        (wl, wv), _ = col_widths_cm(layout)
        widths = (wl * CM, wv * CM)
        inner = [w - 2 * PAD_X for w in widths]
        first = [] if is_damaged else doc.label_lines((action_label(action),), inner[0])
        rows = [[first, doc.cell_lines(desc, inner[1])]]
        for f in fields(action, layout):
            rows.append([doc.label_lines(f.label_lines, inner[0]), doc.cell_lines(f.values, inner[1])])
        if is_damaged:
            place_label_image(doc, action, PAD_X, PAD_TOP)
        return doc.table(widths, rows, None)
    sep = ":" if layout.field_block == "colon" else ""
    if is_damaged:
        place_label_image(doc, action, 0.0, 0.0)
        doc.pdf.ln(doc.leading)
        paragraph(doc, desc[0])
    else:
        inline_field(doc, (action_label(action),), sep, desc[0], True)
    for text in desc[1:]:
        bullet(doc, text[2:]) if is_list_item(text) else paragraph(doc, text)
    for f in fields(action, layout):
        inline_field(doc, f.label_lines, sep, inline_value(f, layout), layout.field_block == "lines")
    return []


def place_label_image(doc: Doc, action: Action, dx: float, dy: float) -> None:
    pdf = doc.pdf
    if pdf.get_y() + 3 * doc.leading > doc.bottom_y:
        pdf.add_page()
    buf, width = label_png(action_label(action), doc.layout)
    pdf.image(buf, x=doc.margins[3] + dx, y=pdf.get_y() + dy, w=width)


def report_table(doc: Doc, entries: list[Entry]) -> list[int]:
    _, widths_cm = col_widths_cm(doc.layout)
    widths = [w * CM for w in widths_cm]
    inner = [w - 2 * PAD_X for w in widths]
    header = [doc.label_lines((h,), w) for h, w in zip(REPORT_HEADER, inner, strict=True)]
    rows = [
        [
            doc.cell_lines(list(e.competences), inner[0]),
            doc.cell_lines(split_paragraphs(e.description), inner[1]),
            doc.cell_lines(split_paragraphs(e.budget_text), inner[2]),
        ]
        for e in entries
    ]
    return doc.table(widths, rows, header)


def front_pages(doc: Doc) -> None:
    pdf, report = doc.pdf, doc.report
    if doc.layout.cover:
        pdf.add_page()
        pdf.set_y(pdf.get_y() + 7 * CM)
        paragraph(doc, report.title, bold=True, size=22)
        pdf.ln(1 * CM)
        for x in COVER_LINES:
            paragraph(doc, x, size=14, after=6)
        if report.synthetic:
            pdf.ln(1 * CM)
            paragraph(doc, SYNTHETIC_NOTICE, bold=True)
    pdf.add_page()
    pdf.set_y(pdf.get_y() + 6 * CM)
    pdf.set_text_color(*BLUE)
    paragraph(doc, "\n".join(title_lines(report.title)), bold=True, size=22)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.2 * CM)
    for t in split_round_label(report.round_label):
        if t:
            paragraph(doc, t, size=14, after=6)
    if report.synthetic:
        pdf.ln(1 * CM)
        pdf.set_text_color(192, 0, 0)
        paragraph(doc, SYNTHETIC_NOTICE, bold=True)
        pdf.set_text_color(0, 0, 0)


def build(report: Report, layout: Layout, damaged: str | None = None) -> tuple[Doc, list[str]]:
    doc = Doc(report, layout)
    pdf = doc.pdf
    when = fixed_timestamp(report)
    pdf.set_creation_date(when)
    pdf.set_title(f"{report.title} – {report.round_label}")
    pdf.set_author("Vlaamse Regering")
    pdf.set_subject(SYNTHETIC_NOTICE if report.synthetic else "Tussentijdse rapportage")
    pdf.set_creator("rapportage scripts/render_matrix.py (fpdf2)")
    pdf.set_producer("fpdf2")
    front_pages(doc)
    pdf.add_page()
    notes: list[str] = []
    heading(doc, "1. Situering", 1, 4 * CM)
    for t in report.introduction:
        bullet(doc, t[2:]) if is_list_item(t) else paragraph(doc, t)
    heading(doc, "2. Rapportage acties en maatregelen", 1, 4 * CM)
    for line in report.policy_lines:
        heading(doc, line_heading(line.line_no, line.title, layout), 1, 4 * CM)
        for measure in line.measures:
            heading(doc, measure_heading(measure.measure_no, measure.title, layout), 2, 3 * CM)
            for action in measure.actions:
                notes += [f"{action.action_id} field row {n + 1}" for n in field_block(doc, action, damaged)]
                pdf.ln(5)
                paragraph(doc, "Rapportage", bold=True, after=2)
                notes += [f"{action.action_id} entry {n + 1}" for n in report_table(doc, action.entries)]
                pdf.ln(10)
    return doc, notes


def render_fpdf(report: Report, layout: Layout, path: Path, damaged: str | None = None) -> list[str]:
    """Write the PDF; returns a note naming the rows that had to split although ``row_split`` is False."""
    doc, rows = build(report, layout, damaged)
    doc.pdf.output(str(path))
    if not rows:
        return []
    return [f"rows taller than a page split (a row that may not split moves to the next page whole): {', '.join(rows)}"]


def fpdf_version() -> str:
    import fpdf

    return f"fpdf2 {fpdf.__version__}"
