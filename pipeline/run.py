"""The `run` job: inputs → read → structure → extract → publish, round by round, then compare.

Per-report work (read, structure, extract) is a pure function of the file, so it
runs in worker processes (``--jobs``) or on a Dask cluster; publishing happens in
the parent, one round at a time, with atomic file replacement.

Nothing already written is lost: an input that fails is named on one line
(file, reason, what to do) and leaves the round it produced in an earlier run in
place (``--force`` drops it instead); a file that claims a round another file
already holds, with other content, is refused.

One run at a time writes to an output folder (``publish.writer_lock``). Each run first heals
what a cut-off run left (``publish.heal``: rounds committed whole, temporaries removed) and
last recomputes the derived data (changes, timeline, data dictionary, run report) whenever it
no longer describes the committed rounds, also when no input is new.
"""

from __future__ import annotations

import errno
import json
import os
import re
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.compare import with_new_facts
from pipeline.extract.stage import FactRows, action_texts, budget_total, extract_report, party_canonicals
from pipeline.filenames import shown, stored_name
from pipeline.limits import DEFAULT, Limits
from pipeline.model import Report
from pipeline.publish import (
    PART_NAME,
    Busy,
    committed_hashes,
    crash_point,
    derived_staleness,
    drop_round,
    file_sha,
    heal,
    partition_dir,
    record_derived,
    to_table,
    write_round,
    writer_lock,
    written_rounds,
)
from pipeline.read import ReadError, read_document
from pipeline.structure import READING_VOCABULARY, build_report, completeness_line

# In a folder only these are taken as reports; a file given by name is read whatever its extension.
INPUT_SUFFIXES = (".pdf", ".docx", ".txt")
_SUFFIX_FORMAT = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".text": "text", ".md": "text"}
_FORMAT_NAME = {"pdf": "PDF", "docx": "Word (.docx)", "text": "text"}
_FORMAT_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "text": ".txt"}
_ROUND_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MANIFEST = "_manifest.json"


class UsageError(ValueError):
    """A bad option value (exit code 2)."""


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
    facts: FactRows
    notes: list[str] = field(default_factory=list)  # worth saying, not failures (e.g. a wrong extension)
    incomplete: str | None = None  # "N of M actions could be read; ..." when the self-check saw more
    read_notes: tuple[str, ...] = ()  # what the reader changed or assumed; also stored as warnings

    @property
    def source_name(self) -> str:
        """The file name as stored in source_file (``pipeline.filenames``: always valid UTF-8)."""
        return stored_name(self.source.name)


@dataclass
class RunSummary:
    processed: list[str] = field(default_factory=list)  # report_ids written
    skipped: list[str] = field(default_factory=list)  # file names unchanged since the last run
    failures: list[str] = field(default_factory=list)  # one line per failed input
    incomplete: list[str] = field(default_factory=list)  # inputs written, but with fewer actions than they hold
    notices: list[str] = field(default_factory=list)  # duplicates and other things worth saying
    traces: list[str] = field(default_factory=list)  # tracebacks behind the failures, for --debug
    compared: bool = False


def sha256_of(path: Path) -> str:
    """SHA-256 of an input file: what a re-run compares (the same digest the commit record uses)."""
    return file_sha(path)


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
        notes.append(f"{folder}: skipped {len(others)} file{'s' if len(others) > 1 else ''} that "
                     f"{'are' if len(others) > 1 else 'is'} no report ({', '.join(INPUT_SUFFIXES)}): "
                     f"{', '.join(others)}")  # fmt: skip
    if subfolders and not recursive:
        notes.append(f"{folder}: sub-folders not searched ({', '.join(p.name for p in subfolders)}); "
                     "add --recursive to include them")  # fmt: skip
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
                    failures.append(f"{item}: no report files ({', '.join(INPUT_SUFFIXES)}) in this folder"
                                    f"{' or its sub-folders' if recursive else ''}; give the report files or "
                                    "the folder that holds them")  # fmt: skip
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
    return (f"{path.name}: the content is {_FORMAT_NAME[source_format]} although {said}; read it as "
            f"{_FORMAT_NAME[source_format]} — rename it to {path.stem}{_FORMAT_SUFFIX[source_format]}")  # fmt: skip


