"""What every reader shares: the ``Document`` a reader returns and the one-line ``ReadError``.

Owns: the reader's output record, its error, the remedy every format message ends with
(``GIVE_REPORT``), the one-line reasons for a path that cannot be opened (``unreadable``: the reader,
the run's input collection and ``inspect`` all say the same), and the PDF backend names. Format
readers (``pdf``, ``docx``) import from here, not from the package, so no import cycle hides here.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Block

GIVE_REPORT = "give the report as PDF, Word (.docx) or UTF-8 text"
# The PDF reader's word and ruling sources (``pipeline.read.pdf.BACKENDS``); pypdfium2 is ~8× faster.
PDF_BACKENDS = ("pdfium", "pdfplumber")
DEFAULT_PDF_BACKEND = "pdfium"


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
    notes: tuple[str, ...] = ()  # what the reader changed or assumed (encoding, removed characters)


def unreadable(path: Path, exc: OSError) -> str:
    """The one-line reason and remedy for a path that cannot be opened."""
    if isinstance(exc, PermissionError):
        return "permission denied; make the file readable (chmod +r) or copy it somewhere readable"
    if isinstance(exc, OSError) and (exc.errno == errno.ELOOP or _is_link_loop(path)):
        return "a symbolic link that (through other links) points at itself; point at the report itself"
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return "a link to a file that does not exist; point at the report itself"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder; check the path"
    if isinstance(exc, IsADirectoryError):
        return "a folder, not a file; give the report files or the folder itself"
    return f"cannot read it ({exc.strerror or exc}); check the path and the disk"


def _is_link_loop(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False
