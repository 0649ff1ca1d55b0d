"""Read stage: a file → one ordered stream of blocks. Readers know formats, not reports.

Owns: detecting a file's real format by its content, the input limits checked before a file is parsed
(zip directory, text size, PDF page count), text decoding with its notes, and the dispatch to the
format readers (``text``, ``docx``, ``pdf``); the shared records live in ``pipeline.read.base``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.limits import DEFAULT, RATIO_MIN_BYTES, Limits, size_text
from pipeline.model import TableVocabulary
from pipeline.read.base import DEFAULT_PDF_BACKEND, GIVE_REPORT, Document, ReadError, unreadable

__all__ = [
    "GIVE_REPORT",
    "DecodedText",
    "Document",
    "ReadError",
    "decode_report_text",
    "decode_text",
    "detect_format",
    "read_document",
    "without_controls",
]
# Signatures of files people mistake for reports: (magic bytes, what it is, what to do).
_OTHER_TYPES = (
    (b"\xd0\xcf\x11\xe0", "an old binary Word (.doc) file", "save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file", "save it as .docx or PDF"),
    (b"\x89PNG", "an image (PNG), not a document", "run OCR on it or " + GIVE_REPORT),
    (b"\xff\xd8\xff", "an image (JPEG), not a document", "run OCR on it or " + GIVE_REPORT),
    (b"II*\x00", "an image (TIFF), not a document", "run OCR on it or " + GIVE_REPORT),
    (b"MM\x00*", "an image (TIFF), not a document", "run OCR on it or " + GIVE_REPORT),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    notes: tuple[str, ...] = ()


_TEXT_HEAD = 65536


def detect_format(path: Path, limits: Limits = DEFAULT) -> str:
    """The real type by content, not by extension: "pdf", "docx" or "text"; ReadError for anything else."""
    with open(path, "rb") as fh:
        head = fh.read(_TEXT_HEAD)
    if not head.strip():
        raise ReadError(f"the file is empty; export or download the report again ({GIVE_REPORT})")
    # Some producers put a few bytes before the header; PDF readers accept it within the first 1 KB.
    if head.startswith(b"%PDF") or (b"%PDF-" in head[:1024] and not _is_text(head[:1024])):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path, limits)
    for magic, what, todo in _OTHER_TYPES:
        if head.startswith(magic):
            raise ReadError(f"{what}; {todo}")
    if not _is_text(head):
        raise ReadError(f"neither PDF, Word nor text (binary content); {GIVE_REPORT}")
    return "text"


def _raise_it(name: str) -> str:
    return f"if it really is a report, raise the limit with --limit {name}=N"


def check_zip(zf: zipfile.ZipFile, limits: Limits = DEFAULT) -> None:
    """Refuses a zip whose parts would unpack beyond the limits, from its central directory alone.

    Nothing is inflated: the sizes are the ones the directory declares, and zipfile never returns more
    than a part's declared size (a part that inflates to more fails its CRC check as damaged)."""
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if total > limits.docx_unpacked_bytes:
        raise ReadError(
            f"this Word file unpacks to {size_text(total)}, far beyond any report (limit "
            f"{size_text(limits.docx_unpacked_bytes)}), so it is not processed; " + _raise_it("docx_unpacked_mb")
        )
    for info in infos:
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > limits.docx_ratio * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ReadError(
                f"part {info.filename!r} of this Word file packs {size_text(info.file_size)} into "
                f"{size_text(info.compress_size)} ({ratio:,.0f}:1 as a zip bomb does, limit "
                f"{limits.docx_ratio:g}:1), so it is not processed; " + _raise_it("docx_ratio")
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReadError(
                f"part {info.filename!r} uses a compression Word never writes "
                f"(method {info.compress_type}); save the document again from Word as .docx"
            )


def _zip_kind(path: Path, limits: Limits = DEFAULT) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf, limits)
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:200].decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ReadError("a damaged or truncated zip/Word file; save the document again from Word") from exc
    except NotImplementedError as exc:  # ("zip file version 6.4": a zip feature Word never writes, or damage)
        raise ReadError(f"a zip/Word file this reader cannot open ({exc}); save the document again from Word") from exc
    if "word/document.xml" in names:
        return "docx"
    if "opendocument.text" in mimetype:
        raise ReadError("an OpenDocument (.odt) file, not Word; save it as .docx or PDF")
    raise ReadError(f"a zip archive that is not a Word (.docx) document; {GIVE_REPORT}")


def _is_text(data: bytes) -> bool:
    """Hardly any control characters (NUL included): text in some 8-bit or UTF-8 encoding.

    UTF-16 and binary files have NULs in every other byte; a text file with a few stray NULs is
    still text (they are removed, with a note)."""
    controls = sum(1 for b in data if b < 32 and b not in b"\t\n\r\f")
    return controls <= len(data) // 100


# A valid UTF-8 sequence of two to four bytes, or a single byte outside ASCII that starts none.
_UTF8_OR_STRAY = re.compile(
    rb"([\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})|[\x80-\xff]"
)
# Control characters no report holds: C0 but tab, line feed, carriage return, form feed; DEL; C1.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
SHOWN_OFFSETS = 5


def _offsets(offsets: list[int]) -> str:
    shown = ", ".join(str(o) for o in offsets[:SHOWN_OFFSETS])
    return shown + (f" and {len(offsets) - SHOWN_OFFSETS} more" if len(offsets) > SHOWN_OFFSETS else "")