def check_round_option(round_override: str | None, override_round: bool = False) -> None:
    """--round and --override-round as given: UsageError (exit 2) when they cannot be meant."""
    if round_override and not _ROUND_RE.match(round_override):
        raise UsageError(f"--round must look like 2017-12, not {round_override!r}")
    if override_round and not round_override:
        raise UsageError("--override-round relabels a report as the round --round gives; give --round YYYY-MM too")


def check_file(path: Path, round_override: str | None = None, override_round: bool = False,
               limits: Limits = DEFAULT) -> tuple:  # fmt: skip
    """read → structure for one file, with every verdict ``run`` gives on it (``inspect`` shows the same).

    Returns (sha256, document, report); raises InputError with a one-line reason, RoundConflict when
    ``--round`` names another round than the title page (unless ``override_round``)."""
    try:
        sha = sha256_of(path)
        document = read_document(path, READING_VOCABULARY, limits=limits)
    except ReadError as exc:
        raise InputError(str(exc)) from exc
    except OSError as exc:
        raise InputError(unreadable(path, exc)) from exc
    report = build_report(document.blocks, document.n_pages, document.page_texts)
    if not report.actions() and not report.n_actions_seen:
        raise InputError(f"no actions found in this {_FORMAT_NAME[document.source_format]} file, so it is not a "
                         "rapportage of the Actieplan; check that this is the right file")  # fmt: skip
    if round_override and report.report_id and report.report_id != round_override and not override_round:
        raise RoundConflict(f"the title page names round {report.report_id} ({report.round_label}), but --round "
                            f"says {round_override}; drop --round, or add --override-round to relabel it "
                            "on purpose")  # fmt: skip
    if round_override and (override_round or not report.report_id):
        report.report_id = round_override
        year, month = map(int, round_override.split("-"))
        if override_round or report.report_date is None:
            report.report_date = date(year, month, 1)
    if not report.report_id:
        raise InputError("the title page names no round (like 'December 2017'); give it with --round YYYY-MM")
    return sha, document, report


def parse_file(path: Path, round_override: str | None = None, override_round: bool = False,
               limits: Limits = DEFAULT) -> ParsedReport:  # fmt: skip
    """read → structure → extract for one file; raises InputError with a one-line reason."""
    sha, document, report = check_file(path, round_override, override_round, limits)
    facts = extract_report(report, chunk_chars=limits.nlp_chunk_chars)
    notes = [n for n in [format_note(path, document.source_format)] if n]
    notes += [f"{stored_name(path.name)}: {n}" for n in document.notes]
    incomplete = completeness_line(report, written=True)
    return ParsedReport(path, sha, document.source_format, report, facts, notes, incomplete, document.notes)


def _one_line(exc: BaseException, limit: int = 160) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe_parse(args: tuple[Path, str | None, bool, Limits]) -> ParsedReport | Failure:
    path, round_override, override_round, limits = args
    try:
        return parse_file(path, round_override, override_round, limits)
    except RoundConflict as exc:
        return Failure(path, str(exc), traceback.format_exc(), stops_run=True)
    except InputError as exc:
        return Failure(path, str(exc), traceback.format_exc())
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        reason = (f"unexpected error while parsing ({exc.__class__.__name__}: {_one_line(exc)}); "
                  "rerun with --debug to see the traceback and report it")  # fmt: skip
        return Failure(path, reason, traceback.format_exc())


