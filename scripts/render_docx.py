"""Render a parsed ``Report`` as a Word document laid out like the real report.

Two layouts:

* ``"tables"`` (default): the real report's layout. Every action is a bordered
  two-column field table followed by a "Rapportage" table
  (Bevoegdheden | Beschrijving | Budget) whose header row repeats on each page
  and whose rows may break across pages.
* ``"paragraphs"`` (tests only): the fields are "Label: value" paragraphs, the
  measure headings read "Maatregel N – Title", and the Rapportage table has no
  borders and another font (Cambria 10 pt instead of Calibri 11 pt).

The output is byte-for-byte reproducible: core properties are fixed and the zip
entries get a fixed timestamp and order.

Usage: ``python scripts/render_docx.py`` renders nothing by itself; see
``render_fixtures.py``.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.model import Action, Entry, Report

Layout = Literal["tables", "paragraphs"]

SYNTHETIC_NOTICE = "SYNTHETISCH TESTBESTAND – geen echte rapportage van de Vlaamse Regering"
AUTHOR = "Vlaamse overheid – Agentschap Binnenlands Bestuur"
ZIP_DATE = (2018, 1, 1, 0, 0, 0)
ACTION_COL_WIDTHS = (Cm(4.2), Cm(11.8))
REPORT_COL_WIDTHS = (Cm(3.4), Cm(9.6), Cm(3.0))
FONTS: dict[str, tuple[str, float]] = {
    "tables": ("Calibri", 11),
    "paragraphs": ("Cambria", 10),
}


# --------------------------------------------------------------------- text helpers


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a multi-paragraph field (model convention: "\\n" between them)."""
    return [p for p in text.split("\n") if p.strip()]


def is_list_item(paragraph: str) -> bool:
    return paragraph.startswith("- ")


def title_lines(title: str) -> list[str]:
    """Break the plan title the way the title page prints it.

    "Actieplan ter preventie van gewelddadige radicalisering en polarisering" →
    ["Actieplan", "ter preventie van gewelddadige radicalisering", "en polarisering"].
    """
    m = re.match(r"^(Actieplan)\s+(ter .+?)\s+(en polarisering)$", title.strip())
    if m:
        return list(m.groups())
    return [title.strip()]


def split_round_label(round_label: str) -> tuple[str, str]:
    """ "Tussentijdse rapportage December 2017" → ("Tussentijdse rapportage", "December 2017")."""
    m = re.match(r"^(.*?)\s+(\w+ \d{4})$", round_label.strip())
    if m:
        return m.group(1), m.group(2)
    return round_label.strip(), ""


def running_title(report: Report) -> str:
    """Page header text, e.g. "Actieplan radicalisering – Tussentijdse rapportage December 2017"."""
    prefix = "Actieplan radicalisering"
    if report.synthetic:
        prefix += " (SYNTHETISCH)"
    return f"{prefix} – {report.round_label}"


def domains_text(action: Action) -> str:
    """Policy domain codes separated by spaces, the coordinating one marked."""
    return " ".join(
        f"{code} (coördinatie)" if code == action.coordinating_domain else code for code in action.policy_domains
    )


def measure_heading(measure_no: int, title: str, layout: Layout) -> str:
    if layout == "paragraphs":
        return f"Maatregel {measure_no} – {title.rstrip('.')}"
    return f"{measure_no}. {title.rstrip('.')}."


# --------------------------------------------------------------------- docx helpers


def set_base_font(doc: DocxDocument, name: str, size: float) -> None:
    """Normal style font, including the east-Asian slot Word falls back on."""
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)
    for sname in ("Heading 1", "Heading 2", "Title", "List Bullet"):
        s = doc.styles[sname]
        s.font.name = name
        srpr = s.element.get_or_add_rPr()
        sr = srpr.find(qn("w:rFonts"))
        if sr is not None:
            # the template's theme-font attributes would override the explicit name
            for attr in list(sr.attrib):
                if attr.endswith("Theme"):
                    del sr.attrib[attr]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                sr.set(qn(attr), name)


def style_headings(doc: DocxDocument) -> None:
    """Sober government style: dark blue, no theme colours that differ per template."""
    for sname, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        s = doc.styles[sname]
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
        s.paragraph_format.space_before = Pt(16 if sname == "Heading 1" else 10)
        s.paragraph_format.space_after = Pt(6)
        s.paragraph_format.keep_with_next = True
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)


def add_page_field(paragraph: Paragraph) -> None:
    """Append a PAGE field (complex field, as Word writes it)."""
    for kind, instr in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif instr == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run._r.append(it)
        else:
            run.text = instr or ""