def decode_report_text(data: bytes) -> DecodedText:
    """Bytes of a text file → text, never silently garbled.

    Strict UTF-8 (with or without BOM) first. A file that is UTF-8 but for a few invalid bytes (at
    least as many valid multi-byte sequences as stray bytes) stays UTF-8, with U+FFFD for each stray
    byte and a note naming their byte offsets. Only a file with no UTF-8 sequence at all is read as
    Windows-1252 (what Word's "plain text" export on Windows writes), with a note saying so. Control
    characters (NUL …) are removed, with a note giving their character offsets."""
    if not _is_text(data[:_TEXT_HEAD]):
        raise ReadError(f"neither PDF, Word nor text (binary content); {GIVE_REPORT}")
    notes: list[str] = []
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        valid, stray = 0, []
        for m in _UTF8_OR_STRAY.finditer(body):
            if m.group(1):
                valid += 1
            else:
                stray.append(m.start() + len(data) - len(body))
        if valid and len(stray) <= valid:
            text = body.decode("utf-8", "replace")
            notes.append(
                f"read as UTF-8, but {len(stray)} byte{'s are' if len(stray) > 1 else ' is'} not UTF-8 "
                f"(at byte offset {_offsets(stray)}); each is shown as U+FFFD — fix the file there "
                "and run again for the right characters"
            )
        else:
            try:
                text = body.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"text in an unknown encoding (not UTF-8, not Windows-1252); save it as UTF-8 or {GIVE_REPORT}"
                ) from exc
            notes.append(
                f"not UTF-8 ({len(stray)} bytes outside ASCII, none of them forming UTF-8), so read as "
                "Windows-1252; if accents look wrong, save the file as UTF-8 and run again"
            )
    removed = [m.start() for m in _CONTROLS.finditer(text)]
    if removed:
        text = _CONTROLS.sub("", text)
        notes.append(
            f"removed {len(removed)} control character{'s' if len(removed) > 1 else ''} (NUL and the "
            f"like, which no report holds) at character offset {_offsets(removed)}"
        )
    return DecodedText(text, tuple(notes))


def decode_text(data: bytes) -> str:
    """The text of ``decode_report_text`` alone."""
    return decode_report_text(data).text


def _check_text_size(path: Path, limits: Limits) -> None:
    size = path.stat().st_size
    if size > limits.text_bytes:
        raise ReadError(
            f"this text file is {size_text(size)}, far beyond any report (limit "
            f"{size_text(limits.text_bytes)}), so it is not processed; " + _raise_it("text_mb")
        )


def _check_pdf_pages(path: Path, limits: Limits) -> None:
    """The page count from the PDF's page tree (no page is parsed); a PDF pdfium cannot open is the reader's."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return
    try:
        n_pages = len(pdf)
    finally:
        pdf.close()
    if n_pages > limits.pdf_pages:
        raise ReadError(
            f"this PDF has {n_pages:,} pages, far beyond any report (limit {limits.pdf_pages:,}), so "
            "it is not processed; " + _raise_it("pdf_pages")
        )


def read_document(
    path: str | Path,
    vocabulary: TableVocabulary | None = None,
    *,
    limits: Limits = DEFAULT,
    backend: str = DEFAULT_PDF_BACKEND,
) -> Document:
    """Reads a report file; ``vocabulary`` (column headers, row labels) helps the PDF reader find tables,
    ``backend`` (``pipeline.settings.Settings.pdf_backend``) says where the PDF reader takes its words from."""
    path = Path(path)
    try:
        kind = detect_format(path, limits)
        if kind == "text":
            from pipeline.read.text import read_text_string

            _check_text_size(path, limits)
            decoded = decode_report_text(path.read_bytes())
            return Document(read_text_string(decoded.text), None, "text", (decoded.text,), decoded.notes)
    except OSError as exc:
        raise ReadError(unreadable(path, exc)) from exc
    if kind == "pdf":
        from pipeline.read.pdf import read_pdf

        _check_pdf_pages(path, limits)
        return without_controls(read_pdf(path, backend, vocabulary))
    return without_controls(_read_docx(path))


def without_controls(document: Document) -> Document:
    """The blocks with control characters removed (a PDF's text layer can carry them), with a note."""
    removed = 0
    blocks = []
    for block in document.blocks:
        n = len(_CONTROLS.findall(block.text)) + sum(len(_CONTROLS.findall(c)) for c in block.cells)
        if n:
            removed += n
            block = replace(
                block, text=_CONTROLS.sub("", block.text), cells=tuple(_CONTROLS.sub("", c) for c in block.cells)
            )
        blocks.append(block)
    if not removed:
        return document
    note = (
        f"removed {removed} control character{'s' if removed > 1 else ''} (NUL and the like, which no report "
        "holds) from the text"
    )
    return replace(document, blocks=blocks, notes=(*document.notes, note))


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
        raise ReadError(
            f"a damaged Word document ({exc.__class__.__name__}); save it again from Word as .docx"
        ) from exc
    except MemoryError:
        raise
    except Exception as exc:  # python-docx meets a mangled package with many exception types
        raise ReadError(
            f"a damaged Word document ({exc.__class__.__name__} in python-docx); save it again from Word as .docx"
        ) from exc