def round_tables(parsed: ParsedReport) -> dict[str, pa.Table]:
    report, facts = parsed.report, parsed.facts
    actions, entries = [], []
    for line in report.policy_lines:
        for measure in line.measures:
            for a in measure.actions:
                competences = sorted({c for e in a.entries for c in e.competences})
                actions.append({
                    "action_id": a.action_id, "line_no": line.line_no, "line_title": line.title,
                    "measure_no": measure.measure_no, "measure_title": measure.title,
                    "description": a.description, "status": a.status, "ministers": a.ministers,
                    "policy_domains": a.policy_domains, "coordinating_domain": a.coordinating_domain,
                    "other_parties": a.other_parties, "other_parties_text": a.other_parties_text,
                    "other_parties_canonical": party_canonicals(a.other_parties, action_texts(a)),
                    "n_entries": len(a.entries), "competences": competences,
                    "budget_total_eur": budget_total(facts.amounts, a.action_id), "page": a.page,
                })  # fmt: skip
                entries.extend({"action_id": a.action_id, "entry_no": e.entry_no, "competences": e.competences,
                                "description": e.description, "budget_text": e.budget_text, "page": e.page}
                               for e in a.entries)  # fmt: skip
    name = parsed.source_name
    warnings = [{"source_file": name, "stage": "read", "action_id": None, "page": None, "message": n}
                for n in parsed.read_notes]  # fmt: skip
    warnings += [{"source_file": name, "stage": w.stage, "action_id": w.action_id, "page": w.page,
                  "message": w.message} for w in report.warnings]  # fmt: skip
    warnings += [{"source_file": name, **w} for w in facts.warnings]
    reports = [{
        "title": report.title, "round_label": report.round_label, "report_date": report.report_date,
        "source_file": name, "source_format": parsed.source_format, "sha256": parsed.sha256,
        "n_pages": report.n_pages, "n_actions": len(actions), "n_actions_seen": report.n_actions_seen,
        "actions_unread": report.actions_unread, "n_entries": len(entries),
        "n_warnings": len(warnings), "synthetic": report.synthetic, "pipeline_version": __version__,
    }]  # fmt: skip
    return {
        "actions": to_table("actions", actions),
        "entries": to_table("entries", entries),
        "amounts": to_table("amounts", facts.amounts),
        "dates": to_table("dates", facts.dates),
        "organisations": to_table("organisations", facts.organisations),
        "meetings": to_table("meetings", facts.meetings),
        "warnings": to_table("warnings", warnings),
        "reports": to_table("reports", reports),
    }


def _content_key(actions: Iterable[tuple[str, str | None, str]]) -> list[tuple]:
    """What makes two renditions one report: the same actions with the same statuses and texts.

    Texts are compared by their letters and digits only: a PDF loses paragraph marks and cannot
    tell "en –behoeften" from "en – behoeften", which must not make two copies of one report differ."""
    return [(aid, status, re.sub(r"\W+", "", description.lower())[:300]) for aid, status, description in actions]


def _report_key(report: Report) -> list[tuple]:
    return _content_key((a.action_id, a.status, a.description) for a in report.actions())


def _published_key(out: Path, report_id: str) -> list[tuple] | None:
    file = partition_dir(out, "actions", report_id) / PART_NAME
    try:
        rows = pq.read_table(file, columns=["action_id", "status", "description"]).to_pylist()
    except (OSError, pa.ArrowException):
        return None
    return _content_key((r["action_id"], r["status"], r["description"] or "") for r in rows)


def _load_manifest(out: Path) -> dict:
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None  # missing or damaged: it only costs re-parsing every file once
    if isinstance(manifest, dict) and isinstance(manifest.get("files"), dict):
        return manifest
    return {"files": {}}


def _save_manifest(out: Path, manifest: dict) -> None:
    path = out / MANIFEST
    tmp = path.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def _drop_round(out: Path, report_id: str, manifest: dict) -> None:
    """Removes a round from every dataset (--force on a file that now fails)."""
    drop_round(out, report_id)
    manifest["files"] = {sha: v for sha, v in manifest["files"].items() if v.get("report_id") != report_id}


def _earlier_round(out: Path, failure: Failure, published: dict[str, dict], claimed: dict, force: bool,
                   manifest: dict) -> str:  # fmt: skip
    """What becomes of the rounds this file produced in earlier runs: kept, or with --force dropped."""
    rounds = sorted(rid for rid, row in published.items() if row.get("source_file") == stored_name(failure.path.name)
                    and rid not in claimed)  # fmt: skip
    if not rounds:
        return ""
    if not force:
        return f" (round {', '.join(rounds)} written from it earlier is kept; --force would drop it)"
    for rid in rounds:
        _drop_round(out, rid, manifest)
    return f" (--force: round {', '.join(rounds)} written from it earlier was removed)"


