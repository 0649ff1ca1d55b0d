"""Word reader (python-docx): paragraphs and tables in body order, through the markup Word wraps them in.

Owns: the Word format (body order, tables, merged cells, page breaks, the markup below); nothing about
actions.

One walk over the body, in document order, for top-level and in-cell content alike (``_content`` is the
one place that knows which elements wrap content, which hold none of the document's text, and which
alternative to take):

* **Wrappers are read through**: block, row, cell and inline content controls (``w:sdt``/``w:sdtContent``),
  ``w:customXml``, ``w:smartTag``, ``w:hyperlink``, simple fields (``w:fldSimple``: their result),
  tracked insertions and moves (``w:ins``, ``w:moveTo``), ``w:dir``/``w:bdo``.
* **Not the document's text, not read**: tracked deletions and moved-away text (``w:del``, ``w:delText``,
  ``w:moveFrom``), field instructions (``w:instrText``, and everything between a complex field's
  ``begin`` and ``separate``, nested fields included: only the result counts), a content control still
  showing its placeholder (``w:showingPlcHdr``), and the second and further branches of
  ``mc:AlternateContent`` (the first ``mc:Choice`` is read, else the ``mc:Fallback``; Word writes the same
  content in both). A paragraph whose mark is deleted (``w:pPr/w:rPr/w:del``) is one paragraph with the
  next one, as Word shows it.
* **Characters**: ``w:tab``/``w:ptab`` a tab, ``w:br`` (a line break) and ``w:cr`` a line break, which is
  whitespace here; page and column breaks nothing; ``w:noBreakHyphen`` "-"; ``w:softHyphen`` nothing
  (it only shows at a line end); ``w:sym`` its character code. Runs split into pieces, bookmarks,
  proofing marks and revision ids do not matter.
* **Tables**: rows and cells through any wrapper; ``w:gridBefore``/``w:gridAfter`` and ``w:gridSpan``
  change no cell (one per ``w:tc``); a vertically merged cell is read once, in its first row (its
  continuations are empty). A nested table is read into its cell, in place, row by row; a header row
  (``w:tblHeader``) is in the file once, however many pages Word repeats it on.
* **Text boxes** (``w:txbxContent``, in DrawingML or VML) are read as paragraphs of their own right after
  the paragraph they are anchored in (in a cell: paragraphs of that cell): their text is not lost and is not
  glued into the sentence around their anchor.
* **Not read, with a note** (``Document.notes``, so the run names the file and what was skipped): embedded
  documents (``w:altChunk``), formulas (``m:oMath``), embedded objects (``w:object``) and footnotes and
  endnotes (their text lives in other parts). Text inside markup this reader does not know is read, with a
  note naming the element.

Cells keep their paragraphs and list items (text convention of pipeline.model). Headers and footers
live in their own parts, so the body stream carries no page furniture. Word files have no fixed pages:
a page number is given only where the file records rendered page breaks (``w:lastRenderedPageBreak``, as
Word and LibreOffice write when they save). Macro-enabled documents and templates (.docm, .dotx, .dotm)
are read like .docx; a Strict Open XML file is refused in one line (save it as a Word Document).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.part import PartFactory
from docx.oxml.ns import nsmap, qn
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml import etree

from pipeline.model import Block
from pipeline.read.base import Document, ReadError
from pipeline.read.textnorm import join_paragraphs, normalise_paragraph

_HEADING = re.compile(r"^(?:Heading|Kop)\s*(\d)$", re.I)

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MATH = nsmap["m"]
_NS = {"w": nsmap["w"], "mc": _MC}
_ALTERNATE, _CHOICE, _FALLBACK = (f"{{{_MC}}}{n}" for n in ("AlternateContent", "Choice", "Fallback"))
_P, _TBL, _TR, _TC, _R, _T = (qn(f"w:{n}") for n in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT, _SDT_PR = qn("w:sdt"), qn("w:sdtContent"), qn("w:sdtPr")
_TXBX = qn("w:txbxContent")
# Elements whose children stand in their place (their own properties are skipped as _NO_TEXT).
_WRAPPERS = frozenset(
    qn(f"w:{n}")
    for n in ("sdtContent", "customXml", "smartTag", "hyperlink", "fldSimple", "ins", "moveTo", "dir", "bdo")
)
# Elements holding none of the document's text: revisions taken back, and properties.
_NO_TEXT = frozenset(
    qn(f"w:{n}")
    for n in (
        "del",
        "moveFrom",
        "sdtPr",
        "sdtEndPr",
        "customXmlPr",
        "smartTagPr",
        "pPr",
        "rPr",
        "tblPr",
        "tblGrid",
        "trPr",
        "tcPr",
        "tblPrEx",
        "sectPr",
        "instrText",
        "delText",
        "delInstrText",
    )
)
# Inside a run: characters that are not w:t.
_CHARACTERS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_CHARACTERS[qn("w:softHyphen")] = ""
# Content this reader does not read: (one, several, what to do), for the note that says so.
_ALT_CHUNK = (
    "embedded document (w:altChunk)",
    "embedded documents (w:altChunk)",
    "open the file in Word and save it again, which makes them part of its text",
)
_FORMULA = ("formula (m:oMath)", "formulas (m:oMath)", "type their text if it matters")
_NOT_READ = {
    qn("w:altChunk"): _ALT_CHUNK,
    f"{{{_MATH}}}oMath": _FORMULA,
    f"{{{_MATH}}}oMathPara": _FORMULA,
    qn("w:object"): ("embedded object (w:object)", "embedded objects (w:object)", "paste their content in as text"),
    qn("w:footnoteReference"): ("footnote", "footnotes", "their text lives outside the body"),
    qn("w:endnoteReference"): ("endnote", "endnotes", "their text lives outside the body"),
}
# Word's main part content types besides .docx's: macro-enabled, template, macro-enabled template.
_OTHER_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_STRICT = b"http://purl.oclc.org/ooxml/"
_PAGE_BREAKS = etree.XPath(
    ".//w:lastRenderedPageBreak[not(ancestor::mc:Fallback or ancestor::w:txbxContent)]", namespaces=_NS
)
_PLAIN_T = etree.XPath(".//w:t[not(ancestor::w:moveFrom or ancestor::mc:Fallback)]", namespaces=_NS)
# python-docx's Document() opens only .docx's main part; these are the same part under other names.
for _type in _OTHER_MAIN_TYPES:
    PartFactory.part_type_for.setdefault(_type, DocumentPart)


# --------------------------------------------------------------------- the one walk over content


def _branch(alternate) -> etree._Element | None:
    """The one branch of ``mc:AlternateContent`` read: its first Choice, else its Fallback."""
    return alternate.find(_CHOICE) if alternate.find(_CHOICE) is not None else alternate.find(_FALLBACK)


def _is_placeholder(sdt) -> bool:
    pr = sdt.find(_SDT_PR)
    return pr is not None and pr.find(qn("w:showingPlcHdr")) is not None


def _content(parent) -> Iterator[etree._Element]:
    """``parent``'s children as Word shows them: wrappers replaced by what they wrap, text that is not the
    document's left out, one branch of alternate content. At every level: body, table, row, cell, paragraph, run."""
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str):
            continue  # an XML comment or processing instruction
        if tag in _WRAPPERS:
            yield from _content(child)
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None and not _is_placeholder(child):
                yield from _content(content)
        elif tag == _ALTERNATE:
            branch = _branch(child)
            if branch is not None:
                yield from _content(branch)
        elif tag not in _NO_TEXT:
            yield child


