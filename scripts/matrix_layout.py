"""The layout parameters of the rendition matrix, and what every producer prints from them.

One ``Layout`` is one point of the matrix. The producers (``matrix_html``, ``matrix_reportlab``,
``matrix_docx``) read only this record and the parsed ``Report``; the vocabulary they print
(field labels, heading forms, page furniture) is decided here once, so all producers print
the same words for the same parameter value.
"""

from __future__ import annotations

import functools
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from render_docx import domains_text, running_title, split_paragraphs

from pipeline.model import Action, Report

# Every value each parameter can take. The sampler guarantees each value appears with each
# producer that supports the parameter.
SPACE: dict[str, tuple] = {
    "rulings": ("full", "horizontal", "frame", "none"),
    "break_border": ("slice", "clone"),  # border drawn where a cell is cut by a page break
    "row_split": (True, False),  # a table row may break across pages
    "header_repeat": (True, False),  # Bevoegdheden | Beschrijving | Budget on every page
    "valign": ("top", "middle"),
    "field_block": ("table", "lines", "colon"),
    "label_wrap": (False, True),  # "Verantwoordelijke" / "ministers" on two lines
    "widths": ("standard", "wide", "narrow"),
    "font": ("carlito", "caladea", "dejavu-sans", "dejavu-serif", "liberation-serif"),
    "size": (9, 10, 11),
    "margins": ("narrow", "normal", "wide"),
    "header": ("left", "right", "none"),  # running header position
    "footer": ("dash", "p-n-m", "pagina-n-van-m", "none"),
    "cover": (False, True),
    "headings": ("plain", "numbered", "maatregel"),
}
# Parameters real producers use that only fixed renditions vary (``render_matrix.fixed_renditions``): kept out
# of the sampler, so that the sampled renditions of a seed stay the ones built and committed before them.
EXTRA_SPACE: dict[str, tuple] = {
    "orientation": ("portrait", "landscape"),  # A4 upright or on its side (wide tables)
    "shading": ("none", "zebra"),  # every other table row on a tinted ground: filled boxes, no lines
}


@dataclass(frozen=True)
class Layout:
    rulings: str = "full"
    break_border: str | None = "clone"  # None: the producer has no such choice
    row_split: bool = True
    header_repeat: bool = True
    valign: str = "top"
    field_block: str = "table"
    label_wrap: bool = False
    widths: str = "standard"
    font: str = "carlito"
    size: float = 10
    margins: str = "normal"
    header: str = "right"
    footer: str = "pagina-n-van-m"
    cover: bool = False
    headings: str = "plain"
    orientation: str = "portrait"
    shading: str = "none"

    def as_dict(self) -> dict:
        return asdict(self)


# Font key → (family name as fontconfig knows it, generic CSS fallback)
FONTS: dict[str, tuple[str, str]] = {
    "carlito": ("Carlito", "sans-serif"),
    "caladea": ("Caladea", "serif"),
    "dejavu-sans": ("DejaVu Sans", "sans-serif"),
    "dejavu-serif": ("DejaVu Serif", "serif"),
    "liberation-serif": ("Liberation Serif", "serif"),
}

# top, right, bottom, left in cm
MARGINS: dict[str, tuple[float, float, float, float]] = {
    "narrow": (1.5, 1.5, 1.6, 1.5),
    "normal": (2.5, 2.5, 2.2, 2.5),
    "wide": (3.0, 2.0, 2.6, 3.5),
}
PAGE_W_CM, PAGE_H_CM = 21.0, 29.7

# Column fractions of the text width: (field label, field value), (competence, description, budget)
WIDTHS: dict[str, tuple[tuple[float, float], tuple[float, float, float]]] = {
    "standard": ((0.26, 0.74), (0.21, 0.60, 0.19)),
    "wide": ((0.34, 0.66), (0.30, 0.50, 0.20)),
    "narrow": ((0.21, 0.79), (0.20, 0.68, 0.12)),
}

REPORT_HEADER = ("Bevoegdheden", "Beschrijving", "Budget")
MINISTERS_LABEL = "Verantwoordelijke ministers"


def page_size_cm(layout: Layout) -> tuple[float, float]:
    """Width and height of the page in cm."""
    return (PAGE_H_CM, PAGE_W_CM) if layout.orientation == "landscape" else (PAGE_W_CM, PAGE_H_CM)


def text_width_cm(layout: Layout) -> float:
    _, right, _, left = MARGINS[layout.margins]
    return page_size_cm(layout)[0] - left - right


def col_widths_cm(layout: Layout) -> tuple[tuple[float, ...], tuple[float, ...]]:
    width = text_width_cm(layout)
    fields, report = WIDTHS[layout.widths]
    return tuple(f * width for f in fields), tuple(f * width for f in report)


@functools.cache
def font_file(family: str, bold: bool = False, italic: bool = False) -> Path:
    """The TTF fontconfig picks for a family and style (reportlab and Pillow need a file)."""
    style = ("Bold " if bold else "") + ("Italic" if italic else "")
    pattern = f"{family}:style={style.strip() or 'Regular'}"
    out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


# --------------------------------------------------------------------- vocabulary


def line_heading(line_no: int, title: str, layout: Layout) -> str:
    return f"2.{line_no} {title}" if layout.headings == "numbered" else title


def measure_heading(measure_no: int, title: str, layout: Layout) -> str:
    title = title.rstrip(".")
    if layout.headings == "maatregel":
        return f"Maatregel {measure_no}: {title}"
    return f"{measure_no}. {title}."


@dataclass(frozen=True)
class Field:
    """One field of the field block: its label (as lines, when wrapped) and value paragraphs."""

    label_lines: tuple[str, ...]
    values: tuple[str, ...]

    @property
    def label(self) -> str:
        return " ".join(self.label_lines)


def action_label(action: Action) -> str:
    return f"Actie {action.action_id}"


def fields(action: Action, layout: Layout) -> list[Field]:
    """The rows after "Actie N.N": Status actie, ministers, domains, other parties (if any)."""
    ministers_label = tuple(MINISTERS_LABEL.split()) if layout.label_wrap else (MINISTERS_LABEL,)
    out = [
        Field(("Status actie",), (action.status or "",)),
        Field(ministers_label, tuple(action.ministers)),
        Field(("Beleidsdomeinen",), (domains_text(action),)),
    ]
    if action.other_parties:
        out.append(Field(("Andere betrokkenen",), (", ".join(action.other_parties),)))
    return out


def inline_value(f: Field, layout: Layout) -> str:
    """A field's values on one line: ministers run on ("lines", as the text form) or with "; " ("colon")."""
    return ("; " if layout.field_block == "colon" else " ").join(v for v in f.values if v)


def description_paragraphs(action: Action) -> list[str]:
    return split_paragraphs(action.description) or [""]


def header_text(report: Report) -> str:
    return running_title(report)


def footer_text(layout: Layout, page: int, total: int) -> str:
    return {
        "dash": f"– {page} –",
        "p-n-m": f"p. {page} / {total}",
        "pagina-n-van-m": f"Pagina {page} van {total}",
        "none": "",
    }[layout.footer]


COVER_LINES = ("Vlaamse Regering", "Agentschap Binnenlands Bestuur")