def run(
    inputs: list[Path],
    out: Path,
    round_override: str | None = None,
    jobs: int = 1,
    force: bool = False,
    executor: str = "local",
    scheduler: str | None = None,
    progress: Callable[[str], None] | None = None,
    recursive: bool = False,
    override_round: bool = False,
    limits: Limits = DEFAULT,
    lock_wait: float = 5.0,
) -> RunSummary:
    check_round_option(round_override, override_round)
    summary = RunSummary()
    given = collect_inputs(inputs, recursive)
    files, summary.failures, summary.notices = given.files, given.failures, given.notes
    if not files:
        return summary  # nothing to read: the output folder is left as it was (not even created)
    out.mkdir(parents=True, exist_ok=True)
    try:
        with writer_lock(out, lock_wait):
            _run_locked(files, out, (round_override, override_round, limits), jobs, force, executor, scheduler,
                        progress, summary)  # fmt: skip
    except Busy as exc:
        raise BusyError(str(exc)) from None
    return summary


class BusyError(Exception):
    """Another run writes to the output folder (exit code 1); the message is one line."""


def _run_locked(files: list[Path], out: Path, round_args: tuple[str | None, bool, Limits], jobs: int, force: bool,
                executor: str, scheduler: str | None, progress: Callable[[str], None] | None,
                summary: RunSummary) -> None:  # fmt: skip
    healed = heal(out)
    summary.notices.extend(healed.repaired)
    manifest = _load_manifest(out)
    known = manifest["files"]
    published = {rid: row for rid, row in written_rounds(out).items() if rid not in healed.broken}
    published_shas = {row["sha256"] for row in published.values()}

    todo: list[Path] = []
    for path in files:
        try:
            sha = sha256_of(path)
        except OSError as exc:
            summary.failures.append(f"{shown(path)}: {unreadable(path, exc)}")
            continue
        if not force and sha in known and (known[sha].get("status") == "duplicate" or sha in published_shas):
            summary.skipped.append(stored_name(path.name))
            continue
        todo.append(path)

    results = _parse_all(todo, round_args, jobs, executor, scheduler, progress)
    conflicts = [r.line for r in results if isinstance(r, Failure) and r.stops_run]
    if conflicts:
        raise UsageError("; ".join(conflicts))
    claimed: dict[str, ParsedReport] = {}
    failed: list[Failure] = []
    for path, result in zip(todo, results, strict=True):
        if isinstance(result, Failure):
            failed.append(result)
            continue
        summary.notices.extend(result.notes)
        rid = result.report.report_id
        name = result.source_name
        if rid in claimed:
            first = claimed[rid]
            if _report_key(first.report) == _report_key(result.report):
                summary.notices.append(f"{name}: same round {rid} as {first.source_name}; kept one copy")
                known[result.sha256] = {"file": name, "report_id": rid, "status": "duplicate"}
            else:
                summary.failures.append(f"{shown(path)}: claims round {rid} like {shown(first.source)}, but its "
                                        "content differs; remove the wrong file, or run this one alone with "
                                        "--round YYYY-MM")  # fmt: skip
            continue
        before = published.get(rid)
        if before and not force and before["source_file"] != name and before["sha256"] != result.sha256:
            # Another file wrote this round in an earlier run: never replaced without --force.
            if _published_key(out, rid) == _report_key(result.report):
                summary.notices.append(f"{name}: same round {rid} as {before['source_file']}, written "
                                       "earlier; kept that one")  # fmt: skip
                known[result.sha256] = {"file": name, "report_id": rid, "status": "duplicate"}
            else:
                summary.failures.append(f"{shown(path)}: round {rid} was written earlier from "
                                        f"{before['source_file']}, whose content differs; rerun with --force to "
                                        "replace it, or run this file alone with another --round")  # fmt: skip
            continue
        claimed[rid] = result
        try:
            write_round(out, rid, with_new_facts(out, rid, round_tables(result)))
        except OSError as exc:
            summary.failures.append(f"{shown(path)}: writing round {rid} failed ({exc.strerror or exc}); the round's "
                                    "earlier files stay as they were, free some space or fix the folder, then "
                                    "run again")  # fmt: skip
            summary.traces.append(traceback.format_exc())
            continue
        except Exception as exc:  # noqa: BLE001 - the other rounds still get written
            summary.failures.append(f"{shown(path)}: writing round {rid} failed ({exc.__class__.__name__}: "
                                    f"{_one_line(exc)}); the round's earlier files stay as they were, rerun with "
                                    "--debug and report it")  # fmt: skip
            summary.traces.append(traceback.format_exc())
            continue
        known[result.sha256] = {"file": name, "report_id": rid, "status": "published"}
        _save_manifest(out, manifest)
        crash_point("manifest")
        summary.processed.append(rid)
        if result.incomplete:
            summary.incomplete.append(f"{path}: {result.incomplete}")
        if progress:
            progress(f"wrote round {rid} from {name}")
    for failure in failed:
        summary.failures.append(failure.line + _earlier_round(out, failure, published, claimed, force, manifest))
        summary.traces.append(failure.trace)
    for rid, why in sorted(healed.broken.items()):
        if rid not in claimed:
            source = (written_rounds(out).get(rid) or {}).get("source_file", "its report")
            summary.failures.append(f"{out}: round {rid} cannot be trusted ({why}); run again with {source} "
                                    "among the inputs to rewrite it")  # fmt: skip
    _save_manifest(out, manifest)
    _refresh_derived(out, summary, force)