def setup_page(doc: DocxDocument, report: Report) -> None:
    """A4, margins, running header and 'Pagina N' footer; no header on the title page."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = running_title(report)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in hp.runs:
        run.font.size = Pt(8)
        run.font.italic = True
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Pagina ")
    add_page_field(fp)
    for run in fp.runs:
        run.font.size = Pt(9)


def set_table_borders(table: Table, on: bool) -> None:
    """Single borders on every edge, or explicitly none."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if on:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "808080")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def set_col_widths(table: Table, widths: tuple[Cm, ...]) -> None:
    """Fixed layout with explicit grid and cell widths (LibreOffice reads the grid)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(sum(w.twips for w in widths)))
    tbl_w.set(qn("w:type"), "dxa")
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def mark_header_row(table: Table) -> None:
    """Repeat the first row at the top of every page the table spans."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def fill_cell(cell: _Cell, paragraphs: list[str], bold: bool = False) -> None:
    """Write paragraphs into a cell; "- " items become real bullet paragraphs."""
    first = True
    for text in paragraphs or [""]:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if is_list_item(text):
            p.style = "List Bullet"
            text = text[2:]
        run = p.add_run(text)
        run.bold = bold or None
        p.paragraph_format.space_after = Pt(3)


def add_text_paragraphs(doc: DocxDocument, paragraphs: list[str]) -> None:
    for text in paragraphs:
        if is_list_item(text):
            doc.add_paragraph(text[2:], style="List Bullet")
        else:
            doc.add_paragraph(text)


# --------------------------------------------------------------------- parts


def add_title_page(doc: DocxDocument, report: Report) -> None:
    for _ in range(6):
        doc.add_paragraph()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for i, line in enumerate(title_lines(report.title)):
        run = title.add_run(line)
        run.bold = True
        run.font.size = Pt(20)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
        if i < len(title_lines(report.title)) - 1:
            run.add_break()  # one paragraph with line breaks, as in the text form
    doc.add_paragraph()
    kind, when = split_round_label(report.round_label)
    for text, size in ((kind, 16), (when, 16)):
        if text:
            run = doc.add_paragraph().add_run(text)
            run.font.size = Pt(size)
    if report.synthetic:
        doc.add_paragraph()
        run = doc.add_paragraph().add_run(SYNTHETIC_NOTICE)
        run.bold = True
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def field_rows(action: Action) -> list[tuple[str, list[str]]]:
    """Label and paragraphs of each field row, as every rendition prints them."""
    rows: list[tuple[str, list[str]]] = [
        (f"Actie {action.action_id}", split_paragraphs(action.description)),
        ("Status actie", [action.status or ""]),
        ("Verantwoordelijke ministers", list(action.ministers)),
        ("Beleidsdomeinen", [domains_text(action)]),
    ]
    if action.other_parties:
        rows.append(("Andere betrokkenen", [", ".join(action.other_parties)]))
    return rows


def add_field_table(doc: DocxDocument, action: Action) -> None:
    """The bordered two-column table with the action's fields."""
    rows = field_rows(action)
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    set_table_borders(table, on=True)
    for row, (label, values) in zip(table.rows, rows, strict=True):
        fill_cell(row.cells[0], [label], bold=True)
        shade(row.cells[0], "E8EEF4")
        fill_cell(row.cells[1], values)
    set_col_widths(table, ACTION_COL_WIDTHS)


def add_field_paragraphs(doc: DocxDocument, action: Action) -> None:
    """Fields as 'Label: value' paragraphs (paragraphs layout)."""
    desc = split_paragraphs(action.description) or [""]
    p = doc.add_paragraph()
    p.add_run(f"Actie {action.action_id}: {desc[0]}").bold = True
    add_text_paragraphs(doc, desc[1:])
    fields = [
        ("Status actie", action.status or ""),
        ("Verantwoordelijke ministers", "; ".join(action.ministers)),
        ("Beleidsdomeinen", domains_text(action)),
    ]
    if action.other_parties:
        fields.append(("Andere betrokkenen", ", ".join(action.other_parties)))
    for label, value in fields:
        doc.add_paragraph(f"{label}: {value}")


