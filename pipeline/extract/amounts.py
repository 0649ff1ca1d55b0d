"""Euro amounts in Dutch notation -> AmountFact (value, location, breakdown, label).

A number counts as money only next to a currency marker: "€200.000", "€ 210.000",
"15.000 €", "344.575,62 euro", "EUR 12.500", "1,2 miljoen euro". "." groups
thousands, "," is the decimal mark. FTE ("0,5 VTE"), head counts and other bare
numbers are never money.

A total followed by amounts in parentheses ("2.500.000 euro (1.875.000 euro AMIF,
625.000 euro cofinanciering)") or introduced by "waarvan" yields the total with
``breakdown=False`` and the parts with ``breakdown=True``. ``label`` keeps what
names the amount: the parenthesis after it ("(Dilbeek)", "(15 jan 2017 – 12 jan
2020)"), the words after a part inside a breakdown ("AMIF"), the list item it
closes ("- Vilvoorde (85.000 euro)") or the words before a colon ("OTA: ...").

Owns: the rules that read euro amounts, their breakdowns and labels (number notation: ``numbers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.numbers import MULTIPLIERS, parse_dutch_number


@dataclass(frozen=True)
class AmountFact:
    raw: str
    amount_eur: float | None
    location: str
    breakdown: bool
    label: str | None
    char_start: int
    char_end: int


_NUM = (
    r"(?<![\d.,])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"  # 344.575,62
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?"  # 200 000
    r"|\d+(?:,\d{1,2})?)(?:,-)?(?![\d.,]\d)"  # 1500 / 1,2 / 15.000,-
)
# "180 k euro", "€180k", "€ 2,5 m": a lone k or m (no letter after it) is thousands or millions; it
# needs the currency marker beside it like any other number, so "20 km" or "5 m²" stay no money.
_MULT = r"(?:\s*(?P<mult>miljoen|miljard|duizend|mio\.?|mln\.?|mld\.?|[km](?![\w²³])))?"
# The currency marker; "EUR12.500" runs the code into the digits, "euros" is the plural some writers use.
_CURRENCY = r"(?:€|(?<![^\W\d_])EUR(?![^\W\d_])|\beuros?\b)"
# "k€ 115", "kEUR 80", "180kEUR": thousands of euro, "1,5 M€", "2 MEUR": millions (a prefix of the marker).
_SCALED = r"(?<![^\W\d_])(?P<scale>[km])(?:€|EUR\b)"
_AMOUNT_PRE = re.compile(rf"(?:{_SCALED}|{_CURRENCY})\s?\s?{_NUM}{_MULT}", re.I)
_AMOUNT_POST = re.compile(rf"{_NUM}{_MULT}\s?\s?(?:{_SCALED}|{_CURRENCY})", re.I)
# Where a list item starts: not at "i.s.m. " (a period after a one-letter word).
_LIST_START = re.compile(r"[\n;:•]|</?li>|(?<![.\s]\w)\.\s")
_COLON_LABEL = re.compile(r"(?:^|[\n;.)])\s*(?:voor\s+)?(?P<label>[^\n;:.()€]{1,50}?)\s*:\s*$", re.I)


def _value(m: re.Match[str]) -> float | None:
    value = parse_dutch_number(m["num"])
    if value is not None and m["mult"]:
        value *= MULTIPLIERS[m["mult"].lower().rstrip(".")]
    if value is not None and m["scale"]:
        value *= MULTIPLIERS[m["scale"].lower()]
    return round(value, 2) if value is not None else None


def _iter_amounts(text: str) -> list[tuple[int, int, float | None]]:
    """(start, end, value) of every amount, left to right, without overlaps."""
    found = [(m.start(), m.end(), _value(m)) for rx in (_AMOUNT_PRE, _AMOUNT_POST) for m in rx.finditer(text)]
    # "€ 5.000 euro": both patterns match; keep the longest at each place.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, float | None]] = []
    for f in found:
        if f[2] is None or (out and f[0] < out[-1][1]):
            continue
        out.append(f)
    return out


def parse_amount(raw: str) -> float | None:
    """'344.575,62 euro' -> 344575.62; '1,2 miljoen euro' -> 1200000.0; no currency -> None."""
    found = _iter_amounts(raw)
    return found[0][2] if found else None


def find_amounts(text: str, location: str = "text") -> list[AmountFact]:
    """Every euro amount in ``text``; a budget text without any number gives one None fact."""
    matches = _iter_amounts(text)
    if not matches and location == "budget":
        stripped = text.strip()
        if stripped and not re.search(r"\d", stripped):
            s = text.index(stripped)
            return [AmountFact(stripped, None, location, False, None, s, s + len(stripped))]
        return []
    parts = _breakdown_parts(text, matches)
    facts: list[AmountFact] = []
    for i, (s, e, value) in enumerate(matches):
        is_part = i in parts
        label = _part_label(text, e) if is_part else _label(text, s, e, matches)
        facts.append(AmountFact(text[s:e], value, location, is_part, label, s, e))
    return facts


def _breakdown_parts(text: str, matches: list[tuple[int, int, float | None]]) -> set[int]:
    """Indexes of amounts that split a total printed just before them."""
    parts: set[int] = set()
    for i, (_, e, _v) in enumerate(matches):
        if i in parts:
            continue
        after = e
        if m := re.match(r"\s*\(", text[e : e + 15]):
            close = text.find(")", e + m.end())
            close = close if close >= 0 else len(text)
            inner = [j for j, (s2, _e2, _v2) in enumerate(matches) if e + m.end() <= s2 < close]
            if inner:
                parts.update(inner)
                continue
            # A parenthesis without amounts only names the total ("1,2 miljoen euro (2023-2027), waarvan
            # 180 k euro ..."): a "waarvan" after it still splits that total.
            after = close + 1
        if re.match(r"\s*,?\s*(?:waarvan|waaronder|bestaande\s+uit)\b", text[after : after + 15], re.I):
            stop = re.search(r"[.\n]\s|$", text[after:])
            end = after + (stop.start() if stop else len(text) - after)
            parts.update(j for j, (s2, _e2, _v2) in enumerate(matches) if after < s2 < end)
    return parts


def _part_label(text: str, e: int) -> str | None:
    """'1.875.000 euro AMIF, ...' -> 'AMIF'."""
    m = re.match(r"\s*([^,;()€\d]{1,40}?)\s*(?:[,;)]|$|\sen\s)", text[e:])
    label = m.group(1).strip() if m else ""
    return label or None


def _label(text: str, s: int, e: int, matches: list[tuple[int, int, float | None]]) -> str | None:
    # 1. "(Dilbeek)" or "(15 jan 2017 – 12 jan 2020)" right after the amount
    if m := re.match(r"\s*\(([^()]{1,80})\)", text[e:]):
        inner = m.group(1).strip()
        if not _iter_amounts(inner):
            return inner
    # 2. "- Vilvoorde (85.000 euro)": the list item the bracketed amount closes
    before = text[max(0, s - 80) : s]
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", text[e:]):
        head = before.rstrip()[:-1]
        cut = max((m.end() for m in _LIST_START.finditer(head)), default=0)
        label = head[cut:].strip(" -–")
        if label and not _iter_amounts(label):
            return label
    # 3. "Voor KBS: 103.000 euro", "OTA: 10.000 euro"
    prev_end = max((pe for ps, pe, _ in matches if pe <= s), default=0)
    window = text[max(prev_end, s - 60) : s]
    if m := _COLON_LABEL.search(window):
        return m.group("label").strip() or None
    return None
