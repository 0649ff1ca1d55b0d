"""Read stage: a file → one ordered stream of blocks. Readers know formats, not reports."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Block, TableVocabulary

GIVE_REPORT = "give the report as PDF, Word (.docx) or UTF-8 text"
# Signatures of files people mistake for reports: (magic bytes, what it is, what to do).
_OTHER_TYPES = (
    (b"\xd0\xcf\x11\xe0", "an old binary Word (.doc) file", "save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file", "save it as .docx or PDF"),
    (b"\x89PNG", "an image (PNG), not a document", "run OCR on it or " + GIVE_REPORT),
    (b"\xff\xd8\xff", "an image (JPEG), not a document", "run OCR on it or " + GIVE_REPORT),
    (b"II*\x00", "an image (TIFF), not a document", "run OCR on it or " + GIVE_REPORT),
    (b"MM\x00*", "an image (TIFF), not a document", "run OCR on it or " + GIVE_REPORT),
)


class ReadError(Exception):
    """A file that cannot be read; the message is one line: the reason, then what to do."""


@dataclass(frozen=True)
class Document:
    blocks: list[Block]
    n_pages: int | None
    source_format: str  # "pdf", "docx", "text"
    # The plain text of every page (one string for formats without pages), as the file holds it and
    # without any layout analysis: what the structure stage's self-check counts headings in.
    page_texts: tuple[str, ...] = ()


def detect_format(path: Path) -> str:
    """The real type by content, not by extension: "pdf", "docx" or "text"; ReadError for anything else."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head.strip():
        raise ReadError(f"the file is empty; export or download the report again ({GIVE_REPORT})")
    # Some producers put a few bytes before the header; PDF readers accept it within the first 1 KB.
    if head.startswith(b"%PDF") or (b"%PDF-" in head and not _is_text(head)):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    for magic, what, todo in _OTHER_TYPES:
        if head.startswith(magic):
            raise ReadError(f"{what}; {todo}")
    decode_text(path.read_bytes())  # raises ReadError when it is not text either
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ReadError("a damaged or truncated zip/Word file; save the document again from Word") from exc
    if "word/document.xml" in names:
        return "docx"
    if "opendocument.text" in mimetype:
        raise ReadError("an OpenDocument (.odt) file, not Word; save it as .docx or PDF")
    raise ReadError(f"a zip archive that is not a Word (.docx) document; {GIVE_REPORT}")


def _is_text(data: bytes) -> bool:
    """No NUL bytes and hardly any control characters: text in some 8-bit or UTF-8 encoding."""
    if b"\x00" in data:
        return False
    controls = sum(1 for b in data if b < 32 and b not in b"\t\n\r\f")
    return controls <= len(data) // 100


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Word's "plain text" export on Windows writes it."""
    if not _is_text(data[:65536]):
        raise ReadError(f"neither PDF, Word nor text (binary content); {GIVE_REPORT}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(f"text in an unknown encoding; save it as UTF-8 or {GIVE_REPORT}") from exc


def read_document(path: str | Path, vocabulary: TableVocabulary | None = None) -> Document:
    """Reads a report file; ``vocabulary`` (column headers, row labels) helps the PDF reader find tables."""
    path = Path(path)
    try:
        kind = detect_format(path)
        if kind == "text":
            from pipeline.read.text import read_text_string

            text = decode_text(path.read_bytes())
            return Document(read_text_string(text), None, "text", (text,))
    except IsADirectoryError as exc:
        raise ReadError("a folder, not a file; give the report files or the folder itself") from exc
    except PermissionError as exc:
        raise ReadError("permission denied; make the file readable (chmod +r) or copy it elsewhere") from exc
    except OSError as exc:
        raise ReadError(f"cannot open the file ({exc.strerror or exc}); check the path") from exc
    if kind == "pdf":
        from pipeline.read.pdf import read_pdf

        return read_pdf(path, vocabulary=vocabulary)
    return _read_docx(path)


def _read_docx(path: Path) -> Document:
    from lxml.etree import XMLSyntaxError

    from pipeline.read.docx import read_docx

    try:
        return read_docx(path)
    except ReadError as exc:
        if ";" in str(exc):
            raise
        raise ReadError(f"{exc}; save the document again from Word as .docx") from exc
    except (zipfile.BadZipFile, KeyError, XMLSyntaxError) as exc:
        # A zip whose Word parts are cut or missing: python-docx fails with these.
        raise ReadError(f"a damaged Word document ({exc.__class__.__name__}); save it again from Word "
                        "as .docx") from exc  # fmt: skip
