"""xhtml2pdf form of a ``Report`` for one ``Layout``: HTML + CSS laid out by xhtml2pdf (pisa).

xhtml2pdf has its own HTML/CSS layout (its own CSS subset, tables as its own reportlab-based
flowables, its own in-row splitting of rows taller than a page), not a browser's: the body is the
same HTML fragments as WeasyPrint's and Chromium's (``matrix_html``), the stylesheet is its own.
Page furniture is xhtml2pdf's ``@frame`` with ``-pdf-frame-content`` and ``<pdf:pagenumber>`` /
``<pdf:pagecount>``; the front pages use a page template without frames. A header row repeats with
``<table repeat="1">``. Column widths are the first row's cell widths (xhtml2pdf ignores ``<col>``).
reportlab's ``invariant`` fixes the dates and the /ID.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from matrix_html import _paras, front_pages, label_image, report_body
from matrix_layout import (
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
    page_size_cm,
)
from render_docx import split_paragraphs

from pipeline.model import Action, Entry, Report

GROUND = "#e9eef3"


def _cells(row: list[str], widths: tuple[float, ...] | None, header: bool = False) -> str:
    tag = "th" if header else "td"
    out = []
    for i, cell in enumerate(row):
        width = f' width="{widths[i]:.2f}cm"' if widths else ""
        out.append(f"<{tag}{width}>{cell}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def _rows(rows: list[list[str]], widths, header: list[str] | None, layout: Layout) -> str:
    """Table rows; zebra grounds as each cell's background (xhtml2pdf has no ``nth-child``)."""
    out = [_cells(header, widths, header=True)] if header else []
    for i, row in enumerate(rows):
        html = _cells(row, widths if not header and i == 0 else None)
        shaded = layout.shading == "zebra" and (i + (1 if header else 0)) % 2 == 1
        out.append(html.replace("<td", f'<td bgcolor="{GROUND}"') if shaded else html)
    return "".join(out)


def field_block(action: Action, layout: Layout, damaged: str | None) -> str:
    label = label_image(action_label(action), layout) if action.action_id == damaged else escape(action_label(action))
    desc = description_paragraphs(action)
    if layout.field_block == "table":
        widths, _ = col_widths_cm(layout)
        rows = [[f"<b>{label}</b>", _paras(desc)]]
        for f in fields(action, layout):
            rows.append(["<b>" + "<br/>".join(escape(x) for x in f.label_lines) + "</b>", _paras(f.values)])
        return f'<table class="fields">{_rows(rows, widths, None, layout)}</table>'
    sep = ":" if layout.field_block == "colon" else ""
    out = [f'<p class="actie"><b>{label}{sep}</b> {escape(desc[0])}</p>', _paras(desc[1:]) if desc[1:] else ""]
    for f in fields(action, layout):
        lab = "<br/>".join(escape(x) for x in f.label_lines)
        lab = f"<b>{lab}</b>" if layout.field_block == "lines" else lab
        out.append(f'<p class="field">{lab}{sep} {escape(inline_value(f, layout))}</p>')
    return "".join(out)


def report_table(entries: list[Entry], layout: Layout) -> str:
    _, widths = col_widths_cm(layout)
    header = [f"<b>{h}</b>" for h in REPORT_HEADER]
    rows = [
        [_paras(list(e.competences)), _paras(split_paragraphs(e.description)), _paras(split_paragraphs(e.budget_text))]
        for e in entries
    ]
    repeat = ' repeat="1"' if layout.header_repeat else ""
    return f'<table class="report"{repeat}>{_rows(rows, widths, header, layout)}</table>'


def _furniture(report: Report, layout: Layout) -> str:
    align = {"left": "left", "right": "right"}.get(layout.header)
    out = ""
    if align:
        out += f'<div id="head" style="text-align:{align}"><i>{escape(header_text(report))}</i></div>'
    footer = {
        "dash": "– <pdf:pagenumber> –",
        "p-n-m": "p. <pdf:pagenumber> / <pdf:pagecount>",
        "pagina-n-van-m": "Pagina <pdf:pagenumber> van <pdf:pagecount>",
    }.get(layout.footer)
    if footer:
        where = "center" if layout.footer == "dash" else "right"
        out += f'<div id="foot" style="text-align:{where}">{footer}</div>'
    return out