def _parts(parent, tag: str, unknown: Counter) -> Iterator[etree._Element]:
    """The rows of a table or the cells of a row (``tag``), through wrappers and through markup not known
    here that holds some (counted in ``unknown``)."""
    for node in _content(parent):
        if node.tag == tag:
            yield node
        elif node.find(f".//{tag}") is not None:
            unknown[etree.QName(node).localname] += 1
            yield from _parts(node, tag, unknown)


def _continues_merge(tc) -> bool:
    """A continuation of a vertically merged cell: its text was read in the row above."""
    tcpr = tc.find(qn("w:tcPr"))
    vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
    return vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue")


def _mark_deleted(p) -> bool:
    """The paragraph mark is a tracked deletion (or moved away): the paragraph runs on into the next one."""
    rpr = p.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    return rpr is not None and (rpr.find(qn("w:del")) is not None or rpr.find(qn("w:moveFrom")) is not None)


def _page_breaks(element) -> int:
    # Only breaks a word processor recorded while laying out pages count: explicit page breaks alone say
    # nothing about where the other pages end. Not those of a branch not read, nor a text box's own.
    return len(_PAGE_BREAKS(element))


def _style_name(p, names: dict[str, str]) -> str:
    # python-docx's Paragraph.style scans every style of the document on each call: look it up once.
    return names.get(p.style or "", "")


def _is_list(p, names: dict[str, str]) -> bool:
    style = _style_name(p, names)
    ppr = p.pPr
    return "List" in style or "Lijst" in style or (ppr is not None and ppr.numPr is not None)


