"""reportlab form of a ``Report`` for one ``Layout`` (platypus tables, its own page-break code).

reportlab has no ``box-decoration-break``: a row split across pages is drawn as two cells,
each with the rulings of the style, so the break border is always there (``clone``).
A row that may not split (``splitInRow=0``) but is taller than a page cannot be laid out;
``render_reportlab`` then retries with in-row splitting and says so in its return value.
``invariant=1`` keeps the bytes stable.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

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
    footer_text,
    header_text,
    inline_value,
    line_heading,
    measure_heading,
)
from render_docx import SYNTHETIC_NOTICE, is_list_item, split_paragraphs, split_round_label, title_lines
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    LayoutError,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pipeline.model import Action, Entry, Report

GREY = HexColor("#808080")


def register(font_key: str) -> tuple[str, str, str]:
    """Register the family's regular, bold and italic TTFs; return their reportlab names."""
    family = FONTS[font_key][0]
    names = []
    for suffix, bold, italic in (("", False, False), ("-Bold", True, False), ("-Italic", False, True)):
        name = family.replace(" ", "") + suffix
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_file(family, bold, italic))))
        names.append(name)
    regular, bold, italic = names
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=italic, boldItalic=bold)
    return regular, bold, italic


class Styles:
    def __init__(self, layout: Layout) -> None:
        self.regular, self.bold, self.italic = register(layout.font)
        s = layout.size
        self.body = ParagraphStyle("body", fontName=self.regular, fontSize=s, leading=s * 1.3, spaceAfter=3)
        self.cell = ParagraphStyle("cell", parent=self.body, spaceAfter=2, splitLongWords=0)
        self.cell_bold = ParagraphStyle("cellbold", parent=self.cell, fontName=self.bold)
        self.bullet = ParagraphStyle("bullet", parent=self.cell, leftIndent=11, bulletIndent=2)
        self.body_bullet = ParagraphStyle("bodybullet", parent=self.body, leftIndent=13, bulletIndent=3)
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=self.bold,
            fontSize=s * 1.4,
            leading=s * 1.75,
            spaceBefore=12,
            spaceAfter=6,
            textColor=HexColor("#1f3a60"),
        )
        self.h2 = ParagraphStyle("h2", parent=self.h1, fontSize=s * 1.15, leading=s * 1.45, spaceBefore=8)
        self.title = ParagraphStyle("title", parent=self.body, fontName=self.bold, fontSize=22, leading=28)
        self.sub = ParagraphStyle("sub", parent=self.body, fontSize=14, leading=18, spaceAfter=6)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def cell_flowables(paragraphs, st: Styles, style: ParagraphStyle | None = None) -> list[Flowable]:
    style = style or st.cell
    out: list[Flowable] = []
    for text in paragraphs:
        if is_list_item(text):
            out.append(Paragraph(escape(text[2:]), st.bullet, bulletText="•"))
        else:
            out.append(para(text, style))
    return out or [para("", style)]


def table_style(layout: Layout, header_row: bool, tight: bool = False) -> TableStyle:
    pad = 1 if tight else 3
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if layout.valign == "middle" else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
    ]
    if layout.rulings == "full":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, GREY))
        if header_row:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), HexColor("#d9e2ec")))
    elif layout.rulings == "horizontal":
        cmds += [("LINEABOVE", (0, 0), (-1, -1), 0.5, GREY), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY)]
    elif layout.rulings == "frame":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.75, GREY))
    if layout.shading == "zebra":  # (None: no box drawn for the odd rows)
        cmds.append(("ROWBACKGROUNDS", (0, 0), (-1, -1), [None, HexColor("#e9eef3")]))
    return TableStyle(cmds)