def css(layout: Layout) -> str:
    top, right, bottom, left = MARGINS[layout.margins]
    width, height = page_size_cm(layout)
    family = FONTS[layout.font][0]
    faces = "".join(
        f'@font-face {{ font-family: "{family}"; src: url("{font_file(family, bold, italic)}"); '
        f"font-weight: {'bold' if bold else 'normal'}; font-style: {'italic' if italic else 'normal'}; }}"
        for bold, italic in ((False, False), (True, False), (False, True), (True, True))
    )
    frames = (
        f"@frame head {{ -pdf-frame-content: head; left: {left}cm; width: {width - left - right}cm; "
        f"top: {top - 1.3}cm; height: 0.8cm; }}"
        f"@frame foot {{ -pdf-frame-content: foot; left: {left}cm; width: {width - left - right}cm; "
        f"top: {height - bottom + 0.6}cm; height: 0.8cm; }}"
    )
    line = "0.5pt solid #808080"
    rulings = {
        "full": f"td, th {{ border: {line}; }} th {{ background-color: #e8eef4; }}",
        "horizontal": f"td, th {{ border-top: {line}; border-bottom: {line}; }}",
        "frame": "table { border: 0.75pt solid #606060; }",
        "none": "",
    }[layout.rulings]
    size = "a4 landscape" if layout.orientation == "landscape" else "a4 portrait"
    return f"""{faces}
@page {{ size: {size}; margin: {top}cm {right}cm {bottom}cm {left}cm; {frames} }}
@page front {{ size: {size}; margin: {top}cm {right}cm {bottom}cm {left}cm; }}
html, body {{ font-family: "{family}"; font-size: {layout.size}pt; line-height: 1.25; }}
#head {{ font-size: 8pt; }} #foot {{ font-size: 9pt; }}
h1 {{ font-size: {layout.size * 1.45:.1f}pt; color: #1f3a60; margin: 1em 0 0.4em 0; -pdf-keep-with-next: true; }}
h2 {{ font-size: {layout.size * 1.2:.1f}pt; color: #1f3a60; margin: 0.8em 0 0.3em 0; -pdf-keep-with-next: true; }}
p {{ margin: 0 0 0.35em 0; }}
ul {{ margin: 0 0 0.35em 0; }}
.front {{ padding-top: 6cm; }}
.front .title {{ font-size: 22pt; font-weight: bold; color: #1f3a60; }}
.front .sub {{ font-size: 14pt; }}
.front .notice {{ font-weight: bold; color: #c00000; }}
table {{ width: 100%; margin: 0 0 0.6em 0; }}
td, th {{ padding: 2pt 4pt; text-align: left; vertical-align: {layout.valign}; }}
{rulings}
p.rapportage {{ font-weight: bold; margin-top: 0.6em; }}
p.actie {{ margin-top: 0.6em; }}
"""


def html_document(report: Report, layout: Layout, damaged: str | None = None) -> str:
    parts = ['<pdf:nexttemplate name="front"/>', front_pages(report, layout).replace("<br>", "<br/>")]
    parts.append('<pdf:nexttemplate name="body"/><pdf:nextpage/>')
    parts += report_body(report, layout, damaged, field_block, report_table)
    title = escape(f"{report.title} – {report.round_label}")
    return (
        f'<html lang="nl"><head><meta charset="utf-8"/><title>{title}</title><style>{css(layout)}</style></head>'
        f"<body>{_furniture(report, layout)}{''.join(parts)}</body></html>"
    )


def render_xhtml2pdf(report: Report, layout: Layout, path: Path, damaged: str | None = None) -> Path:
    from reportlab import rl_config
    from xhtml2pdf import pisa
    from xhtml2pdf.config.resources import ResourceAccessPolicy

    rl_config.invariant = 1  # fixed dates and /ID: the same input gives the same bytes
    family = FONTS[layout.font][0]
    # No network; local reads only of the font files (xhtml2pdf confines them to the working directory).
    fonts = tuple({font_file(family, b, i).parent for b in (False, True) for i in (False, True)})
    policy = ResourceAccessPolicy(allow_remote=False, extra_roots=fonts)
    with path.open("wb") as out:
        status = pisa.CreatePDF(
            html_document(report, layout, damaged), dest=out, encoding="utf-8", resource_policy=policy
        )
    if status.err:
        raise RuntimeError(f"xhtml2pdf reported {status.err} errors for {path.name}")
    return path


def xhtml2pdf_version() -> str:
    import xhtml2pdf

    return f"xhtml2pdf {xhtml2pdf.__version__}"
