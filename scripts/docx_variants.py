"""Word markup our python-docx renditions never carry, written into them: variants that mean the same text.

Microsoft Word, Word Online, Google Docs and the Flemish government's templates save a report with markup
python-docx (which made our renditions) never writes: content controls, custom XML, tracked changes,
fields, alternate content, text boxes, split runs, grid offsets, nested tables. This script takes a Word
rendition and rewrites its ``word/document.xml`` with such markup, each kind of markup a *feature* (a
function below), so that the text the document means stays the same: Word would show the same words in
the same cells. Some features add text that must *not* be read (a tracked deletion, a moved-away copy, a
field's instruction, a content control's placeholder, the fallback copy of alternate content); a reader
that reads them, or loses the text the markup wraps, parses the variant differently from the text form.

    python scripts/docx_variants.py                      # every feature alone, 4 mixes; compare with the text
    python scripts/docx_variants.py --features fields,text_box --mixes 0
    python scripts/docx_variants.py --mixes 20 --seed 7 --no-compare
    python scripts/rendition_compare.py --detail fields build/docx_variants

writes ``build/docx_variants/*.docx`` and a ``manifest.json`` in the matrix's format, then prints
``rendition_compare``'s table: per variant the actions parsed, the fields and the actions that differ from
the text form of its round (and from the hand-checked table for 2017-12).

Deterministic: a variant is a function of (source, features, seed, rate); each feature draws from its own
``random.Random`` seeded by (seed, feature), so a feature makes the same choices alone and in a mix.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

SOURCES = {
    "2017-12": ROOT / "tests/fixtures/report-2017-12.docx",
    "2018-06": ROOT / "tests/fixtures/synthetic/report-2018-06-SYNTHETISCH.docx",
}
DEFAULT_OUT = ROOT / "build" / "docx_variants"
DEFAULT_RATE = 0.3

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W_NS,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DOCUMENT = "word/document.xml"
DOCM_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Text a feature adds that the document does not mean: a reader that shows it in a field is wrong.
NOT_TEXT = ("GESCHRAPT", "VERPLAATST", "INSTRUCTIE", "ONZIN", "TERUGVAL", "Klik of tik om tekst in te voeren.")


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def el(name: str, attrs: dict[str, str] | None = None, *children, text: str | None = None) -> etree._Element:
    node = etree.Element(q(name), {q(k) if ":" in k else k: v for k, v in (attrs or {}).items()})
    node.extend(children)
    if text is not None:
        node.text = text
        if text != text.strip():
            node.set(XML_SPACE, "preserve")
    return node


@dataclass
class Context:
    """One feature's draws: its own random stream, the share of eligible places it changes, fresh ids."""

    rng: random.Random
    rate: float
    ids: list[int] = field(default_factory=lambda: [9000])

    def pick(self, items: Iterable) -> list:
        return [x for x in items if self.rng.random() < self.rate]

    def next_id(self) -> str:
        self.ids[0] += 1
        return str(self.ids[0])


# --------------------------------------------------------------------- places in the document


def body(root) -> etree._Element:
    return root.find(q("w:body"))


def text_runs(root) -> list[etree._Element]:
    """Runs holding one ``w:t`` and nothing else (but properties), outside text that is not the document's."""
    found = root.xpath(
        ".//w:r[count(w:t) = 1 and count(*[not(self::w:rPr)]) = 1]"
        "[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::mc:Fallback)]",
        namespaces=NS,
    )
    return [r for r in found if (r.find(q("w:t")).text or "").strip()]


def cell_paragraphs(root) -> list[etree._Element]:
    return [p for p in root.iter(q("w:p")) if p.getparent().tag == q("w:tc") and has_text(p)]


def has_text(p) -> bool:
    return any((t.text or "").strip() for t in p.iter(q("w:t")))


def is_heading(p) -> bool:
    style = p.find("w:pPr/w:pStyle", NS)
    return style is not None and style.get(q("w:val"), "").startswith("Heading")


def text_of(run) -> str:
    return run.find(q("w:t")).text or ""


def run_like(run, *content) -> etree._Element:
    """A run with ``run``'s properties and ``content`` (strings become ``w:t``)."""
    new = el("w:r")
    if run.find(q("w:rPr")) is not None:
        new.append(copy.deepcopy(run.find(q("w:rPr"))))
    for c in content:
        new.append(el("w:t", text=c) if isinstance(c, str) else c)
    return new


