"""HTML + CSS form of a ``Report`` for one ``Layout``, printed by WeasyPrint or headless Chromium.

Both engines read the same document; only the printing differs. Page furniture is CSS
``@page`` margin boxes (``counter(page)`` / ``counter(pages)``), the break border is
``box-decoration-break`` on every cell (``slice``: no line where a page cuts a cell), and a
row that may not break gets ``break-inside: avoid``. The header row is a ``<thead>`` (repeated
by both engines) or, when it must not repeat, the first row of the ``<tbody>``.
"""

from __future__ import annotations

import base64
import functools
import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from html import escape
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


def _paras(paragraphs: list[str] | tuple[str, ...]) -> str:
    """<p> per paragraph, runs of "- " items as one <ul>."""
    out: list[str] = []
    items: list[str] = []
    for text in paragraphs:
        if is_list_item(text):
            items.append(f"<li>{escape(text[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(f"<p>{escape(text)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out) or "<p></p>"


def label_image(text: str, layout: Layout, px_per_pt: float = 4.0) -> str:
    """``text`` as a PNG data URI (no text layer): the damaged rendition's heading."""
    from PIL import Image, ImageDraw, ImageFont

    size_pt = layout.size
    font = ImageFont.truetype(str(font_file(FONTS[layout.font][0], bold=True)), int(size_pt * px_per_pt))
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("L", (right + 4, int(size_pt * px_per_pt * 1.3)), 255)
    ImageDraw.Draw(img).text((2, 0), text, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    width_pt = img.width / px_per_pt
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    return f'<img src="{uri}" style="width:{width_pt:.1f}pt" alt="">'


def _label_html(action: Action, layout: Layout, damaged: str | None) -> str:
    label = action_label(action)
    return label_image(label, layout) if action.action_id == damaged else escape(label)


def field_block(action: Action, layout: Layout, damaged: str | None) -> str:
    label = _label_html(action, layout, damaged)
    desc = description_paragraphs(action)
    rows = fields(action, layout)
    if layout.field_block == "table":
        (wl, wv), _ = col_widths_cm(layout)
        cells = [f'<tr><td class="lab"><b>{label}</b></td><td>{_paras(desc)}</td></tr>']
        for f in rows:
            lab = "<br>".join(escape(x) for x in f.label_lines)
            cells.append(f'<tr><td class="lab"><b>{lab}</b></td><td>{_paras(f.values)}</td></tr>')
        cols = f'<colgroup><col style="width:{wl:.2f}cm"><col style="width:{wv:.2f}cm"></colgroup>'
        return f'<table class="fields">{cols}<tbody>{"".join(cells)}</tbody></table>'
    sep = ":" if layout.field_block == "colon" else ""
    out = [f'<p class="actie"><b>{label}{sep}</b> {escape(desc[0])}</p>', _paras(desc[1:]) if desc[1:] else ""]
    for f in rows:
        lab = "<br>".join(escape(x) for x in f.label_lines)
        lab = f"<b>{lab}</b>" if layout.field_block == "lines" else lab
        out.append(f'<p class="field">{lab}{sep} {escape(inline_value(f, layout))}</p>')
    return "".join(out)


def report_table(entries: list[Entry], layout: Layout) -> str:
    _, (wc, wd, wb) = col_widths_cm(layout)
    cols = "<colgroup>" + "".join(f'<col style="width:{w:.2f}cm">' for w in (wc, wd, wb)) + "</colgroup>"
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in REPORT_HEADER) + "</tr>"
    body = [
        "<tr>"
        f"<td>{_paras(list(e.competences))}</td>"
        f"<td>{_paras(split_paragraphs(e.description))}</td>"
        f"<td>{_paras(split_paragraphs(e.budget_text))}</td>"
        "</tr>"
        for e in entries
    ]
    if layout.header_repeat:
        return f'<table class="report">{cols}<thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'
    return f'<table class="report">{cols}<tbody>{head}{"".join(body)}</tbody></table>'


def css(report: Report, layout: Layout, wrap_at_edge: bool = False) -> str:
    """The stylesheet. ``wrap_at_edge``: a cell at the right edge breaks a word too wide for it (Chromium).

    Chromium clips what overflows the page box, so a word wider than the last column (a narrow
    budget cell) would lose its end in the PDF; WeasyPrint prints the overflow. Like a word processor,
    that cell then breaks the word where the line is full (``overflow-wrap: break-word``: only a word
    that fits no line is broken). Header cells keep their words whole."""
    top, right, bottom, left = MARGINS[layout.margins]
    family, generic = FONTS[layout.font]
    header_box = {"left": "@top-left", "right": "@top-right"}.get(layout.header)
    footer = {
        "dash": '"– " counter(page) " –"',
        "p-n-m": '"p. " counter(page) " / " counter(pages)',
        "pagina-n-van-m": '"Pagina " counter(page) " van " counter(pages)',
    }.get(layout.footer)
    footer_box = "@bottom-center" if layout.footer == "dash" else "@bottom-right"
    boxes = ""
    if header_box:
        running = header_text(report).replace("\\", "\\\\").replace('"', '\\"')
        boxes += f'{header_box} {{ content: "{running}"; font-size: 8pt; font-style: italic; }}'
    if footer:
        boxes += f"{footer_box} {{ content: {footer}; font-size: 9pt; }}"
    blank = "".join(f"{b} {{ content: none; }}" for b in ("@top-left", "@top-right", "@bottom-center", "@bottom-right"))
    line = "0.5pt solid #808080"
    rulings = {
        "full": f"td, th {{ border: {line}; }} th, td.lab {{ background: #e8eef4; }}",
        "horizontal": f"td, th {{ border-top: {line}; border-bottom: {line}; }}",
        "frame": "table { border: 0.75pt solid #606060; }",
        "none": "",
    }[layout.rulings]
    bdb = layout.break_border or "slice"
    return f"""
@page {{ size: A4 {layout.orientation}; margin: {top}cm {right}cm {bottom}cm {left}cm; {boxes} }}
@page plain {{ {blank} }}
.front {{ page: plain; }}
html {{ font-family: "{family}", {generic}; font-size: {layout.size}pt; line-height: 1.25; }}
body {{ margin: 0; }}
h1 {{ font-size: 1.45em; color: #1f3a60; margin: 1.1em 0 0.5em; break-after: avoid; }}
h2 {{ font-size: 1.2em; color: #1f3a60; margin: 0.9em 0 0.4em; break-after: avoid; }}
p {{ margin: 0 0 0.35em; }}
ul {{ margin: 0 0 0.35em; padding-left: 1.2em; }}
.front {{ break-after: page; padding-top: 6cm; }}
.front .title {{ font-size: 2em; font-weight: bold; color: #1f3a60; margin-bottom: 1cm; }}
.front .sub {{ font-size: 1.4em; }}
.front .notice {{ margin-top: 1cm; font-weight: bold; color: #c00000; }}
.cover {{ text-align: center; }}
table {{ border-collapse: separate; border-spacing: 0; table-layout: fixed; width: 100%; margin: 0 0 0.6em;
         box-decoration-break: {bdb}; -webkit-box-decoration-break: {bdb}; }}
td, th {{ padding: 2pt 4pt; text-align: left; vertical-align: {layout.valign};
          box-decoration-break: {bdb}; -webkit-box-decoration-break: {bdb}; }}
th {{ font-weight: bold; }}
{"tr { break-inside: avoid; }" if not layout.row_split else ""}
{"table.report td:last-child, td.lab { overflow-wrap: break-word; }" if wrap_at_edge else ""}
{rulings}
{"tr:nth-child(even) > td { background: #e9eef3; }" if layout.shading == "zebra" else ""}
p.rapportage {{ font-weight: bold; margin-top: 0.6em; }}
p.actie {{ margin-top: 0.6em; }}
"""


def front_pages(report: Report, layout: Layout) -> str:
    kind, when = split_round_label(report.round_label)
    out = ""
    if layout.cover:
        lines = "".join(f'<p class="sub">{escape(x)}</p>' for x in COVER_LINES)
        if report.synthetic:
            lines += f'<p class="notice">{escape(SYNTHETIC_NOTICE)}</p>'
        out += f'<section class="front cover"><p class="title">{escape(report.title)}</p>{lines}</section>'
    title = "<br>".join(escape(x) for x in title_lines(report.title))
    subs = "".join(f'<p class="sub">{escape(t)}</p>' for t in (kind, when) if t)
    notice = f'<p class="notice">{escape(SYNTHETIC_NOTICE)}</p>' if report.synthetic else ""
    return out + f'<section class="front"><p class="title">{title}</p>{subs}{notice}</section>'


def report_body(
    report: Report,
    layout: Layout,
    damaged: str | None,
    field_block: Callable[[Action, Layout, str | None], str] = field_block,
    report_table: Callable[[list[Entry], Layout], str] = report_table,
) -> list[str]:
    """The report's HTML after its front pages: introduction, headings, each action's field block and table (an HTML
    producer with markup of its own passes its own ``field_block`` and ``report_table``)."""
    parts = ["<h1>1. Situering</h1>" + _paras(report.introduction), "<h1>2. Rapportage acties en maatregelen</h1>"]
    for line in report.policy_lines:
        parts.append(f"<h1>{escape(line_heading(line.line_no, line.title, layout))}</h1>")
        for measure in line.measures:
            parts.append(f"<h2>{escape(measure_heading(measure.measure_no, measure.title, layout))}</h2>")
            for action in measure.actions:
                parts.append(field_block(action, layout, damaged))
                parts.append('<p class="rapportage">Rapportage</p>')
                parts.append(report_table(action.entries, layout))
    return parts


def html_document(report: Report, layout: Layout, damaged: str | None = None, wrap_at_edge: bool = False) -> str:
    parts = [front_pages(report, layout), *report_body(report, layout, damaged)]
    title = escape(f"{report.title} – {report.round_label}")
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{css(report, layout, wrap_at_edge)}</style></head><body>{''.join(parts)}</body></html>"
    )


