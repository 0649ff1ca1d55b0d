"""A run's inputs: which files the given paths hold, their digests, and what is said about odd ones.

Owns: collecting report files from files and folders (``collect_inputs``, ``INPUT_SUFFIXES``), the
input digest a re-run compares (``sha256_of``), the one-line notes and reasons about inputs (a wrong
extension, skipped files, a path that cannot be opened — ``unreadable``, shared with the readers), the
format names used in messages, and the manifest of inputs seen in earlier runs (``_manifest.json``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.files import atomic_write, file_sha
from pipeline.read.base import unreadable

__all__ = [
    "INPUT_SUFFIXES",
    "FORMAT_NAME",
    "MANIFEST",
    "Inputs",
    "collect_inputs",
    "format_note",
    "load_manifest",
    "one_line",
    "save_manifest",
    "sha256_of",
    "unreadable",
]

# In a folder only these are taken as reports; a file given by name is read whatever its extension.
INPUT_SUFFIXES = (".pdf", ".docx", ".docm", ".txt")
# (a macro-enabled document or a template is the same Word package: pipeline.read.docx reads them alike)
_SUFFIX_FORMAT = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
}
FORMAT_NAME = {"pdf": "PDF", "docx": "Word (.docx)", "text": "text"}
_FORMAT_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "text": ".txt"}
MANIFEST = "_manifest.json"


def sha256_of(path: Path) -> str:
    """SHA-256 of an input file: what a re-run compares (the same digest the commit record uses)."""
    return file_sha(path)


def one_line(exc: BaseException, limit: int = 160) -> str:
    """An exception's message on one line, cut to ``limit`` characters: what a failure line quotes."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Inputs:
    """What the given paths hold: report files, one line per bad path, and notes (skipped files, sub-folders)."""

    files: list[Path]
    failures: list[str]
    notes: list[str]


def _folder_reports(folder: Path, recursive: bool) -> tuple[list[Path], list[str]]:
    """Report files in a folder (sorted) and the notes about what was left out.

    Hidden files (.DS_Store, editor backups) are passed over without a word."""
    found, others, subfolders = [], [], []
    for p in sorted(folder.rglob("*") if recursive else folder.iterdir()):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_dir():
            subfolders.append(p)
        elif p.suffix.lower() in INPUT_SUFFIXES and (p.is_file() or p.is_symlink()):
            # Links are kept even when dangling, so that a broken one is reported, not silently skipped.
            found.append(p)
        else:
            others.append(rel.as_posix())
    notes = []
    if others:
        notes.append(
            f"{folder}: skipped {len(others)} file{'s' if len(others) > 1 else ''} that "
            f"{'are' if len(others) > 1 else 'is'} no report ({', '.join(INPUT_SUFFIXES)}): "
            f"{', '.join(others)}"
        )
    if subfolders and not recursive:
        notes.append(
            f"{folder}: sub-folders not searched ({', '.join(p.name for p in subfolders)}); "
            "add --recursive to include them"
        )
    return found, notes


def collect_inputs(inputs: Iterable[Path], recursive: bool = False) -> Inputs:
    """Files given directly, and the report files inside given folders; one line per bad path."""
    files: list[Path] = []
    failures: list[str] = []
    notes: list[str] = []
    for item in inputs:
        try:
            if item.is_dir():
                found, said = _folder_reports(item, recursive)
                notes.extend(said)
                if not found:
                    failures.append(
                        f"{item}: no report files ({', '.join(INPUT_SUFFIXES)}) in this folder"
                        f"{' or its sub-folders' if recursive else ''}; give the report files or "
                        "the folder that holds them"
                    )
                files.extend(found)
            elif item.is_file():
                files.append(item)
            elif item.exists():
                failures.append(f"{item}: not a regular file; give a report file (PDF, .docx or text) or a folder")
            else:
                failures.append(f"{item}: {unreadable(item, FileNotFoundError(item))}")
        except OSError as exc:
            failures.append(f"{item}: {unreadable(item, exc)}")
    return Inputs(files, failures, notes)


def format_note(path: Path, source_format: str) -> str | None:
    """A note when the content is not what the extension says (the file is read by its content)."""
    if _SUFFIX_FORMAT.get(path.suffix.lower()) == source_format:
        return None
    said = f"its extension is {path.suffix}" if path.suffix else "it has no extension"
    return (
        f"{path.name}: the content is {FORMAT_NAME[source_format]} although {said}; read it as "
        f"{FORMAT_NAME[source_format]} — rename it to {path.stem}{_FORMAT_SUFFIX[source_format]}"
    )


def load_manifest(out: Path) -> dict:
    """``{"files": {sha256: {"file", "report_id", "status"}}}``: the inputs earlier runs saw."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None  # missing or damaged: it only costs re-parsing every file once
    if isinstance(manifest, dict) and isinstance(manifest.get("files"), dict):
        return manifest
    return {"files": {}}


def save_manifest(out: Path, manifest: dict) -> None:
    atomic_write(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))