def replace(node, *new) -> None:
    parent = node.getparent()
    at = parent.index(node)
    parent.remove(node)
    for i, n in enumerate(new):
        parent.insert(at + i, n)


def wrap(nodes: list, wrapper, inner=None) -> etree._Element:
    """Puts ``wrapper`` where ``nodes`` (siblings, in order) were, and ``nodes`` inside it (or in ``inner``)."""
    parent = nodes[0].getparent()
    parent.insert(parent.index(nodes[0]), wrapper)
    (inner if inner is not None else wrapper).extend(nodes)
    return wrapper


def word_cuts(text: str) -> list[int]:
    """Offsets just after a space, inside the text: cutting there splits between words."""
    return [i + 1 for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]


def split_run(run, cuts: list[int]) -> list[etree._Element]:
    """``run`` replaced by runs of its text cut at ``cuts`` (same properties)."""
    text = text_of(run)
    bounds = [0, *sorted(set(cuts)), len(text)]
    pieces = [run_like(run, text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    replace(run, *pieces)
    return pieces


def middle(run, rng: random.Random) -> etree._Element:
    """``run`` cut at up to two word boundaries; the middle piece (the whole run when it is one word)."""
    cuts = word_cuts(text_of(run))
    if not cuts:
        return run
    chosen = sorted(rng.sample(cuts, min(len(cuts), rng.choice((1, 2)))))
    pieces = split_run(run, chosen)
    return pieces[len(pieces) // 2] if len(pieces) > 1 else pieces[0]


def at_word_boundary(run, rng: random.Random) -> tuple[etree._Element, etree._Element] | None:
    """``run`` cut at one word boundary: (before, after), or None for a one-word run."""
    cuts = word_cuts(text_of(run))
    if not cuts:
        return None
    before, after = split_run(run, [rng.choice(cuts)])
    return before, after


def sdt(alias: str, ctx: Context, placeholder: bool = False) -> tuple[etree._Element, etree._Element]:
    pr = el("w:sdtPr", None, el("w:alias", {"w:val": alias}), el("w:tag", {"w:val": alias.lower()}))
    pr.append(el("w:id", {"w:val": ctx.next_id()}))
    if placeholder:
        pr.append(el("w:showingPlcHdr"))
    content = el("w:sdtContent")
    return el("w:sdt", None, pr, content), content


def custom_xml(name: str) -> etree._Element:
    return el("w:customXml", {"w:uri": "urn:vlaanderen:rapportage", "w:element": name})


def revision(name: str, ctx: Context) -> etree._Element:
    return el(name, {"w:id": ctx.next_id(), "w:author": "Redactie ABB", "w:date": "2018-01-05T10:00:00Z"})


def deleted_run(template, text: str) -> etree._Element:
    run = run_like(template)
    run.append(el("w:delText", text=text))
    return run


# --------------------------------------------------------------------- the features


def block_sdt(root, ctx: Context) -> None:
    """Block content controls around body paragraphs and whole tables, sometimes two or three together."""
    kids = [k for k in body(root) if k.tag in (q("w:p"), q("w:tbl"))]
    for k in ctx.pick(kids):
        if k.getparent() is not body(root):
            continue
        group = [k]
        while ctx.rng.random() < 0.3 and (nxt := group[-1].getnext()) is not None and nxt.tag in (q("w:p"), q("w:tbl")):
            group.append(nxt)
        wrapper, content = sdt("Blok", ctx)
        wrap(group, wrapper, content)


def cell_sdt(root, ctx: Context) -> None:
    """Content controls inside tables: around a cell's paragraphs, around cells, around rows."""
    for p in ctx.pick(cell_paragraphs(root)):
        wrapper, content = sdt("Veld", ctx)
        wrap([p], wrapper, content)
    for tc in ctx.pick(list(root.iter(q("w:tc")))):
        wrapper, content = sdt("Cel", ctx)
        wrap([tc], wrapper, content)
    for tr in ctx.pick(list(root.iter(q("w:tr")))):
        wrapper, content = sdt("Rij", ctx)
        wrap([tr], wrapper, content)


def custom_xml_feature(root, ctx: Context) -> None:
    """``w:customXml`` at every level Word allows it: body blocks, rows, cells, cell paragraphs, runs."""
    for k in ctx.pick([k for k in body(root) if k.tag in (q("w:p"), q("w:tbl"))]):
        wrap([k], custom_xml("blok"))
    for p in ctx.pick(cell_paragraphs(root)):
        wrap([p], custom_xml("alinea"))
    for tc in ctx.pick(list(root.iter(q("w:tc")))):
        wrap([tc], custom_xml("cel"))
    for tr in ctx.pick(list(root.iter(q("w:tr")))):
        wrap([tr], custom_xml("rij"))
    for run in ctx.pick(text_runs(root)):
        wrap([middle(run, ctx.rng)], custom_xml("tekst"))


def tracked_changes(root, ctx: Context) -> None:
    """Insertions (text), deletions and moved-away copies (not text), moves, deleted paragraphs and rows,
    paragraphs joined by deleting the mark between them."""
    runs = text_runs(root)
    for run in ctx.pick(runs):
        wrap([middle(run, ctx.rng)], revision("w:ins", ctx))
    for run in ctx.pick(text_runs(root)):
        if cut := at_word_boundary(run, ctx.rng):
            cut[0].addnext(wrap_new(revision("w:del", ctx), deleted_run(run, "GESCHRAPT ")))
    for run in ctx.pick(text_runs(root)):
        if cut := at_word_boundary(run, ctx.rng):
            name = f"move{ctx.next_id()}"
            moved = revision("w:moveFrom", ctx)
            moved.append(run_like(run, "VERPLAATST "))
            cut[0].addnext(el("w:moveFromRangeStart", {"w:id": ctx.next_id(), "w:name": name}))
            cut[0].getnext().addnext(moved)
            moved.addnext(el("w:moveFromRangeEnd", {"w:id": ctx.next_id()}))
    for run in ctx.pick(text_runs(root)):
        name = f"move{ctx.next_id()}"
        target = wrap([middle(run, ctx.rng)], revision("w:moveTo", ctx))
        target.addprevious(el("w:moveToRangeStart", {"w:id": ctx.next_id(), "w:name": name}))
        target.addnext(el("w:moveToRangeEnd", {"w:id": ctx.next_id()}))
    paragraphs = [p for p in root.iter(q("w:p")) if has_text(p) and p.getparent().tag in (q("w:body"), q("w:tc"))]
    for p in ctx.pick(paragraphs):
        # A whole paragraph deleted: its runs and its paragraph mark.
        gone = el("w:p", None, el("w:pPr", None, el("w:rPr", None, revision("w:del", ctx))))
        gone.append(wrap_new(revision("w:del", ctx), deleted_run(el("w:r"), "GESCHRAPT alinea.")))
        p.addnext(gone)
    for run in ctx.pick([r for r in text_runs(root) if r.getparent().tag == q("w:p") and len(text_of(r)) > 1]):
        if run.getparent() is not None:
            join_paragraphs(run, ctx)
    for tr in ctx.pick([tr for tr in root.iter(q("w:tr")) if tr.getprevious() is not None]):
        gone = copy.deepcopy(tr)
        trpr = gone.find(q("w:trPr"))
        if trpr is None:
            trpr = el("w:trPr")
            gone.insert(0, trpr)
        trpr.append(revision("w:del", ctx))
        for t in gone.iter(q("w:t")):
            t.tag = q("w:delText")
            t.text = "GESCHRAPT " + (t.text or "")
            t.set(XML_SPACE, "preserve")
        for r in list(gone.iter(q("w:r"))):
            if r.getparent().tag != q("w:del"):
                wrap([r], revision("w:del", ctx))
        tr.addnext(gone)


def join_paragraphs(run, ctx: Context) -> None:
    """``run``'s paragraph cut in two inside ``run`` (mid-word too, as a stray Enter does), the first one's
    paragraph mark deleted: Word shows (and accepting makes) one paragraph again."""
    p = run.getparent()
    _, after = split_run(run, [ctx.rng.randrange(1, len(text_of(run)))])
    ppr = p.find(q("w:pPr"))
    second = el("w:p", None, copy.deepcopy(ppr)) if ppr is not None else el("w:p")
    second.extend(after_and_following(after))
    if ppr is None:
        ppr = el("w:pPr")
        p.insert(0, ppr)
    rpr = ppr.find(q("w:rPr"))
    if rpr is None:
        rpr = el("w:rPr")
        ppr.append(rpr)
    rpr.append(revision("w:del", ctx))
    p.addnext(second)


def after_and_following(node) -> list:
    return [node, *node.itersiblings()]


def wrap_new(wrapper, *children) -> etree._Element:
    wrapper.extend(children)
    return wrapper


def inline_sdt(root, ctx: Context) -> None:
    """Inline content controls around words, and empty ones still showing their placeholder (not text)."""
    for run in ctx.pick(text_runs(root)):
        wrapper, content = sdt("Tekst", ctx)
        wrap([middle(run, ctx.rng)], wrapper, content)
    for run in ctx.pick(text_runs(root)):
        if cut := at_word_boundary(run, ctx.rng):
            wrapper, content = sdt("Invulveld", ctx, placeholder=True)
            content.append(run_like(run, "Klik of tik om tekst in te voeren."))
            cut[0].addnext(wrapper)


def smart_tag(root, ctx: Context) -> None:
    """Smart tags (``w:smartTag``, as older Word versions wrote around names and dates) around words."""
    for run in ctx.pick(text_runs(root)):
        tag = el("w:smartTag", {"w:uri": "urn:schemas-microsoft-com:office:smarttags", "w:element": "PersonName"})
        wrap([middle(run, ctx.rng)], tag)


def hyperlink(root, ctx: Context) -> None:
    """Internal hyperlinks (``w:hyperlink w:anchor``, as a table of contents writes) around words."""
    for run in ctx.pick(text_runs(root)):
        wrap([middle(run, ctx.rng)], el("w:hyperlink", {"w:anchor": f"_Toc{ctx.next_id()}", "w:history": "1"}))


def fld_char(run, kind: str) -> etree._Element:
    return run_like(run, el("w:fldChar", {"w:fldCharType": kind}))


def instr(run, text: str) -> etree._Element:
    return run_like(run, el("w:instrText", text=text))


def fields(root, ctx: Context) -> None:
    """Simple fields, complex fields (instruction not text, result text), result-less XE fields, nested IF."""
    for run in ctx.pick(text_runs(root)):
        part = middle(run, ctx.rng)
        wrap([part], el("w:fldSimple", {"w:instr": " DOCPROPERTY  INSTRUCTIE  \\* MERGEFORMAT "}))
    for run in ctx.pick(text_runs(root)):
        part = middle(run, ctx.rng)
        part.addprevious(fld_char(part, "begin"))
        part.addprevious(instr(part, " MERGEFIELD INSTRUCTIE "))
        part.addprevious(instr(part, "\\* MERGEFORMAT "))
        part.addprevious(fld_char(part, "separate"))
        part.addnext(fld_char(part, "end"))
    for run in ctx.pick(text_runs(root)):
        if cut := at_word_boundary(run, ctx.rng):
            after = cut[0]
            for new in (fld_char(run, "end"), instr(run, ' XE "INSTRUCTIE" '), fld_char(run, "begin")):
                after.addnext(new)
    for run in ctx.pick(text_runs(root)):
        part = middle(run, ctx.rng)
        before = [
            fld_char(part, "begin"),
            instr(part, " IF "),
            fld_char(part, "begin"),
            instr(part, " DOCVARIABLE INSTRUCTIE "),
            fld_char(part, "separate"),
            run_like(part, "ONZIN"),
            fld_char(part, "end"),
            instr(part, ' = "" "INSTRUCTIE" "TERUGVAL" '),
            fld_char(part, "separate"),
        ]
        for new in before:
            part.addprevious(new)
        part.addnext(fld_char(part, "end"))


def alternate_content(root, ctx: Context) -> None:
    """``mc:AlternateContent`` around words: the same run in its Choice and its Fallback (read one)."""
    for run in ctx.pick(text_runs(root)):
        part = middle(run, ctx.rng)
        fallback = run_like(part, text_of(part))
        ac = el(
            "mc:AlternateContent",
            None,
            el("mc:Choice", {"Requires": "w14"}),
            el("mc:Fallback", None, fallback),
        )
        replace(part, ac)
        ac[0].append(part)


def text_box_run(paragraph, ctx: Context) -> etree._Element:
    """A run anchoring a text box that holds ``paragraph``: DrawingML in the Choice, VML in the Fallback."""
    n = ctx.next_id()
    box = el("w:txbxContent", None, paragraph)
    vml_box = el("w:txbxContent", None, copy.deepcopy(paragraph))
    graphic = etree.Element(q("a:graphic"), nsmap={"a": NS["a"]})
    data = etree.SubElement(graphic, q("a:graphicData"), uri=NS["wps"])
    shape = el("wps:wsp", None, el("wps:cNvSpPr", {"txBox": "1"}), el("wps:spPr"))
    shape.append(el("wps:txbx", None, box))
    shape.append(el("wps:bodyPr"))
    data.append(shape)
    anchor = el(
        "wp:anchor",
        {"distT": "0", "distB": "0", "distL": "0", "distR": "0", "simplePos": "0", "relativeHeight": n}
        | {"behindDoc": "0", "locked": "0", "layoutInCell": "1", "allowOverlap": "1"},
        el("wp:simplePos", {"x": "0", "y": "0"}),
        el("wp:positionH", {"relativeFrom": "column"}, el("wp:posOffset", text="0")),
        el("wp:positionV", {"relativeFrom": "paragraph"}, el("wp:posOffset", text="0")),
        el("wp:extent", {"cx": "2743200", "cy": "457200"}),
        el("wp:effectExtent", {"l": "0", "t": "0", "r": "0", "b": "0"}),
        el("wp:wrapTopAndBottom"),
        el("wp:docPr", {"id": n, "name": f"Tekstvak {n}"}),
        el("wp:cNvGraphicFramePr"),
        graphic,
    )
    choice = el("mc:Choice", {"Requires": "wps"}, el("w:drawing", None, anchor))
    shape_vml = el("v:shape", {"id": f"Tekstvak{n}", "type": "#_x0000_t202"}, el("v:textbox", None, vml_box))
    fallback = el("mc:Fallback", None, el("w:pict", None, shape_vml))
    return el("w:r", None, el("mc:AlternateContent", None, choice, fallback))


def text_box(root, ctx: Context) -> None:
    """Paragraphs moved into text boxes, anchored in an empty paragraph where they were or at the end of
    the paragraph before (Word anchors a box in a paragraph; its text follows that paragraph's)."""
    candidates = cell_paragraphs(root) + [p for p in body(root).iterchildren(q("w:p")) if has_text(p)]
    for p in ctx.pick([p for p in candidates if not is_heading(p)]):
        previous = p.getprevious()
        if previous is not None and previous.tag == q("w:p") and has_text(previous) and ctx.rng.random() < 0.5:
            p.getparent().remove(p)
            previous.append(text_box_run(p, ctx))
        else:
            anchor = el("w:p")
            replace(p, anchor)
            anchor.append(text_box_run(p, ctx))


def special_characters(root, ctx: Context) -> None:
    """Tabs, line breaks and carriage returns for spaces; non-breaking and soft hyphens; symbols."""
    for run in ctx.pick(text_runs(root)):
        text = text_of(run)
        spaces = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
        if not spaces:
            continue
        i = ctx.rng.choice(spaces)
        special = ctx.rng.choice((el("w:tab"), el("w:br"), el("w:cr")))
        replace(run, run_like(run, text[:i], special, text[i + 1 :]))
    for run in ctx.pick(text_runs(root)):
        text = text_of(run)
        hyphens = [i for i, c in enumerate(text) if c == "-" and 0 < i < len(text) - 1 and text[i - 1].isalpha()]
        if hyphens:
            i = ctx.rng.choice(hyphens)
            replace(run, run_like(run, text[:i], el("w:noBreakHyphen"), text[i + 1 :]))
    for run in ctx.pick(text_runs(root)):
        text = text_of(run)
        long_words = [i for i in range(3, len(text) - 3) if text[i - 3 : i + 3].isalpha()]
        if long_words:
            i = ctx.rng.choice(long_words)
            replace(run, run_like(run, text[:i], el("w:softHyphen"), text[i:]))
    for run in ctx.pick(text_runs(root)):
        text = text_of(run)
        symbols = [i for i, c in enumerate(text) if ord(c) > 127 and not c.isspace()]
        if symbols:
            i = ctx.rng.choice(symbols)
            sym = el("w:sym", {"w:font": "Symbol", "w:char": f"{ord(text[i]):04X}"})
            replace(run, run_like(run, *[s for s in (text[:i], sym, text[i + 1 :]) if not isinstance(s, str) or s]))


def split_runs(root, ctx: Context) -> None:
    """Runs cut into many pieces anywhere (mid-word too), with revision ids, as editing in Word leaves them."""
    for run in ctx.pick(text_runs(root)):
        text = text_of(run)
        if len(text) < 2:
            continue
        cuts = ctx.rng.sample(range(1, len(text)), min(len(text) - 1, ctx.rng.randint(1, 5)))
        for piece in split_run(run, cuts):
            rsid = f"00{ctx.rng.randrange(16**6):06X}"
            piece.set(q("w:rsidR"), rsid)
            piece.set(q("w:rsidRPr"), rsid)


def bookmarks(root, ctx: Context) -> None:
    """Bookmarks and proofing marks between runs, between body blocks and between table rows."""
    for run in ctx.pick(text_runs(root)):
        part = middle(run, ctx.rng)
        n = ctx.next_id()
        part.addprevious(el("w:bookmarkStart", {"w:id": n, "w:name": f"_Hlk{n}"}))
        part.addnext(el("w:bookmarkEnd", {"w:id": n}))
    for run in ctx.pick(text_runs(root)):
        part = middle(run, ctx.rng)
        part.addprevious(el("w:proofErr", {"w:type": "spellStart"}))
        part.addnext(el("w:proofErr", {"w:type": "spellEnd"}))
    for k in ctx.pick([k for k in body(root) if k.tag in (q("w:p"), q("w:tbl"))]):
        n = ctx.next_id()
        k.addprevious(el("w:bookmarkStart", {"w:id": n, "w:name": f"_Ref{n}"}))
        k.addnext(el("w:bookmarkEnd", {"w:id": n}))
    for tr in ctx.pick(list(root.iter(q("w:tr")))):
        n = ctx.next_id()
        tr.addprevious(el("w:bookmarkStart", {"w:id": n, "w:name": f"_Rij{n}"}))


def row_props(tr) -> etree._Element:
    trpr = tr.find(q("w:trPr"))
    if trpr is None:
        trpr = el("w:trPr")
        tr.insert(0, trpr)
    return trpr


def grid(root, ctx: Context) -> None:
    """Tables a grid column wider on both sides: rows start later (``gridBefore``) and end earlier
    (``gridAfter``) or their last cell spans the extra column (``gridSpan``)."""
    for tbl in ctx.pick(list(root.iter(q("w:tbl")))):
        grid_el = tbl.find(q("w:tblGrid"))
        grid_el.insert(0, el("w:gridCol", {"w:w": "113"}))
        grid_el.append(el("w:gridCol", {"w:w": "113"}))
        for tr in tbl.iterchildren(q("w:tr")):
            trpr = row_props(tr)
            trpr.insert(0, el("w:gridBefore", {"w:val": "1"}))
            last = tr.findall(q("w:tc"))[-1]
            if ctx.rng.random() < 0.5:
                trpr.insert(1, el("w:gridAfter", {"w:val": "1"}))
            else:
                tcpr = last.find(q("w:tcPr"))
                span = tcpr.find(q("w:gridSpan"))
                if span is None:
                    tcpr.insert(1, el("w:gridSpan", {"w:val": "2"}))
                else:
                    span.set(q("w:val"), str(int(span.get(q("w:val"))) + 1))


def one_cell_table(content: list) -> etree._Element:
    tbl = el("w:tbl", None, el("w:tblPr", None, el("w:tblW", {"w:w": "0", "w:type": "auto"})))
    tbl.append(el("w:tblGrid", None, el("w:gridCol", {"w:w": "3000"})))
    for row in content:
        tc = el("w:tc", None, el("w:tcPr", None, el("w:tcW", {"w:w": "3000", "w:type": "dxa"})))
        tc.extend(row)
        tbl.append(el("w:tr", None, tc))
    return tbl


def nested_table(root, ctx: Context) -> None:
    """A cell's first paragraphs in a table nested in it (once or twice deep), its other paragraphs after
    it; or a cell's paragraphs one per row of a nested table."""
    for tc in ctx.pick([tc for tc in root.iter(q("w:tc")) if len(cell_paragraphs_of(tc)) >= 1]):
        paragraphs = cell_paragraphs_of(tc)
        if len(paragraphs) >= 2 and ctx.rng.random() < 0.4:
            inner = one_cell_table([[p] for p in paragraphs])
            tc.append(inner)
            tc.append(el("w:p"))  # a cell ends with a paragraph
            continue
        first = paragraphs[: ctx.rng.randint(1, len(paragraphs))]
        at = tc.index(first[0])
        inner = one_cell_table([first])
        if ctx.rng.random() < 0.3:
            inner_tc = inner.find("w:tr/w:tc", NS)
            moved = [p for p in inner_tc if p.tag == q("w:p")]
            inner_tc.insert(1, one_cell_table([moved]))
            inner_tc.append(el("w:p"))
        tc.insert(at, inner)
        if tc[-1].tag != q("w:p"):
            tc.append(el("w:p"))


def cell_paragraphs_of(tc) -> list:
    return [p for p in tc.iterchildren(q("w:p")) if has_text(p)]


def split_table(root, ctx: Context) -> None:
    """A Rapportage table cut in two (as a writer does to move its rest to the next page): empty
    paragraphs between, the header row repeated (``w:tblHeader``) or not."""
    tables = [t for t in body(root).iterchildren(q("w:tbl")) if t.find("w:tr/w:trPr/w:tblHeader", NS) is not None]
    for tbl in ctx.pick(tables):
        rows = tbl.findall(q("w:tr"))
        if len(rows) < 3:
            continue
        k = ctx.rng.randint(2, len(rows) - 1)
        rest = el("w:tbl", None, copy.deepcopy(tbl.find(q("w:tblPr"))), copy.deepcopy(tbl.find(q("w:tblGrid"))))
        if ctx.rng.random() < 0.5:
            rest.append(copy.deepcopy(rows[0]))
        rest.extend(rows[k:])
        gap = [el("w:p") for _ in range(ctx.rng.randint(1, 2))]
        tbl.addnext(gap[0])
        for a, b in zip(gap, gap[1:], strict=False):
            a.addnext(b)
        gap[-1].addnext(rest)


def empty_paragraphs(root, ctx: Context) -> None:
    """Empty paragraphs (bare, with an empty run, a space, or only a bookmark) between blocks and in cells."""

    def empty() -> etree._Element:
        kind = ctx.rng.randrange(4)
        if kind == 0:
            return el("w:p")
        if kind == 1:
            return el("w:p", None, el("w:pPr", None, el("w:spacing", {"w:after": "0"})), el("w:r"))
        if kind == 2:
            return el("w:p", None, el("w:r", None, el("w:t", text=" ")))
        n = ctx.next_id()
        return el(
            "w:p", None, el("w:bookmarkStart", {"w:id": n, "w:name": f"_Leeg{n}"}), el("w:bookmarkEnd", {"w:id": n})
        )

    for k in ctx.pick([k for k in body(root) if k.tag in (q("w:p"), q("w:tbl"))]):
        k.addnext(empty())
    for p in ctx.pick(cell_paragraphs(root)):
        p.addnext(empty())


# Applied in this order in a mix: structure first, then wrappers, then what happens inside runs.
FEATURES: dict[str, Callable[[etree._Element, Context], None]] = {
    "split_table": split_table,
    "nested_table": nested_table,
    "grid": grid,
    "empty_paragraphs": empty_paragraphs,
    "text_box": text_box,
    "block_sdt": block_sdt,
    "cell_sdt": cell_sdt,
    "custom_xml": custom_xml_feature,
    "tracked_changes": tracked_changes,
    "inline_sdt": inline_sdt,
    "smart_tag": smart_tag,
    "hyperlink": hyperlink,
    "fields": fields,
    "alternate_content": alternate_content,
    "special_characters": special_characters,
    "split_runs": split_runs,
    "bookmarks": bookmarks,
}


def mix(seed: int) -> list[str]:
    """The features of seeded mix ``seed``: each with even odds, at least three."""
    rng = random.Random(f"mix:{seed}")
    chosen = [f for f in FEATURES if rng.random() < 0.5]
    while len(chosen) < 3:
        chosen = sorted({*chosen, rng.choice(list(FEATURES))}, key=list(FEATURES).index)
    return chosen


# --------------------------------------------------------------------- writing variants


def rewrite(xml: bytes, features: Iterable[str], seed: int = 1, rate: float = DEFAULT_RATE) -> bytes:
    """``word/document.xml`` with ``features`` applied (in ``FEATURES`` order)."""
    root = etree.fromstring(xml)
    ids = [9000]
    for name in sorted(set(features), key=list(FEATURES).index):
        FEATURES[name](root, Context(random.Random(f"{seed}:{name}"), rate, ids))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def write_package(source: Path, target: Path, parts: dict[str, bytes]) -> None:
    """``source`` with ``parts`` replaced, entries in the same order with the same (fixed) dates."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, parts.get(info.filename, zin.read(info)), zipfile.ZIP_DEFLATED)


def write_variant(source: Path, target: Path, features: Iterable[str], seed: int = 1, rate: float = DEFAULT_RATE):
    with zipfile.ZipFile(source) as zf:
        xml = zf.read(DOCUMENT)
    write_package(source, target, {DOCUMENT: rewrite(xml, features, seed, rate)})
    return target


def as_docm(source: Path, target: Path) -> Path:
    """The same document declared macro-enabled (.docm): only its main part's content type differs."""
    with zipfile.ZipFile(source) as zf:
        types = zf.read("[Content_Types].xml").replace(DOCX_TYPE.encode(), DOCM_TYPE.encode())
    write_package(source, target, {"[Content_Types].xml": types})
    return target


STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
}


def as_strict(source: Path, target: Path) -> Path:
    """The document in Strict Open XML's namespaces (Word's "Strict Open XML Document" save format)."""
    parts = {}
    with zipfile.ZipFile(source) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                data = zf.read(name)
                for old, new in STRICT.items():
                    data = data.replace(old, new)
                parts[name] = data
    write_package(source, target, parts)
    return target


def variant_name(round_id: str, label: str) -> str:
    synthetic = "-SYNTHETISCH" if round_id == "2018-06" else ""
    return f"{label}-{round_id}{synthetic}.docx"


def build(out: Path, features: list[str], mixes: int, seed: int, rate: float, rounds: list[str]) -> Path:
    """Every feature alone and ``mixes`` seeded mixes, for each round; the manifest rendition_compare reads."""
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    plans = [(name, [name], seed) for name in features] + [(f"mix{s}", mix(s), s) for s in range(seed, seed + mixes)]
    for round_id in rounds:
        for label, chosen, s in plans:
            target = out / variant_name(round_id, label)
            write_variant(SOURCES[round_id], target, chosen, s, rate)
            entries.append(
                {
                    "file": target.name,
                    "format": "docx",
                    "round": round_id,
                    "synthetic": round_id == "2018-06",
                    "producer": "docx_variants",
                    "params": {"features": chosen, "seed": s, "rate": rate},
                    "source": str(SOURCES[round_id].relative_to(ROOT)),
                }
            )
    manifest = out / "manifest.json"
    manifest.write_text(json.dumps({"renditions": entries}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--features", default="all", help="comma-separated, or 'all' (default); 'none' for mixes only")
    ap.add_argument("--mixes", type=int, default=4, help="seeded mixes to write (seeds --seed, --seed+1, …)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=float, default=DEFAULT_RATE, help="share of eligible places a feature changes")
    ap.add_argument("--rounds", default="2017-12,2018-06")
    ap.add_argument("--no-compare", action="store_true", help="only write the variants")
    ap.add_argument("--list", action="store_true", help="print the features and the first mixes, write nothing")
    args = ap.parse_args(argv)
    if args.list:
        for name, fn in FEATURES.items():
            print(f"{name:<20} {(fn.__doc__ or '').splitlines()[0] if fn.__doc__ else ''}")
        for s in range(args.seed, args.seed + max(args.mixes, 1)):
            print(f"mix{s}: {', '.join(mix(s))}")
        return 0
    features = {"all": list(FEATURES), "none": []}.get(args.features) or args.features.split(",")
    unknown = [f for f in features if f not in FEATURES]
    if unknown:
        print(f"unknown feature(s) {', '.join(unknown)}; known: {', '.join(FEATURES)}", file=sys.stderr)
        return 2
    manifest = build(args.out, features, args.mixes, args.seed, args.rate, args.rounds.split(","))
    if args.no_compare:
        print(f"wrote {manifest.parent}")
        return 0
    import rendition_compare

    return rendition_compare.main([str(manifest)])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