def add_report_table(doc: DocxDocument, entries: list[Entry], layout: Layout) -> None:
    """Bevoegdheden | Beschrijving | Budget, header repeated, rows may break."""
    p = doc.add_paragraph()
    p.add_run("Rapportage").bold = True
    # No keep-with-next here: LibreOffice then pushes the whole table (its first
    # long row included) to the next page, leaving near-empty pages.
    table = doc.add_table(rows=1 + len(entries), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    set_table_borders(table, on=layout == "tables")
    for cell, label in zip(table.rows[0].cells, ("Bevoegdheden", "Beschrijving", "Budget"), strict=True):
        fill_cell(cell, [label], bold=True)
        if layout == "tables":
            shade(cell, "D9E2EC")
    mark_header_row(table)
    for row, entry in zip(table.rows[1:], entries, strict=True):
        fill_cell(row.cells[0], list(entry.competences))
        fill_cell(row.cells[1], split_paragraphs(entry.description))
        fill_cell(row.cells[2], split_paragraphs(entry.budget_text))
    set_col_widths(table, REPORT_COL_WIDTHS)
    doc.add_paragraph()


def build_document(report: Report, layout: Layout = "tables") -> DocxDocument:
    doc = Document()
    set_base_font(doc, *FONTS[layout])
    style_headings(doc)
    setup_page(doc, report)
    add_title_page(doc, report)
    doc.add_heading("1. Situering", level=1)
    add_text_paragraphs(doc, report.introduction)
    doc.add_heading("2. Rapportage acties en maatregelen", level=1)
    for line in report.policy_lines:
        doc.add_heading(line.title, level=1)
        for measure in line.measures:
            doc.add_heading(measure_heading(measure.measure_no, measure.title, layout), level=2)
            for action in measure.actions:
                if layout == "tables":
                    add_field_table(doc, action)
                    doc.add_paragraph()
                else:
                    add_field_paragraphs(doc, action)
                add_report_table(doc, action.entries, layout)
    set_core_properties(doc, report)
    return doc


def fixed_timestamp(report: Report) -> datetime:
    """Creation time derived from the round, so it is stable across runs."""
    d = report.report_date
    return datetime(d.year, d.month, d.day, 9, 0, 0) if d else datetime(2018, 1, 1, 9, 0, 0)


def set_core_properties(doc: DocxDocument, report: Report) -> None:
    cp = doc.core_properties
    ts = fixed_timestamp(report)
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = f"{report.title} – {report.round_label}"
    cp.subject = "Tussentijdse rapportage aan het Vlaams Parlement"
    cp.keywords = "SYNTHETISCH" if report.synthetic else ""
    cp.comments = SYNTHETIC_NOTICE if report.synthetic else ""
    cp.created = ts
    cp.modified = ts
    cp.last_printed = ts
    cp.revision = 1


def normalise_zip(blob: bytes) -> bytes:
    """Rewrite the package with fixed entry timestamps (python-docx stamps 'now')."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(report: Report, path: str | Path, layout: Layout = "tables") -> Path:
    """Write ``report`` as a .docx at ``path``; returns the path."""
    if layout not in FONTS:
        raise ValueError(f"unknown layout {layout!r}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    build_document(report, layout).save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))
    return path


# --------------------------------------------------------------------- PDF via LibreOffice

LO_DATE_RE = re.compile(rb"/(CreationDate|ModDate)\(D:(\d{14})([^)]*)\)")
LO_ID_RE = re.compile(rb"/ID \[ <([0-9A-F]{32})>\s*<([0-9A-F]{32})> \]")
LO_CHECKSUM_RE = re.compile(rb"/DocChecksum /([0-9A-F]{32})")


def normalise_pdf_metadata(blob: bytes, when: datetime) -> bytes:
    """Replace LibreOffice's volatile CreationDate/ModDate, /ID and /DocChecksum.

    Replacements keep every byte length, so the xref offsets stay valid. The new
    /ID and /DocChecksum are an MD5 of the rest of the file, so equal documents
    get equal bytes.
    """
    stamp = when.strftime("%Y%m%d%H%M%S").encode()
    blob = LO_DATE_RE.sub(lambda m: b"/" + m.group(1) + b"(D:" + stamp + m.group(3) + b")", blob)
    stable = LO_CHECKSUM_RE.sub(b"", LO_ID_RE.sub(b"", blob))
    digest = hashlib.md5(stable, usedforsecurity=False).hexdigest().upper().encode()
    blob = LO_CHECKSUM_RE.sub(lambda m: b"/DocChecksum /" + digest, blob)
    return LO_ID_RE.sub(lambda m: b"/ID [ <" + digest + b">\n<" + digest + b"> ]", blob)


def soffice_binary() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise RuntimeError("LibreOffice not found: apt-get install -y libreoffice-writer-nogui")
    return exe


def docx_to_pdf(docx_path: str | Path, pdf_path: str | Path, when: datetime) -> Path:
    """Convert with LibreOffice headless, in a private profile (parallel runs don't clash)."""
    docx_path, pdf_path = Path(docx_path).resolve(), Path(pdf_path)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="render-lo-") as tmp:
        tmp_path = Path(tmp)
        cmd = [
            soffice_binary(),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(docx_path),
        ]
        env = {**os.environ, "TZ": "UTC"}  # date suffix "Z'" has a fixed length
        subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=600)
        produced = tmp_path / "out" / (docx_path.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"LibreOffice produced no PDF for {docx_path}")
        pdf_path.write_bytes(normalise_pdf_metadata(produced.read_bytes(), when))
    return pdf_path


__all__ = [
    "SYNTHETIC_NOTICE",
    "docx_to_pdf",
    "fixed_timestamp",
    "normalise_pdf_metadata",
    "render_docx",
    "running_title",
    "split_round_label",
    "title_lines",
]
