"""Read stage: a file → one ordered stream of blocks. Readers know formats, not reports."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Block


class ReadError(Exception):
    """A file that cannot be read; the message is one line naming the reason."""


@dataclass(frozen=True)
class Document:
    blocks: list[Block]
    n_pages: int | None
    source_format: str  # "pdf", "docx", "text"


def detect_format(path: Path) -> str:
    """The real type by content, not by extension."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if not head:
        raise ReadError("the file is empty")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as exc:
            raise ReadError("a damaged zip/Word file") from exc
        if "word/document.xml" in names:
            return "docx"
        raise ReadError("a zip archive that is not a Word (.docx) document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("an old binary Word (.doc) file; save it as .docx or PDF")
    try:
        with open(path, encoding="utf-8") as fh:
            fh.read(65536)
    except UnicodeDecodeError as exc:
        raise ReadError("neither PDF, Word nor UTF-8 text") from exc
    return "text"


def read_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        kind = detect_format(path)
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    if kind == "pdf":
        from pipeline.read.pdf import read_pdf

        return read_pdf(path)
    if kind == "docx":
        from pipeline.read.docx import read_docx

        return read_docx(path)
    from pipeline.read.text import read_text_string

    return Document(read_text_string(path.read_text(encoding="utf-8")), None, "text")
