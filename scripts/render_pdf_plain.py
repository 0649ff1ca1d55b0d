"""Render a parsed ``Report`` as a PDF with no ruling lines at all (reportlab).

A deliberately different producer from the Word → LibreOffice route: tables
without any grid or border (columns are told apart by alignment only), a serif
font (DejaVu Serif, Times-Roman when DejaVu is missing), other margins, and a
running header plus a centred "– N –" page number. Rows of the Rapportage table
may break across pages (``splitInRow``); its header row repeats on each page.

``invariant=1`` makes reportlab omit the creation time and random ID, so the
same report always yields the same bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from render_docx import (
    SYNTHETIC_NOTICE,
    field_rows,
    is_list_item,
    split_paragraphs,
    split_round_label,
    title_lines,
)

from pipeline.model import Action, Entry, Report

PAGE_W, PAGE_H = A4
MARGINS = {"left": 3.0 * cm, "right": 2.0 * cm, "top": 3.0 * cm, "bottom": 2.6 * cm}
FRAME_W = PAGE_W - MARGINS["left"] - MARGINS["right"]
ACTION_COLS = (4.0 * cm, FRAME_W - 4.0 * cm)
REPORT_COLS = (3.3 * cm, FRAME_W - 3.3 * cm - 3.2 * cm, 3.2 * cm)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def register_fonts() -> tuple[str, str, str]:
    """Serif family (regular, bold, italic): DejaVu Serif if present, else Times."""
    files = {
        "DejaVuSerif": "DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    }
    if not all((DEJAVU / f).exists() for f in files.values()):
        return "Times-Roman", "Times-Bold", "Times-Italic"
    for name, f in files.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU / f)))
    pdfmetrics.registerFontFamily(
        "DejaVuSerif",
        normal="DejaVuSerif",
        bold="DejaVuSerif-Bold",
        italic="DejaVuSerif-Italic",
        boldItalic="DejaVuSerif-BoldItalic",
    )
    return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"


REGULAR, BOLD, ITALIC = register_fonts()

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, spaceAfter=4)
# Long words and URLs run past the column instead of being cut without a hyphen, as most
# producers do; a cut word could not be told from two words afterwards.
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=3, splitLongWords=0)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName=BOLD)
BULLET = ParagraphStyle("bullet", parent=CELL, leftIndent=12, bulletIndent=2, bulletFontName=REGULAR)
BODY_BULLET = ParagraphStyle("bodybullet", parent=BODY, leftIndent=14, bulletIndent=3, bulletFontName=REGULAR)
H1 = ParagraphStyle("h1", parent=BODY, fontName=BOLD, fontSize=13, leading=16, spaceBefore=14, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName=BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=6)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=22, leading=28)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=14, leading=18, spaceAfter=6)
NOTICE = ParagraphStyle("notice", parent=BODY, fontName=BOLD, fontSize=10, leading=13)
HEADER_FONT, FOOTER_FONT = (ITALIC, 8), (REGULAR, 9)

# Cells without any line: only white space separates the columns, and the rows (their
# padding makes the space between rows wider than between paragraphs inside a cell).
PLAIN_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def cell_flowables(paragraphs: Sequence[str], style: ParagraphStyle = CELL) -> list[Flowable]:
    """One Paragraph per paragraph; "- " items get a bullet."""
    out: list[Flowable] = []
    for text in paragraphs:
        if is_list_item(text):
            out.append(Paragraph(escape(text[2:]), BULLET, bulletText="•"))
        else:
            out.append(para(text, style))
    return out or [para("", style)]


def body_flowables(paragraphs: Sequence[str]) -> list[Flowable]:
    return [
        Paragraph(escape(t[2:]), BODY_BULLET, bulletText="•") if is_list_item(t) else para(t, BODY) for t in paragraphs
    ]


def field_table(action: Action) -> Table:
    data = [[para(label, CELL_BOLD), cell_flowables(values)] for label, values in field_rows(action)]
    return Table(data, colWidths=ACTION_COLS, style=PLAIN_TABLE, hAlign="LEFT", splitInRow=1)


def report_table(entries: Sequence[Entry]) -> Table:
    header = [para(h, CELL_BOLD) for h in ("Bevoegdheden", "Beschrijving", "Budget")]
    data: list[list[object]] = [header]
    for e in entries:
        data.append(
            [
                cell_flowables(e.competences),
                cell_flowables(split_paragraphs(e.description)),
                cell_flowables(split_paragraphs(e.budget_text)),
            ]
        )
    return Table(
        data,
        colWidths=REPORT_COLS,
        style=PLAIN_TABLE,
        hAlign="LEFT",
        repeatRows=1,
        # Try splitting inside a row first: splitting between rows first makes the
        # remainder (with its repeated header) land on the same page when its
        # first row can then be split in-row - a header repeated mid-page.
        splitByRow=0,
        splitInRow=1,
    )


def title_page(report: Report) -> list[Flowable]:
    kind, when = split_round_label(report.round_label)
    out: list[Flowable] = [Spacer(1, 6 * cm)]
    out.append(Paragraph("<br/>".join(escape(x) for x in title_lines(report.title)), TITLE))
    out.append(Spacer(1, 1.2 * cm))
    out += [para(t, SUBTITLE) for t in (kind, when) if t]
    if report.synthetic:
        out += [Spacer(1, 1 * cm), para(SYNTHETIC_NOTICE, NOTICE)]
    out.append(PageBreak())
    return out


def story(report: Report) -> list[Flowable]:
    out = title_page(report)
    out.append(para("1. Situering", H1))
    out += body_flowables(report.introduction)
    out.append(para("2. Rapportage acties en maatregelen", H1))
    for line in report.policy_lines:
        out += [CondPageBreak(4 * cm), para(line.title, H1)]
        for measure in line.measures:
            title = measure.title.rstrip(".")
            out += [CondPageBreak(3 * cm), para(f"{measure.measure_no}. {title}.", H2)]
            for action in measure.actions:
                out += [
                    field_table(action),
                    Spacer(1, 6),
                    para("Rapportage", CELL_BOLD),
                    report_table(action.entries),
                    Spacer(1, 12),
                ]
    return out


def header_text(report: Report) -> str:
    text = f"{report.title} — {report.round_label}"
    return text + " — SYNTHETISCH" if report.synthetic else text


def draw_running(canvas: Canvas, doc: SimpleDocTemplate, report: Report) -> None:
    """Left-aligned running header, centred '– N –' footer; no lines drawn."""
    canvas.saveState()
    canvas.setFont(*HEADER_FONT)
    canvas.drawString(MARGINS["left"], PAGE_H - 1.6 * cm, header_text(report))
    canvas.setFont(*FOOTER_FONT)
    canvas.drawCentredString(PAGE_W / 2, 1.4 * cm, f"– {doc.page} –")
    canvas.restoreState()


def render_pdf_plain(report: Report, path: str | Path) -> Path:
    """Write ``report`` as a borderless PDF at ``path``; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"],
        title=f"{report.title} – {report.round_label}",
        author="Vlaamse Regering",
        subject=SYNTHETIC_NOTICE if report.synthetic else "Tussentijdse rapportage",
        creator="rapportage scripts/render_pdf_plain.py",
        invariant=1,
    )
    doc.build(
        story(report),
        onFirstPage=lambda c, d: None,
        onLaterPages=lambda c, d: draw_running(c, d, report),
    )
    return path


__all__ = ["render_pdf_plain"]
