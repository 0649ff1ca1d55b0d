"""File names as we store and print them: any name the operating system hands us, reversibly.

Owns: ``stored_name`` (the text a name is stored as), its inverse ``original_bytes``, and ``shown``.

On Linux a file name is bytes; Python gives the bytes that are not UTF-8 as lone surrogates
(``surrogateescape``), which no Parquet file, JSON manifest or terminal can hold. We store and print
such a byte as the four characters ``\\xNN`` and a backslash of the name itself as ``\\\\``, so that
``original_bytes(stored_name(name)) == os.fsencode(name)`` for every name. A name that is valid UTF-8
and has no backslash (every ordinary name) is stored unchanged.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_ESCAPE = re.compile(r"\\\\|\\x([0-9a-f]{2})")


def stored_name(name: str | os.PathLike) -> str:
    """The name (or path) as text that is always valid UTF-8."""
    raw = os.fsencode(name)
    text = raw.decode("utf-8", "surrogateescape")
    if "\\" not in text and not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    out = []
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    return "".join(out)


def original_bytes(stored: str) -> bytes:
    """The inverse of ``stored_name``: the name's bytes as the file system holds them."""
    parts, pos = [], 0
    for m in _ESCAPE.finditer(stored):
        parts.append(stored[pos : m.start()].encode("utf-8"))
        parts.append(bytes([int(m.group(1), 16)]) if m.group(1) else b"\\")
        pos = m.end()
    parts.append(stored[pos:].encode("utf-8"))
    return b"".join(parts)


def shown(path: Path | str) -> str:
    """A path for a message: the same escaping, so printing never fails."""
    return stored_name(path)