def _refresh_derived(out: Path, summary: RunSummary, force: bool) -> None:
    """changes, timeline, datapackage.json and report.html recomputed when they do not describe the
    committed rounds (the record in publish says which rounds they were computed from)."""
    rounds = committed_hashes(out)
    if not rounds or not (summary.processed or force or derived_staleness(out)):
        return
    _compare(out, summary)
    if not summary.compared:
        return
    crash_point("compared")
    from pipeline.datapackage import write_package
    from pipeline.dossier import write_dossier
    from pipeline.report_html import write_run_report

    try:
        write_package(out)
        crash_point("package")
        write_run_report(out)
        crash_point("report")
        write_dossier(out)
        crash_point("dossier")
        # After compare: setting the facts' is_new may have rewritten files of committed rounds.
        record_derived(out, committed_hashes(out))
        crash_point("derived")
    except OSError as exc:
        summary.failures.append(f"{out}: the rounds are committed, but writing the data dictionary, run report or "
                                f"dossier failed ({exc.strerror or exc}); free some space, then run again to "
                                "recompute them")  # fmt: skip
        summary.traces.append(traceback.format_exc())
    except Exception as exc:  # noqa: BLE001 - the datasets are written; say so in one line
        summary.failures.append(f"{out}: the rounds are committed, but the data dictionary or run report "
                                f"failed ({exc.__class__.__name__}: {_one_line(exc)}); rerun with --debug "
                                "and report it")  # fmt: skip
        summary.traces.append(traceback.format_exc())


def _compare(out: Path, summary: RunSummary) -> None:
    from pipeline.compare import write_comparisons

    try:
        write_comparisons(out)
        summary.compared = True
    except OSError as exc:
        summary.failures.append(f"{out}: the rounds are committed, but comparing them failed ({exc.strerror or exc}); "
                                "free some space, then run again to recompute the comparisons")  # fmt: skip
        summary.traces.append(traceback.format_exc())
    except Exception as exc:  # noqa: BLE001 - the rounds themselves are written; only the comparison is missing
        summary.failures.append(f"{out}: comparing the rounds failed ({exc.__class__.__name__}: {_one_line(exc)}); "
                                "the rounds are written, rerun with --debug and report it")  # fmt: skip
        summary.traces.append(traceback.format_exc())


