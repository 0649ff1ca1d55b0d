"""Typst form of a ``Report`` for one ``Layout``, compiled by the Typst compiler (PyPI ``typst``).

Typst has its own line breaking, table layout and page-break code (Rust, no HTML, no TeX). The
document is generated as Typst markup: every text is a Typst string literal (``#"…"``), so no word
of the report is read as markup. Tables are ``table`` with a stroke per ruling (``frame``: only the
outer sides of the first and last row, a ``stroke`` function), ``table.header(repeat: …)``, rows that
may not split get ``breakable: false`` cells, zebra is a ``fill`` function. Page furniture is the
page's ``header`` / ``footer`` with ``counter(page)`` (and its final value for "N / M"); the front
pages carry none. A page cut through a cell draws no line there (Typst closes no cell at a break):
``break_border`` is ``None``. A row that may not break but is taller than a page overflows it in
Typst (over the footer, off the page): such rows are found in the PDF and allowed to break, and the
manifest's notes name them. ``timestamp`` and ``document(date: …)`` fix the dates; the PDF /ID is
Typst's hash of the document's title and author, so the same input gives the same bytes.
"""

from __future__ import annotations

import base64
import io
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
    footer_text,
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

GREY = 'rgb("#808080")'
# Where Carlito / Caladea are not installed the other producers get fontconfig's substitute (DejaVu);
# Typst has no fontconfig, so the same substitute is named as its fallback.
FALLBACK = {"sans-serif": "DejaVu Sans", "serif": "DejaVu Serif"}


def lit(text: str) -> str:
    """A Typst string literal in code position: no character of it is markup."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", " ")
    return f'"{body}"'


def txt(text: str, bold: bool = False) -> str:
    """Content from text: ``#"…"`` in markup, bold as ``#strong``."""
    return f"#strong({lit(text)})" if bold else f"#{lit(text)}"


def paras(paragraphs, bold: bool = False) -> str:
    """One content block of paragraphs; runs of "- " items become one bullet list."""
    out: list[str] = []
    items: list[str] = []
    for text in paragraphs:
        if is_list_item(text):
            items.append(f"[{txt(text[2:])}]")
            continue
        if items:
            out.append(f"#list({', '.join(items)})")
            items = []
        out.append(txt(text, bold))
    if items:
        out.append(f"#list({', '.join(items)})")
    return "[" + "\n\n".join(out) + "]"


def label_image(text: str, layout: Layout, px_per_pt: float = 4.0) -> str:
    """``text`` as a PNG image (no text layer): the damaged rendition's heading."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_file(FONTS[layout.font][0], bold=True)), int(layout.size * px_per_pt))
    right = font.getbbox(text)[2]
    img = Image.new("L", (right + 4, int(layout.size * px_per_pt * 1.3)), 255)
    ImageDraw.Draw(img).text((2, 0), text, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    data = base64.b64encode(buf.getvalue()).decode()
    width = img.width / px_per_pt
    return f'#image(bytes(base64-decode("{data}")), width: {width:.1f}pt)'


def _label(action: Action, layout: Layout, damaged: str | None) -> str:
    text = action_label(action)
    return label_image(text, layout) if action.action_id == damaged else txt(text, bold=True)


def stroke(layout: Layout, n_cols: int, n_rows: int) -> str:
    """The table's ``stroke``: full grid, lines between rows, the outer frame only, or none."""
    line = f"0.5pt + {GREY}"
    if layout.rulings == "full":
        return line
    if layout.rulings == "horizontal":
        return f"(x: none, y: {line})"
    if layout.rulings == "frame":
        f = f"0.75pt + {GREY}"
        return (
            f"(x, y) => (left: if x == 0 {{ {f} }}, right: if x == {n_cols - 1} {{ {f} }}, "
            f"top: if y == 0 {{ {f} }}, bottom: if y == {n_rows - 1} {{ {f} }})"
        )
    return "none"


def fill(layout: Layout, header_row: bool) -> str:
    if layout.shading == "zebra":
        return '(x, y) => if calc.odd(y) { rgb("#e9eef3") }'
    if layout.rulings == "full" and header_row:
        return '(x, y) => if y == 0 { rgb("#e8eef4") }'
    return "none"


def table(
    layout: Layout, widths, rows: list[list[str]], header: list[str] | None, may_split: frozenset[int] = frozenset()
) -> str:
    """A Typst table; ``header``: cells of a header row (repeated on every page when ``header_repeat``);
    ``may_split``: rows (0-based, after the header) that may break although ``row_split`` is False."""
    cols = "(" + ", ".join(f"{w:.2f}cm" for w in widths) + ")"
    align = "left + horizon" if layout.valign == "middle" else "left + top"
    n_rows = len(rows) + (1 if header else 0)
    cell = "{}" if layout.row_split else "table.cell(breakable: false){}"
    parts = [
        f"columns: {cols}",
        f"stroke: {stroke(layout, len(widths), n_rows)}",
        f"fill: {fill(layout, header is not None)}",
        f"align: {align}",
        "inset: (x: 4pt, y: 3pt)",
    ]
    if header:
        repeat = "true" if layout.header_repeat else "false"
        parts.append(f"table.header(repeat: {repeat}, " + ", ".join(cell.format(h) for h in header) + ")")
    parts += [("{}" if i in may_split else cell).format(c) for i, row in enumerate(rows) for c in row]
    return "#table(\n  " + ",\n  ".join(parts) + ",\n)"


