"""Reader for the text form a PDF converter leaves: tab-separated rows, HTML cells.

Owns: the text format (tab-separated rows, HTML cells, blank-line paragraph groups).

Blank lines separate paragraph groups; a line with tabs is a table row. A row
whose first cell is empty right after another row is the converter's wrapping of
one table row over several lines, so it is marked ``continued``.
"""

from __future__ import annotations

import re

from pipeline.model import Block
from pipeline.read.textnorm import cell_text, join_paragraphs

_SEPARATOR = re.compile(r"^\s*[-=_]{3,}\s*$")


def _groups(text: str) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def read_text_string(text: str) -> list[Block]:
    blocks: list[Block] = []
    for group in _groups(text):
        pending: list[str] = []
        previous_was_row = False

        for line in group:
            if all(_SEPARATOR.match(c) or not c.strip() for c in line.split("\t")):
                _flush(pending, blocks)
                continue
            if "\t" in line:
                _flush(pending, blocks)
                cells = tuple(cell_text(c) for c in line.split("\t"))
                continued = previous_was_row and cells[0] == ""
                blocks.append(Block(kind="row", cells=cells, continued=continued))
                previous_was_row = True
            else:
                pending.append(line)
                previous_was_row = False
        _flush(pending, blocks)
    return blocks


def _flush(pending: list[str], blocks: list[Block]) -> None:
    para = join_paragraphs([cell_text(line) for line in pending])
    if para:
        blocks.append(Block(kind="paragraph", text=para))
    pending.clear()