@dataclass
class _Walk:
    """State of the one walk: the styles, the complex fields open at this point, what was not read."""

    names: dict[str, str]
    fields: list[bool] = field(default_factory=list)  # per open complex field: in its result yet?
    not_read: Counter = field(default_factory=Counter)
    unknown: Counter = field(default_factory=Counter)

    # ---- inline content

    def paragraph(self, p) -> tuple[str, list]:
        """The paragraph's raw text and the text boxes anchored in it."""
        out: list[str] = []
        boxes: list = []
        self._inline(p, out, boxes)
        # A field instruction never runs past its paragraph: one whose "separate" or "end" is missing (a
        # damaged file) must not hide the rest of the document.
        self.fields = [True for _ in self.fields]
        return "".join(out), boxes

    def _inline(self, parent, out: list[str], boxes: list) -> None:
        for node in _content(parent):
            if node.tag == _R:
                self._run(node, out, boxes)
            elif node.tag in _NOT_READ:
                self.not_read[node.tag] += 1
            elif node.find(f".//{_T}") is not None:
                self.unknown[etree.QName(node).localname] += 1  # markup not known here: read, not lost
                self._inline(node, out, boxes)

    def _run(self, run, out: list[str], boxes: list) -> None:
        for node in _content(run):
            tag = node.tag
            if tag == qn("w:fldChar"):
                self._field(node.get(qn("w:fldCharType")))
            elif not all(self.fields):
                continue  # a field's instruction
            elif tag == _T:
                out.append(node.text or "")
            elif tag in _CHARACTERS:
                out.append(_CHARACTERS[tag])
            elif tag == qn("w:br"):
                out.append("\n" if node.get(qn("w:type")) in (None, "textWrapping") else "")
            elif tag == qn("w:sym"):
                out.append(_symbol(node.get(qn("w:char"), "")))
            elif tag in _NOT_READ:
                self.not_read[tag] += 1
            elif tag in (qn("w:drawing"), qn("w:pict")):
                boxes.extend(_text_boxes(node))
            elif node.find(f".//{_T}") is not None:
                self.unknown[etree.QName(node).localname] += 1
                self._run(node, out, boxes)

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(False)
        elif kind == "separate" and self.fields:
            self.fields[-1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    # ---- block content

    def para_text(self, raw: str, p) -> str:
        # Manual line breaks inside one paragraph are just whitespace here.
        text = normalise_paragraph(raw.replace("\n", " "))
        if text and _is_list(p, self.names) and not text.startswith("- "):
            text = "- " + text
        return text

    def cell_text(self, tc) -> str:
        parts: list[str] = []
        self._cell_parts(tc, parts)
        return join_paragraphs(parts)

    def _cell_parts(self, container, parts: list[str]) -> None:
        """Every paragraph of a cell in order, nested tables (row by row) and text boxes in place."""
        for item in self.paragraphs(container):
            if isinstance(item, _Para):
                parts.append(self.para_text(item.raw, item.p))
                for box in item.boxes:
                    self._cell_parts(box, parts)
                continue
            for tr in self.rows(item):
                for tc in self.cells(tr):
                    if not _continues_merge(tc):
                        self._cell_parts(tc, parts)

    def paragraphs(self, container) -> Iterator[_Para | etree._Element]:
        """The paragraphs (``_Para``) and tables (``w:tbl``) of a body, cell or text box, in order."""
        merged: list[_Para] = []  # paragraphs whose mark is deleted, waiting for the one they run on into
        for node in _content(container):
            if node.tag == _P:
                raw, boxes = self.paragraph(node)
                merged.append(_Para(node, raw, boxes, (node,)))
                if not _mark_deleted(node):
                    yield _joined(merged)
                    merged = []
            elif node.tag == _TBL:
                if merged:
                    yield _joined(merged)
                    merged = []
                yield node
            elif node.tag in _NOT_READ:
                self.not_read[node.tag] += 1
            elif node.find(f".//{_P}") is not None:
                self.unknown[etree.QName(node).localname] += 1
                yield from self.paragraphs(node)
        if merged:
            yield _joined(merged)

    def rows(self, tbl) -> Iterator[etree._Element]:
        return _parts(tbl, _TR, self.unknown)

    def cells(self, tr) -> Iterator[etree._Element]:
        return _parts(tr, _TC, self.unknown)

    def notes(self) -> tuple[str, ...]:
        counts: Counter = Counter()
        for tag, n in self.not_read.items():
            counts[_NOT_READ[tag]] += n
        out = [f"{n} {one if n == 1 else several} not read ({todo})" for (one, several, todo), n in counts.items()]
        if self.unknown:
            names = ", ".join(sorted(self.unknown))
            out.append(f"read the text inside Word markup this reader does not know ({names}); check it there")
        return tuple(out)


@dataclass(frozen=True)
class _Para:
    """A paragraph as Word shows it: the mark's paragraph (style, list), its raw text, its text boxes, and
    the paragraph elements it was made of (more than one where paragraph marks were deleted)."""

    p: etree._Element
    raw: str
    boxes: list
    parts: tuple


def _joined(paragraphs: list[_Para]) -> _Para:
    """Paragraphs run on into the last one: their properties are its (the mark that is left)."""
    if len(paragraphs) == 1:
        return paragraphs[0]
    raw = "".join(p.raw for p in paragraphs)
    boxes = [b for p in paragraphs for b in p.boxes]
    return _Para(paragraphs[-1].p, raw, boxes, tuple(x for p in paragraphs for x in p.parts))


def _symbol(code: str) -> str:
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return chr(value) if 0 < value < 0x110000 else ""


def _text_boxes(graphic) -> list:
    """The text boxes in a drawing or VML picture, outermost only (their own content holds the rest)."""
    return [box for box in graphic.iter(_TXBX) if not any(a.tag == _TXBX for a in box.iterancestors())]


# --------------------------------------------------------------------- the body as blocks


def _blocks(walk: _Walk, container, blocks: list[Block], page: list[int], has_pages: bool) -> None:
    """Paragraph and row blocks of ``container`` (the body or a text box) in order; ``page`` is a counter."""
    for item in walk.paragraphs(container):
        if not isinstance(item, _Para):
            for tr in walk.rows(item):
                cells = tuple("" if _continues_merge(tc) else walk.cell_text(tc) for tc in walk.cells(tr))
                if any(cells):
                    blocks.append(Block(kind="row", cells=cells, page=page[0] if has_pages else None))
                page[0] += _page_breaks(tr)
            continue
        text = walk.para_text(item.raw, item.p)
        if text:
            m = _HEADING.match(_style_name(item.p, walk.names))
            level = int(m.group(1)) if m else None
            kind = "heading" if m else "paragraph"
            blocks.append(Block(kind=kind, text=text, page=page[0] if has_pages else None, level=level))
        for box in item.boxes:
            _blocks(walk, box, blocks, page, has_pages)
        page[0] += sum(_page_breaks(p) for p in item.parts)


def _open(path: Path) -> DocxDocument:
    """The python-docx document, of .docm/.dotx/.dotm files too (their main part is registered as a
    DocumentPart above, and the package opened directly: Document() checks for .docx's content type)."""
    try:
        part = Package.open(str(path)).main_document_part
    except KeyError as exc:
        if _is_strict(path):
            raise ReadError(
                "a Word file saved as Strict Open XML, which this reader does not read; save it in Word as "
                "'Word Document (*.docx)'"
            ) from exc
        raise ReadError(f"not a readable Word document ({exc.__class__.__name__})") from exc
    if not isinstance(part, DocumentPart):
        raise ReadError(f"not a Word document (its main part is {part.content_type})")
    return part.document


def _is_strict(path: Path) -> bool:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        return "_rels/.rels" in names and _STRICT in zf.read("_rels/.rels")


def read_docx(path: Path) -> Document:
    try:
        doc = _open(path)
    # (a damaged package fails in the zip layer too: a member compressed by a method or version zipfile has not,
    # a truncated deflate stream)
    except (zipfile.BadZipFile, KeyError, ValueError, NotImplementedError, EOFError, zlib.error) as exc:
        raise ReadError(f"not a readable Word document ({exc.__class__.__name__})") from exc
    names = {style.style_id: style.name or "" for style in doc.styles}
    body = doc.element.body
    has_pages = _page_breaks(body) > 0
    page = [1]
    blocks: list[Block] = []
    walk = _Walk(names)
    try:
        _blocks(walk, body, blocks, page, has_pages)
    except RecursionError as exc:  # the XML parser stops at 256 levels, far below this; a guard all the same
        raise ReadError("content nested deeper than any report; save the document again from Word as .docx") from exc
    n_pages = page[0] if has_pages else None
    return Document(blocks, n_pages, "docx", (_plain_text(body),), walk.notes())


def _plain_text(body) -> str:  # lxml element
    """Every paragraph's text (body, table cells, text boxes) one per line, without any layout reading:
    only the text of moved-away copies and of a second branch is left out, which Word never shows."""
    return "\n".join("".join(node.text or "" for node in _PLAIN_T(p)) for p in body.iter(_P))