def render_weasyprint(report: Report, layout: Layout, path: Path, damaged: str | None = None) -> Path:
    import weasyprint

    html = html_document(report, layout, damaged)
    # Fixed metadata so the same input gives the same bytes.
    weasyprint.HTML(string=html).write_pdf(str(path), uncompressed_pdf=False, identifier=b"rapportage-matrix")
    return path


def weasyprint_version() -> str:
    import weasyprint

    return f"WeasyPrint {weasyprint.__version__}"


def chromium_binary() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        raise RuntimeError("Chromium not found: apt-get install -y chromium")
    return exe


@functools.cache
def chromium_version() -> str:
    return subprocess.run([chromium_binary(), "--version"], capture_output=True, text=True).stdout.strip()


CHROMIUM_DATE_RE = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)")


def render_chromium(report: Report, layout: Layout, path: Path, damaged: str | None = None) -> Path:
    """Headless Chromium ``--print-to-pdf`` of the same HTML (its own page-break and table code)."""
    with tempfile.TemporaryDirectory(prefix="matrix-chromium-") as tmp:
        src = Path(tmp) / "report.html"
        src.write_text(html_document(report, layout, damaged, wrap_at_edge=True), encoding="utf-8")
        cmd = [
            chromium_binary(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={path.resolve()}",
            src.as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=600, env={**os.environ, "TZ": "UTC"})
    if not path.exists():
        raise RuntimeError(f"Chromium produced no PDF for {path.name}")
    # Skia stamps the print time; a fixed date of the same length keeps the xref offsets valid.
    stamp = fixed_timestamp(report).strftime("%Y%m%d%H%M%S").encode()
    path.write_bytes(CHROMIUM_DATE_RE.sub(rb"/\1 (D:" + stamp + rb"\3)", path.read_bytes()))
    return path