# Rough parsing cost per byte of each format relative to text (benchmarks/README.md): with the pypdfium2
# reader a PDF costs about what text does, a Word file's XML about twice. Only used to start big ones first.
_COST_PER_BYTE = {".pdf": 1.0, ".docx": 2.0}


def _expected_cost(path: Path) -> float:
    try:
        return path.stat().st_size * _COST_PER_BYTE.get(path.suffix.lower(), 1.0)
    except OSError:
        return 0.0


def _parse_all(
    todo: list[Path],
    round_args: tuple[str | None, bool],  # --round, --override-round
    jobs: int,
    executor: str,
    scheduler: str | None,
    progress: Callable[[str], None] | None,
    limits: Limits = DEFAULT,
) -> list[ParsedReport | Failure]:
    """read → structure → extract of every file, results in the order of ``todo``."""
    if executor == "dask":
        return _parse_on_dask(todo, round_args, scheduler, progress)
    if jobs > 1 and len(todo) > 1:
        return _parse_in_processes(todo, round_args, jobs, progress)
    results = []
    for path in todo:
        results.append(_safe_parse((path, *round_args)))
        if progress:
            progress(f"parsed {path.name}")
    return results


def _died(path: Path, where: str, exc: BaseException) -> Failure:
    return Failure(path, f"the {where} parsing it died ({exc.__class__.__name__}: {_one_line(exc)}); "
                         "rerun with --jobs 1", traceback.format_exc())  # fmt: skip


def _parse_in_processes(
    todo: list[Path], round_args: tuple[str | None, bool, Limits], jobs: int, progress: Callable[[str], None] | None
) -> list[ParsedReport | Failure]:
    # Biggest first, so that no worker starts a long PDF when the others are already done.
    order = sorted(range(len(todo)), key=lambda i: -_expected_cost(todo[i]))
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), initializer=_quiet_worker) as pool:
        futures = {i: pool.submit(_safe_parse, (todo[i], *round_args)) for i in order}
        results: list[ParsedReport | Failure] = []
        for i, path in enumerate(todo):
            try:
                results.append(futures[i].result())
            except Exception as exc:  # noqa: BLE001 - a worker that died (killed, out of memory)
                results.append(_died(path, "worker process", exc))
            if progress:
                progress(f"parsed {path.name}")
        return results


def _quiet_worker() -> None:
    """A worker ends silently on Ctrl-C: the parent prints the one line (the terminal signals the whole group)."""
    import signal

    signal.signal(signal.SIGINT, lambda *_: os._exit(130))
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))


def _parse_on_dask(
    todo: list[Path],
    round_args: tuple[str | None, bool, Limits],
    scheduler: str | None,
    progress: Callable[[str], None] | None,
) -> list[ParsedReport | Failure]:
    """The per-report stages as tasks on a Dask cluster; publishing stays here, in the client.

    The workers open the files by absolute path, so they must see the same file system (a shared
    volume); without ``scheduler`` Dask starts a local cluster of worker processes.
    """
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise UsageError("--executor dask needs Dask: pip install 'rapportage[dask]'") from exc
    try:
        client = Client(scheduler) if scheduler else Client()
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({_one_line(exc)})") from exc
    with client:
        order = sorted(range(len(todo)), key=lambda i: -_expected_cost(todo[i]))
        futures = {i: client.submit(_safe_parse, (todo[i].resolve(), *round_args), pure=False) for i in order}
        results: list[ParsedReport | Failure] = []
        for i, path in enumerate(todo):
            try:
                result = futures[i].result()
            except Exception as exc:  # noqa: BLE001 - a lost worker, a task that could not be unpickled
                result = _died(path, "Dask worker", exc)
            # Name the file as it was given, not by the absolute path the worker opened.
            if isinstance(result, ParsedReport):
                result.source = path
            elif result.path != path:
                result = Failure(path, result.reason, result.trace)
            results.append(result)
            if progress:
                progress(f"parsed {path.name}")
        return results
