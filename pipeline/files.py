"""Writing a file so that a reader sees either the old content or the new, never a part.

Owns: the one atomic write every writer uses (a temporary file beside the target, fsynced,
renamed over it, the folder fsynced), the temporary-name convention (``.<name>.<pid>.tmp``,
which ``publish.remove_temporaries`` finds and no ``*.parquet`` glob matches), and a file's SHA-256
(``file_sha``: the input's identity for a re-run and the commit record's check; here, so that hashing an
input imports no pyarrow).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def file_sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def temporary_name(path: Path) -> Path:
    """Where ``path`` is staged: beside it (a rename within one file system is atomic), hidden, ending .tmp."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def fsync_folder(folder: Path) -> None:
    """Makes a rename (or a new entry) in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stage(path: Path, data: bytes) -> Path:
    """Writes ``data`` to the temporary name of ``path`` and fsyncs it; returns the temporary file."""
    tmp = temporary_name(path)
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return tmp


def replace(tmp: Path, path: Path) -> None:
    """Renames a staged file over ``path`` and fsyncs the folder."""
    os.replace(tmp, path)
    fsync_folder(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Replaces ``path`` by ``data`` whole: staged beside it, fsynced, renamed over, the folder fsynced."""
    tmp = stage(path, data)
    try:
        replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