def field_block(action: Action, layout: Layout, damaged: str | None) -> str:
    desc = description_paragraphs(action)
    label = _label(action, layout, damaged)
    if layout.field_block == "table":
        widths, _ = col_widths_cm(layout)
        rows = [[f"[{label}]", paras(desc)]]
        for f in fields(action, layout):
            lab = " \\\n".join(txt(x, bold=True) for x in f.label_lines)
            rows.append([f"[{lab}]", paras(f.values)])
        return table(layout, widths, rows, None)
    sep = ":" if layout.field_block == "colon" else ""
    if action.action_id == damaged:
        out = [f"{label}{txt(sep, bold=True) if sep else ''} {txt(desc[0])}"]
    else:
        out = [f"{txt(action_label(action) + sep, bold=True)} {txt(desc[0])}"]
    out += [paras(desc[1:])[1:-1]] if desc[1:] else []
    for f in fields(action, layout):
        bold = layout.field_block == "lines"
        lab = " \\\n".join(txt(x, bold) for x in f.label_lines)
        out.append(f"{lab}{txt(sep, bold) if sep else ''} {txt(inline_value(f, layout))}")
    return "\n\n".join(out)


def report_table(entries: list[Entry], layout: Layout, may_split: frozenset[int] = frozenset()) -> str:
    _, widths = col_widths_cm(layout)
    header = [f"[{txt(h, bold=True)}]" for h in REPORT_HEADER]
    rows = [
        [paras(e.competences), paras(split_paragraphs(e.description)), paras(split_paragraphs(e.budget_text))]
        for e in entries
    ]
    return table(layout, widths, rows, header, may_split)


def front_pages(report: Report, layout: Layout) -> str:
    kind, when = split_round_label(report.round_label)
    notice = f'#v(1cm)\n#text(weight: "bold", fill: rgb("#c00000"))[{txt(SYNTHETIC_NOTICE)}]'
    out = []
    if layout.cover:
        lines = "\n\n".join(f"#text(size: 14pt)[{txt(x)}]" for x in COVER_LINES)
        extra = notice if report.synthetic else ""
        out.append(
            f'#v(7cm)\n#align(center)[#text(size: 22pt, weight: "bold")[{txt(report.title)}]\n\n#v(1cm)\n'
            f"{lines}\n{extra}]\n#pagebreak()"
        )
    title = " \\\n".join(txt(x) for x in title_lines(report.title))
    subs = "\n\n".join(f"#text(size: 14pt)[{txt(t)}]" for t in (kind, when) if t)
    out.append(
        f'#v(6cm)\n#text(size: 22pt, weight: "bold", fill: rgb("#1f3a60"))[{title}]\n\n#v(1cm)\n{subs}\n'
        + (notice if report.synthetic else "")
        + "\n#pagebreak()"
    )
    return "\n".join(out)


def page_setup(report: Report, layout: Layout) -> str:
    """Page size, margins, and the running header and footer (none on the front pages)."""
    top, right, bottom, left = MARGINS[layout.margins]
    front = 2 if layout.cover else 1
    flipped = "true" if layout.orientation == "landscape" else "false"
    head = ""
    if layout.header != "none":
        where = "left" if layout.header == "left" else "right"
        head = f'#align({where})[#text(size: 8pt, style: "italic")[{txt(header_text(report))}]]'
    n, m = "str(counter(page).get().first())", "str(counter(page).final().first())"
    foot = {
        "dash": f'align(center, text(size: 9pt, "– " + {n} + " –"))',
        "p-n-m": f'align(right, text(size: 9pt, "p. " + {n} + " / " + {m}))',
        "pagina-n-van-m": f'align(right, text(size: 9pt, "Pagina " + {n} + " van " + {m}))',
        "none": "none",
    }[layout.footer]
    when = f"counter(page).get().first() > {front}"
    return (
        f'#set page(paper: "a4", flipped: {flipped}, '
        f"margin: (top: {top}cm, right: {right}cm, bottom: {bottom}cm, left: {left}cm), "
        f"header: context {{ if {when} [{head}] }}, "
        f"footer: context {{ if {when} {{ {foot} }} }})"
    )


