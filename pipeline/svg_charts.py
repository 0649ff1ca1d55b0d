"""Bar charts as inline SVG for the run report: drawn by the browser, offline, with no plotting library.

Owns: the charts' geometry (axes, ticks, bars, value labels, legend) and their markup. What they show
comes from the caller. Every bar is a ``<rect class="bar">`` that carries what it draws
(``data-series``, ``data-category``, ``data-value``: the unscaled value) and a tooltip, so a reader can
hover a bar and a test can check the bars against the datasets. The markup is well-formed XML.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from html import escape

from pipeline.formats import dutch_number

# matplotlib's default cycle ("tab10"), the colours the charts had as PNGs.
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
FONT = 12  # px
_CHAR = 0.6 * FONT  # a generous average glyph width of the sans-serif font, to size the margins
_AXIS = "#5b6774"
_GRID = "#d5dbe2"


def _n(x: float) -> str:
    """A coordinate, short and stable: at most two decimals."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _text_width(text: str, size: float = FONT) -> float:
    return len(text) * _CHAR * size / FONT


def _colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _svg(width: float, height: float, title: str, parts: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{escape(title)}" '
        f'width="{_n(width)}" height="{_n(height)}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="{FONT}">'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>"
    )


def _label(x: float, y: float, text: str, anchor: str = "start", size: int = FONT, extra: str = "") -> str:
    sized = f' font-size="{size}"' if size != FONT else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" dominant-baseline="middle"{sized}{extra}>'
        f"{escape(text)}</text>"
    )


def _bar(
    x: float, y: float, w: float, h: float, fill: str, series: str, category: str, value: float, shown: str
) -> str:
    return (
        f'<rect class="bar" x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="{fill}" '
        f'data-series="{escape(series)}" data-category="{escape(category)}" data-value="{value!r}">'
        f"<title>{escape(f'{category}, {series}: {shown}')}</title></rect>"
    )


def _legend(x: float, y: float, heading: str, names: Sequence[str]) -> list[str]:
    parts = [_label(x, y, heading, extra=' font-weight="bold"')] if heading else []
    for i, name in enumerate(names):
        row = y + (i + (1 if heading else 0)) * (FONT + 6)
        parts.append(f'<rect x="{_n(x)}" y="{_n(row - 5)}" width="10" height="10" fill="{_colour(i)}"/>')
        parts.append(_label(x + 15, row, name))
    return parts


def _legend_width(heading: str, names: Sequence[str]) -> float:
    return max([_text_width(heading), *(15 + _text_width(n) for n in names)]) + 10


# --- scales -----------------------------------------------------------------------------------------------------------