def label_image(text: str, st: Styles, layout: Layout) -> Image:
    """The label as a raster image (no text layer) for the damaged rendition."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    scale = 4
    font = ImageFont.truetype(str(font_file(FONTS[layout.font][0], bold=True)), int(layout.size * scale))
    right = font.getbbox(text)[2]
    img = PILImage.new("L", (right + 4, int(layout.size * scale * 1.3)), 255)
    ImageDraw.Draw(img).text((2, 0), text, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return Image(buf, width=img.width / scale, height=img.height / scale, hAlign="LEFT")


def field_block(action: Action, layout: Layout, st: Styles, damaged: str | None) -> list[Flowable]:
    desc = description_paragraphs(action)
    label: Flowable = (
        label_image(action_label(action), st, layout)
        if action.action_id == damaged
        else para(action_label(action), st.cell_bold)
    )
    if layout.field_block == "table":
        (wl, wv), _ = col_widths_cm(layout)
        data = [[label, cell_flowables(desc, st)]]
        for f in fields(action, layout):
            lab = Paragraph("<br/>".join(escape(x) for x in f.label_lines), st.cell_bold)
            data.append([lab, cell_flowables(f.values, st)])
        return [
            Table(
                data,
                colWidths=(wl * cm, wv * cm),
                style=table_style(layout, False),
                hAlign="LEFT",
                splitInRow=1 if layout.row_split else 0,
            )
        ]
    sep = ":" if layout.field_block == "colon" else ""
    if action.action_id == damaged:
        out: list[Flowable] = [label, para(desc[0], st.body)]
    else:
        out = [Paragraph(f"<b>{escape(action_label(action))}{sep}</b> {escape(desc[0])}", st.body)]
    out += cell_flowables(desc[1:], st, st.body) if desc[1:] else []
    for f in fields(action, layout):
        lab = "<br/>".join(escape(x) for x in f.label_lines)
        lab = f"<b>{lab}</b>" if layout.field_block == "lines" else lab
        out.append(Paragraph(f"{lab}{sep} {escape(inline_value(f, layout))}", st.body))
    return out


def report_table(entries: list[Entry], layout: Layout, st: Styles, fallback: int) -> Table:
    _, widths = col_widths_cm(layout)
    data: list[list[object]] = [[para(h, st.cell_bold) for h in REPORT_HEADER]]
    for e in entries:
        data.append(
            [
                cell_flowables(e.competences, st),
                cell_flowables(split_paragraphs(e.description), st),
                cell_flowables(split_paragraphs(e.budget_text), st),
            ]
        )
    return Table(
        data,
        colWidths=[w * cm for w in widths],
        style=table_style(layout, True, tight=fallback == 3),
        hAlign="LEFT",
        repeatRows=1 if layout.header_repeat else 0,
        # see render_pdf_plain: in-row first avoids mid-page headers
        splitByRow=0 if layout.row_split or fallback >= 2 else 1,
        splitInRow=1 if layout.row_split or fallback else 0,
    )


def front_pages(report: Report, layout: Layout, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if layout.cover:
        out += [Spacer(1, 7 * cm), para(report.title, st.title), Spacer(1, 1 * cm)]
        out += [para(x, st.sub) for x in COVER_LINES]
        out += [Spacer(1, 1 * cm), para(SYNTHETIC_NOTICE, st.cell_bold)] if report.synthetic else []
        out.append(PageBreak())
    kind, when = split_round_label(report.round_label)
    out += [Spacer(1, 6 * cm), Paragraph("<br/>".join(escape(x) for x in title_lines(report.title)), st.title)]
    out += [Spacer(1, 1.2 * cm)] + [para(t, st.sub) for t in (kind, when) if t]
    if report.synthetic:
        out += [Spacer(1, 1 * cm), para(SYNTHETIC_NOTICE, st.cell_bold)]
    return out + [PageBreak()]


def story(report: Report, layout: Layout, st: Styles, damaged: str | None, fallback: int) -> list[Flowable]:
    out = front_pages(report, layout, st)
    out.append(para("1. Situering", st.h1))
    out += [
        Paragraph(escape(t[2:]), st.body_bullet, bulletText="•") if is_list_item(t) else para(t, st.body)
        for t in report.introduction
    ]
    out.append(para("2. Rapportage acties en maatregelen", st.h1))
    for line in report.policy_lines:
        out += [CondPageBreak(4 * cm), para(line_heading(line.line_no, line.title, layout), st.h1)]
        for measure in line.measures:
            out += [CondPageBreak(3 * cm), para(measure_heading(measure.measure_no, measure.title, layout), st.h2)]
            for action in measure.actions:
                out += field_block(action, layout, st, damaged)
                out += [Spacer(1, 5), para("Rapportage", st.cell_bold)]
                out.append(report_table(action.entries, layout, st, fallback))
                out.append(Spacer(1, 10))
    return out


def _build(report: Report, layout: Layout, target, total: int, damaged: str | None, fallback: int) -> int:
    st = Styles(layout)
    top, right, bottom, left = (x * cm for x in MARGINS[layout.margins])
    pagesize = landscape(A4) if layout.orientation == "landscape" else A4
    page_w, page_h = pagesize
    front = 2 if layout.cover else 1

    def furniture(canvas, doc) -> None:
        if doc.page <= front:
            return
        canvas.saveState()
        canvas.setFont(st.italic, 8)
        if layout.header == "left":
            canvas.drawString(left, page_h - top + 0.9 * cm, header_text(report))
        elif layout.header == "right":
            canvas.drawRightString(page_w - right, page_h - top + 0.9 * cm, header_text(report))
        canvas.setFont(st.regular, 9)
        text = footer_text(layout, doc.page, total)
        if layout.footer == "dash":
            canvas.drawCentredString(page_w / 2, bottom - 1.0 * cm, text)
        elif text:
            canvas.drawRightString(page_w - right, bottom - 1.0 * cm, text)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=f"{report.title} – {report.round_label}",
        author="Vlaamse Regering",
        subject=SYNTHETIC_NOTICE if report.synthetic else "Tussentijdse rapportage",
        creator="rapportage scripts/render_matrix.py (reportlab)",
        invariant=1,
    )
    doc.build(story(report, layout, st, damaged, fallback), onFirstPage=furniture, onLaterPages=furniture)
    return doc.page


FALLBACK_NOTES = (
    "a row taller than a page: reportlab may split inside a row where it must (splitByRow=1, splitInRow=1)",
    "still too tall: rows split in-row first (splitByRow=0, splitInRow=1), i.e. as row_split=True",
    # reportlab cannot split a one-paragraph cell that is a fraction of a point taller than the frame
    "still too tall: Rapportage cell padding 1 pt instead of 3 pt",
)


def render_reportlab(report: Report, layout: Layout, path: Path, damaged: str | None = None) -> list[str]:
    """Write the PDF (two passes: the first counts the pages for "N / M"); returns notes on what was changed.

    With ``row_split=False`` rows break only between rows; a row taller than a page cannot, so
    then reportlab may also split inside a row, but still prefers a break between rows.
    """
    notes: list[str] = []
    for fallback in range(4):
        try:
            total = _build(report, layout, io.BytesIO(), 0, damaged, fallback)
            break
        except LayoutError:
            if fallback == 3:
                raise
            notes.append(FALLBACK_NOTES[fallback])
    _build(report, layout, str(path), total, damaged, fallback)
    return notes


def reportlab_version() -> str:
    import reportlab

    return f"reportlab {reportlab.Version}"
