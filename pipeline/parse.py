"""One input file → a parsed report, or one line saying why not: read → structure → extract.

Owns: the per-report work a worker process or Dask task runs (``parse_file``, ``safe_parse``), every
verdict ``run`` gives on a file, which ``inspect`` shows too (``check_file``: no actions, no round, a
``--round`` the title page contradicts), and the records handed back (``ParsedReport``, ``Failure``).
Imports nothing that writes datasets (no pyarrow), so ``inspect`` starts without it.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.extract.stage import ExtractedFacts, extract_report
from pipeline.filenames import shown, stored_name
from pipeline.gazetteer import GAZETTEER_FILE, load_gazetteer
from pipeline.inputs import FORMAT_NAME, format_note, one_line, sha256_of, unreadable
from pipeline.model import Report
from pipeline.read import Document, ReadError, read_document
from pipeline.settings import Settings
from pipeline.structure import READING_VOCABULARY, build_report, completeness_line


class InputError(Exception):
    """A report that cannot be processed; the message is one line: the reason, then what to do."""


class RoundConflict(InputError):
    """--round names another round than the title page does: the run stops (exit 2) before writing."""


@dataclass(frozen=True)
class Failure:
    """An input that could not be processed: one line for the user, the traceback for --debug."""

    path: Path
    reason: str  # "<what is wrong>; <what to do>"
    trace: str = ""
    stops_run: bool = False  # a usage error (RoundConflict): nothing is written

    @property
    def line(self) -> str:
        return f"{shown(self.path)}: {self.reason}"


@dataclass
class ParsedReport:
    source: Path
    sha256: str
    source_format: str
    report: Report
    facts: ExtractedFacts
    notes: list[str] = field(default_factory=list)  # worth saying, not failures (e.g. a wrong extension)
    incomplete: str | None = None  # "N of M actions could be read; ..." when the self-check saw more
    read_notes: tuple[str, ...] = ()  # what the reader changed or assumed; also stored as warnings

    @property
    def source_name(self) -> str:
        """The file name as stored in source_file (``pipeline.filenames``: always valid UTF-8)."""
        return stored_name(self.source.name)


def check_file(
    path: Path, round_override: str | None = None, override_round: bool = False, settings: Settings | None = None
) -> tuple[str, Document, Report]:
    """read → structure for one file, with every verdict ``run`` gives on it (``inspect`` shows the same).

    Returns (sha256, document, report); raises InputError with a one-line reason, RoundConflict when
    ``--round`` names another round than the title page (unless ``override_round``). Without
    ``settings``, ``Settings.from_environment()``."""
    settings = settings or Settings.from_environment()
    try:
        sha = sha256_of(path)
        document = read_document(path, READING_VOCABULARY, limits=settings.limits, backend=settings.pdf_backend)
    except ReadError as exc:
        raise InputError(str(exc)) from exc
    except OSError as exc:
        raise InputError(unreadable(path, exc)) from exc
    gazetteer = load_gazetteer(settings.models / GAZETTEER_FILE)
    report = build_report(document.blocks, document.n_pages, document.page_texts, gazetteer=gazetteer)
    if not report.actions() and not report.n_actions_seen:
        raise InputError(
            f"no actions found in this {FORMAT_NAME[document.source_format]} file, so it is not a "
            "rapportage of the Actieplan; check that this is the right file"
        )
    if round_override and report.report_id and report.report_id != round_override and not override_round:
        raise RoundConflict(
            f"the title page names round {report.report_id} ({report.round_label}), but --round "
            f"says {round_override}; drop --round, or add --override-round to relabel it "
            "on purpose"
        )
    if round_override and (override_round or not report.report_id):
        report.report_id = round_override
        year, month = map(int, round_override.split("-"))
        if override_round or report.report_date is None:
            report.report_date = date(year, month, 1)
    if not report.report_id:
        raise InputError("the title page names no round (like 'December 2017'); give it with --round YYYY-MM")
    return sha, document, report


def parse_file(
    path: Path, round_override: str | None = None, override_round: bool = False, settings: Settings | None = None
) -> ParsedReport:
    """read → structure → extract for one file; raises InputError with a one-line reason."""
    settings = settings or Settings.from_environment()
    sha, document, report = check_file(path, round_override, override_round, settings)
    facts = extract_report(report, chunk_chars=settings.limits.nlp_chunk_chars)
    notes = [n for n in [format_note(path, document.source_format)] if n]
    notes += [f"{stored_name(path.name)}: {n}" for n in document.notes]
    incomplete = completeness_line(report, written=True)
    return ParsedReport(path, sha, document.source_format, report, facts, notes, incomplete, document.notes)


def safe_parse(
    path: Path, round_override: str | None = None, override_round: bool = False, settings: Settings | None = None
) -> ParsedReport | Failure:
    """``parse_file`` that never raises: what a worker runs (one bad file must not stop the others)."""
    try:
        return parse_file(path, round_override, override_round, settings)
    except RoundConflict as exc:
        return Failure(path, str(exc), traceback.format_exc(), stops_run=True)
    except InputError as exc:
        return Failure(path, str(exc), traceback.format_exc())
    except Exception as exc:  # one bad file must not stop the others
        reason = (
            f"unexpected error while parsing ({exc.__class__.__name__}: {one_line(exc)}); "
            "rerun with --debug to see the traceback and report it"
        )
        return Failure(path, reason, traceback.format_exc())