def preamble(report: Report, layout: Layout) -> str:
    family, generic = FONTS[layout.font]
    when = fixed_timestamp(report)
    date = f"datetime(year: {when.year}, month: {when.month}, day: {when.day}, hour: 9, minute: 0, second: 0)"
    subject = SYNTHETIC_NOTICE if report.synthetic else "Tussentijdse rapportage"
    return "\n".join(
        [
            f"#set document(title: {lit(f'{report.title} – {report.round_label}')}, "
            f"author: {lit('Vlaamse Regering')}, description: {lit(subject)}, date: {date})",
            page_setup(report, layout),
            f'#set text(font: ({lit(family)}, {lit(FALLBACK[generic])}), size: {layout.size}pt, lang: "nl")',
            "#set par(leading: 0.45em, spacing: 0.55em)",
            "#set list(marker: [•], indent: 0.2em, body-indent: 0.5em)",
            '#show heading: set text(fill: rgb("#1f3a60"))',
            # absolute sizes: Typst's own heading sizes (1.4em, 1.2em) would multiply with an em here
            f"#show heading.where(level: 1): set text(size: {layout.size * 1.4:.1f}pt)",
            f"#show heading.where(level: 2): set text(size: {layout.size * 1.15:.1f}pt)",
            "#show heading: set block(above: 1.1em, below: 0.6em)",
        ]
    )


def heading(level: int, text: str) -> str:
    return f"#heading(level: {level}, {lit(text)})"


def typst_source(
    report: Report, layout: Layout, damaged: str | None = None, may_split: frozenset[tuple[str, int]] = frozenset()
) -> str:
    """The document; ``may_split``: (action id, entry number) of rows allowed to break whatever ``row_split``."""
    parts = [preamble(report, layout), front_pages(report, layout), heading(1, "1. Situering")]
    parts.append(paras(report.introduction)[1:-1])
    parts.append(heading(1, "2. Rapportage acties en maatregelen"))
    for line in report.policy_lines:
        parts.append(heading(1, line_heading(line.line_no, line.title, layout)))
        for measure in line.measures:
            parts.append(heading(2, measure_heading(measure.measure_no, measure.title, layout)))
            for action in measure.actions:
                parts.append(field_block(action, layout, damaged))
                parts.append(f"#v(0.4em)\n{txt('Rapportage', bold=True)}")
                rows = frozenset(n - 1 for aid, n in may_split if aid == action.action_id)
                parts.append(report_table(action.entries, layout, rows))
                parts.append("#v(0.6em)")
    return "\n\n".join(parts) + "\n"


def _compile(report: Report, layout: Layout, path: Path, damaged: str | None, may_split) -> None:
    import typst

    source = typst_source(report, layout, damaged, may_split).encode("utf-8")
    when = fixed_timestamp(report)
    # Untagged (no structure tree, which no reader here uses): a third of the tagged file's size.
    path.write_bytes(typst.compile(source, format="pdf", timestamp=int(when.timestamp()), pdf_tags=False))


def rows_overflowing(report: Report, layout: Layout, pdf: Path) -> frozenset[tuple[str, int]]:
    """Rows whose text runs into the bottom margin: Typst sets a row that may not break but is taller
    than the page on one page and lets it overflow (over the footer and off the page)."""
    import pypdfium2

    def squeeze(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch.isalnum())

    bottom = MARGINS[layout.margins][2] * 72 / 2.54
    doc = pypdfium2.PdfDocument(str(pdf))
    spilled = []
    for i in range(len(doc)):
        width, _ = doc[i].get_size()
        text = doc[i].get_textpage().get_text_bounded(0, 0, width, bottom - 1)
        rest = squeeze(text.replace(footer_text(layout, i + 1, len(doc)), ""))
        spilled += [rest[k : k + 24] for k in range(0, max(len(rest) - 23, 0), 24)]
    lost = set()
    for action in report.actions():
        for n, entry in enumerate(action.entries, start=1):
            texts = squeeze(entry.description + entry.budget_text + "".join(entry.competences))
            if any(piece in texts for piece in spilled):
                lost.add((action.action_id, n))
    return frozenset(lost)


def render_typst(report: Report, layout: Layout, path: Path, damaged: str | None = None) -> list[str]:
    """Write the PDF; returns notes on the rows that had to break although ``row_split`` is False."""
    may_split: frozenset[tuple[str, int]] = frozenset()
    _compile(report, layout, path, damaged, may_split)
    for _ in range(5):  # a row allowed to break moves the rows after it: check again
        lost = rows_overflowing(report, layout, path) - may_split if not layout.row_split else frozenset()
        if not lost:
            break
        may_split |= lost
        _compile(report, layout, path, damaged, may_split)
    if not may_split:
        return []
    order = sorted(may_split, key=lambda r: (tuple(int(x) for x in r[0].split(".")), r[1]))
    rows = ", ".join(f"{aid} entry {n}" for aid, n in order)
    return [f"rows taller than a page may split (else Typst lets them overflow the page): {rows}"]


def typst_version() -> str:
    from importlib.metadata import version

    return f"Typst (PyPI typst {version('typst')})"
