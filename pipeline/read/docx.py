"""Word reader (python-docx): paragraphs and tables in body order.

Owns: the Word format (body order, tables, merged cells, page breaks); nothing about actions.

Cells keep their paragraphs and list items (text convention of pipeline.model);
horizontally or vertically merged cells are read once. Headers and footers live
in their own parts, so the body stream carries no page furniture. Word files have
no fixed pages: a page number is given only where the file records rendered
page breaks (as Word and LibreOffice do when they save).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from pipeline.model import Block
from pipeline.read.base import Document, ReadError
from pipeline.read.textnorm import join_paragraphs, normalise_paragraph

_HEADING = re.compile(r"^(?:Heading|Kop)\s*(\d)$", re.I)


def _style_name(par: Paragraph, names: dict[str, str]) -> str:
    # python-docx's par.style scans every style of the document on each call: look it up once.
    return names.get(par._p.style or "", "")


def _is_list(par: Paragraph, names: dict[str, str]) -> bool:
    style = _style_name(par, names)
    ppr = par._p.pPr
    return "List" in style or "Lijst" in style or (ppr is not None and ppr.numPr is not None)


def _para_text(par: Paragraph, names: dict[str, str]) -> str:
    # Manual line breaks inside one paragraph are just whitespace here.
    text = normalise_paragraph(par.text.replace("\n", " "))
    if text and _is_list(par, names) and not text.startswith("- "):
        text = "- " + text
    return text


def _page_breaks(element) -> int:  # lxml element
    # Only breaks a word processor recorded while laying out pages count: explicit
    # page breaks alone say nothing about where the other pages end.
    return len(element.findall(".//" + qn("w:lastRenderedPageBreak")))


def _cell_text(cell, names: dict[str, str]) -> str:  # docx _Cell
    parts = [_para_text(p, names) for p in cell.paragraphs]
    for inner in cell.tables:  # nested tables are flattened into the cell
        for row in inner.rows:
            parts.extend(_para_text(p, names) for c in row.cells for p in c.paragraphs)
    return join_paragraphs(parts)


def _row_cells(row, names: dict[str, str]) -> tuple[str, ...]:  # docx _Row
    seen: set[int] = set()
    cells: list[str] = []
    for cell in row.cells:
        tc = cell._tc
        if id(tc) in seen:
            continue
        seen.add(id(tc))
        vmerge = tc.tcPr.find(qn("w:vMerge")) if tc.tcPr is not None else None
        if vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue"):
            cells.append("")  # continuation of a vertically merged cell: its text was read above
            continue
        cells.append(_cell_text(cell, names))
    return tuple(cells)


def read_docx(path: Path) -> Document:
    try:
        doc = open_docx(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable Word document ({exc.__class__.__name__})") from exc
    names = {style.style_id: style.name or "" for style in doc.styles}
    body = doc.element.body
    has_pages = _page_breaks(body) > 0
    page = 1
    blocks: list[Block] = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            par = Paragraph(child, doc)
            text = _para_text(par, names)
            if text:
                m = _HEADING.match(_style_name(par, names))
                kind = "heading" if m else "paragraph"
                level = int(m.group(1)) if m else None
                blocks.append(Block(kind=kind, text=text, page=page if has_pages else None, level=level))
            page += _page_breaks(child)
        elif child.tag == qn("w:tbl"):
            table = Table(child, doc)
            for row in table.rows:
                cells = _row_cells(row, names)
                if any(cells):
                    blocks.append(Block(kind="row", cells=cells, page=page if has_pages else None))
                page += _page_breaks(row._tr)
    n_pages = page if has_pages else None
    return Document(blocks, n_pages, "docx", (_plain_text(body),))


def _plain_text(body) -> str:  # lxml element
    """Every paragraph's text (body and table cells) one per line, without any layout reading."""
    t = qn("w:t")
    return "\n".join("".join(node.text or "" for node in p.iter(t)) for p in body.iter(qn("w:p")))