def linear_ticks(top: float) -> list[float]:
    """0 up to at least ``top`` in 3–8 round steps (1, 2, 2.5 or 5 × a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    power = 10 ** math.floor(math.log10(top))
    step = next(s * power for s in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10) if top / (s * power) <= 7)
    n = math.ceil(top / step - 1e-9)
    return [round(k * step, 10) for k in range(n + 1)]


def log_ticks(low: float, top: float) -> list[float]:
    """The powers of ten that enclose ``low`` … ``top`` (both > 0), at least one decade; the first lies below
    ``low`` (a bar of exactly 10ᵏ is then not of zero length)."""
    first, last = math.floor(math.log10(low / 2)), math.ceil(math.log10(top))
    return [10.0**k for k in range(first, max(last, first + 1) + 1)]


def _tick_text(value: float) -> str:
    if value == int(value):
        return dutch_number(value)
    return dutch_number(value, decimals=len(f"{value:.10f}".rstrip("0").split(".")[1]))


# --- charts -----------------------------------------------------------------------------------------------------------


def grouped_hbars(
    series: Mapping[str, Mapping[str, float]],
    title: str,
    xlabel: str,
    *,
    log: bool = False,
    scale: float = 1,
    legend_title: str = "round",
    shown: Callable[[float], str] = dutch_number,
) -> str:
    """Horizontal bars: one group per category (alphabetical, top down), one bar per series (round) in it, first
    series on top. ``series``: series → category → value; the axis shows value / ``scale`` (log: base 10); a
    value of 0 draws no bar. ``shown`` formats a value for its label and tooltip."""
    categories = sorted({c for values in series.values() for c in values})
    names = list(series)
    drawn = [v / scale for values in series.values() for v in values.values() if v]
    if log:
        ticks = log_ticks(min(drawn, default=1), max(drawn, default=10))
        lo, hi = math.log10(ticks[0]), math.log10(ticks[-1])

        def position(v: float) -> float:
            return (math.log10(v) - lo) / (hi - lo)
    else:
        ticks = linear_ticks(max(drawn, default=1))

        def position(v: float) -> float:
            return v / ticks[-1]

    bar, gap, plot_w = 14.0, 10.0, 560.0
    left = max((_text_width(c) for c in categories), default=0) + 16
    values_w = max((_text_width(shown(v), FONT - 2) for values in series.values() for v in values.values()), default=0)
    legend_x = left + plot_w + values_w + 24
    width = legend_x + _legend_width(legend_title, names)
    top = 34.0
    group_h = bar * len(names) + gap
    plot_h = group_h * len(categories) + gap
    height = top + plot_h + 46
    parts = [_label(width / 2, 16, title, "middle", FONT + 2, ' font-weight="bold"')]
    for t in ticks:
        x = left + plot_w * position(t)
        parts.append(f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(top + plot_h)}" stroke="{_GRID}"/>')
        parts.append(_label(x, top + plot_h + 12, _tick_text(t), "middle", FONT - 1))
    for k, category in enumerate(categories):
        y0 = top + gap + k * group_h
        parts.append(_label(left - 8, y0 + bar * len(names) / 2, category, "end"))
        for i, rid in enumerate(names):
            value = series[rid].get(category, 0)
            if not value:
                continue
            w = plot_w * max(position(value / scale), 0)
            y = y0 + i * bar
            parts.append(_bar(left, y, w, bar - 1, _colour(i), rid, category, value, shown(value)))
            parts.append(_label(left + w + 4, y + bar / 2, shown(value), size=FONT - 2))
    parts.append(
        f'<path d="M{_n(left)} {_n(top)}V{_n(top + plot_h)}H{_n(left + plot_w)}" fill="none" stroke="{_AXIS}"/>'
    )
    parts.append(_label(left + plot_w / 2, top + plot_h + 32, xlabel, "middle"))
    parts += _legend(legend_x, top + 6, legend_title, names)
    return _svg(width, height, title, parts)


def stacked_columns(
    per_column: Mapping[str, Mapping[str, int]], stack_order: Sequence[str], title: str, ylabel: str
) -> str:
    """One column per key of ``per_column`` (a round), its segments in ``stack_order`` from the bottom up; the
    legend lists them in that order."""
    columns = list(per_column)
    totals = [sum(per_column[c].get(s, 0) for s in stack_order) for c in columns]
    ticks = linear_ticks(max(totals, default=1))
    column_w, gap, plot_h = 56.0, 28.0, 240.0
    left = max(_text_width(_tick_text(t), FONT - 1) for t in ticks) + 40
    plot_w = gap + len(columns) * (column_w + gap)
    legend_x = left + plot_w + 20
    width = legend_x + _legend_width("", stack_order)
    top = 34.0
    height = top + plot_h + 40

    def y_of(v: float) -> float:
        return top + plot_h - plot_h * v / ticks[-1]

    parts = [_label(width / 2, 16, title, "middle", FONT + 2, ' font-weight="bold"')]
    for t in ticks:
        y = y_of(t)
        parts.append(f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(left + plot_w)}" y2="{_n(y)}" stroke="{_GRID}"/>')
        parts.append(_label(left - 6, y, _tick_text(t), "end", FONT - 1))
    for j, column in enumerate(columns):
        x = left + gap + j * (column_w + gap)
        below = 0
        for i, segment in enumerate(stack_order):
            value = per_column[column].get(segment, 0)
            if not value:
                continue
            y = y_of(below + value)
            h = y_of(below) - y
            parts.append(_bar(x, y, column_w, h, _colour(i), column, segment, value, dutch_number(value)))
            if h >= FONT + 2:
                parts.append(
                    _label(x + column_w / 2, y + h / 2, dutch_number(value), "middle", FONT - 1, ' fill="#fff"')
                )
            below += value
        parts.append(_label(x + column_w / 2, top + plot_h + 14, column, "middle"))
    parts.append(
        f'<path d="M{_n(left)} {_n(top)}V{_n(top + plot_h)}H{_n(left + plot_w)}" fill="none" stroke="{_AXIS}"/>'
    )
    middle = top + plot_h / 2
    parts.append(_label(14, middle, ylabel, "middle", extra=f' transform="rotate(-90 14 {_n(middle)})"'))
    parts += _legend(legend_x, top + 6, "", stack_order)
    return _svg(width, height, title, parts)
