"""The `run` job: inputs → read → structure → extract → publish, round by round, then compare.

Owns: the job itself (``run``): the writer lock and healing, skipping unchanged inputs, carrying out the
round decisions (``pipeline.rounds``) by publishing, the manifest's updates, and the derived data every
run keeps current (changes, timeline, novelty, ``datapackage.json``, ``report.html``, ``dossier.html``);
and its result (``RunSummary``). The per-report work is ``pipeline.parse``, run by ``pipeline.executors``.

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

import functools
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline import rounds
from pipeline.compare import with_new_facts
from pipeline.executors import parse_all
from pipeline.filenames import shown, stored_name
from pipeline.inputs import collect_inputs, load_manifest, one_line, save_manifest, sha256_of, unreadable
from pipeline.parse import Failure, ParsedReport, safe_parse
from pipeline.publish import (
    Busy,
    committed_hashes,
    crash_point,
    derived_staleness,
    drop_round,
    heal,
    read_dataset,
    record_derived,
    write_round,
    writer_lock,
    written_rounds,
)
from pipeline.rows import round_tables
from pipeline.schemas import PARTITION_KEY, partition_file
from pipeline.settings import Settings, UsageError

__all__ = ["BusyError", "RunSummary", "UsageError", "round_tables", "run"]


@dataclass
class RunSummary:
    processed: list[str] = field(default_factory=list)  # report_ids written
    skipped: list[str] = field(default_factory=list)  # file names unchanged since the last run
    failures: list[str] = field(default_factory=list)  # one line per failed input
    incomplete: list[str] = field(default_factory=list)  # inputs written, but with fewer actions than they hold
    notices: list[str] = field(default_factory=list)  # duplicates and other things worth saying
    traces: list[str] = field(default_factory=list)  # tracebacks behind the failures, for --debug
    compared: bool = False
    # What the output folder holds after the run (when it holds datasets): dataset → round → rows,
    # and the files every run keeps current.
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)  # "data dictionary", "run report", "action dossier"


class BusyError(Exception):
    """Another run writes to the output folder (exit code 1); the message is one line."""


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
    settings: Settings | None = None,
    lock_wait: float = 5.0,
    prepare_while_parsing: bool = False,
) -> RunSummary:
    """The whole job on the given report files and folders, into ``out``: parse, publish, compare, and
    the data package, run report and dossier. Without ``settings``, ``Settings.from_environment()``.
    ``prepare_while_parsing`` (the command line's choice, for a process that starts cold): the reports are
    parsed in worker processes while this one imports what publishing and the run report need.

    Raises UsageError (a bad option, a --round the title page contradicts), BusyError (another run
    writes to ``out``), OSError (``out`` cannot be written); everything else is a line in the summary."""
    rounds.check_round_option(round_override, override_round)
    settings = settings or Settings.from_environment()
    summary = RunSummary()
    given = collect_inputs(inputs, recursive)
    files, summary.failures, summary.notices = given.files, given.failures, given.notes
    if files:  # else nothing to read: the output folder is left as it was (not even created)
        out.mkdir(parents=True, exist_ok=True)
        task = functools.partial(
            safe_parse, round_override=round_override, override_round=override_round, settings=settings
        )
        try:
            with writer_lock(out, lock_wait):
                _run_locked(
                    files,
                    out,
                    task,
                    jobs,
                    force,
                    executor,
                    scheduler,
                    progress,
                    summary,
                    _prepare_derived if prepare_while_parsing else None,
                )
        except Busy as exc:
            raise BusyError(str(exc)) from None
    _describe_output(out, summary)
    return summary


def _describe_output(out: Path, summary: RunSummary) -> None:
    """The rows per dataset and round, and where the data package, run report and dossier are."""
    if not (out / "reports").is_dir():
        return
    from pipeline.dossier import DOSSIER_FILE
    from pipeline.report_html import dataset_counts

    summary.counts = dataset_counts(out)
    summary.outputs = {
        "data dictionary": out / "datapackage.json",
        "run report": out / "report.html",
        "action dossier": out / DOSSIER_FILE,
    }


def _written(
    out: Path, published: dict[str, dict], parsed: list[rounds.Parsed], force: bool
) -> dict[str, rounds.Written]:
    """The rounds written earlier, for the policy; the actions of those it compares with are read here.

    A round whose actions cannot be read gets no key: it counts as differing, so no input is taken
    for a copy of it."""
    written = {rid: rounds.Written(row["source_file"], row["sha256"]) for rid, row in published.items()}
    compared = sorted({p.report_id for p in parsed if rounds.needs_written_key(p, written, force)})
    if not compared:
        return written
    try:
        table = read_dataset(out, "actions")
    except (OSError, pa.ArrowException):
        table = None
    present = set(table.column(PARTITION_KEY).to_pylist()) if table is not None else set()
    actions: dict[str, list[tuple]] = {rid: [] for rid in compared}
    for r in table.select(["action_id", "status", "description", PARTITION_KEY]).to_pylist() if present else []:
        if r[PARTITION_KEY] in actions:
            actions[r[PARTITION_KEY]].append((r["action_id"], r["status"], r["description"] or ""))
    for rid in compared:
        # A written round without any action row (its file holds none) compares as no actions.
        readable = rid in present or (table is not None and partition_file(out, "actions", rid).is_file())
        key = rounds.content_key(actions[rid]) if readable else None
        written[rid] = rounds.Written(written[rid].source_file, written[rid].sha256, key)
    return written


def _run_locked(
    files: list[Path],
    out: Path,
    task: Callable[[Path], ParsedReport | Failure],
    jobs: int,
    force: bool,
    executor: str,
    scheduler: str | None,
    progress: Callable[[str], None] | None,
    summary: RunSummary,
    meanwhile: Callable[[], None] | None = None,
) -> None:
    healed = heal(out)
    summary.notices.extend(healed.repaired)
    manifest = load_manifest(out)
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
        if rounds.unchanged(sha, known, published_shas, force):
            summary.skipped.append(stored_name(path.name))
            continue
        todo.append(path)

    results = parse_all(todo, task, jobs, executor, scheduler, progress, meanwhile)
    conflicts = [r.line for r in results if isinstance(r, Failure) and r.stops_run]
    if conflicts:
        raise UsageError("; ".join(conflicts))
    parsed = [r for r in results if isinstance(r, ParsedReport)]
    failed = [r for r in results if isinstance(r, Failure)]
    facts = [rounds.Parsed(r.source, r.sha256, r.report.report_id, _report_key(r)) for r in parsed]
    written = _written(out, published, facts, force)
    decisions = rounds.decide(facts, written, force)
    for result, decision in zip(parsed, decisions, strict=True):
        summary.notices.extend(result.notes)
        rid, name = decision.report_id, result.source_name
        if decision.duplicate:
            summary.notices.append(decision.line)
            known[result.sha256] = {"file": name, "report_id": rid, "status": "duplicate"}
            continue
        if decision.refused:
            summary.failures.append(decision.line)
            continue
        if not _publish(out, result, summary):
            continue
        known[result.sha256] = {"file": name, "report_id": rid, "status": "published"}
        save_manifest(out, manifest)
        crash_point("manifest")
        summary.processed.append(rid)
        if result.incomplete:
            summary.incomplete.append(f"{result.source}: {result.incomplete}")
        if progress:
            progress(f"wrote round {rid} from {name}")
    claimed = {d.report_id for d in decisions if d.writes}
    for failure in failed:
        earlier = rounds.earlier_rounds(failure.path, written, claimed)
        if force:
            for rid in earlier:
                _drop_round(out, rid, manifest)
        summary.failures.append(failure.line + rounds.earlier_round_note(earlier, force))
        summary.traces.append(failure.trace)
    for rid, why in sorted(healed.broken.items()):
        if rid not in claimed:
            source = (written_rounds(out).get(rid) or {}).get("source_file", "its report")
            summary.failures.append(
                f"{out}: round {rid} cannot be trusted ({why}); run again with {source} among the inputs to rewrite it"
            )
    save_manifest(out, manifest)
    _refresh_derived(out, summary, force)


def _report_key(parsed: ParsedReport) -> tuple:
    return rounds.content_key((a.action_id, a.status, a.description) for a in parsed.report.actions())


def _publish(out: Path, result: ParsedReport, summary: RunSummary) -> bool:
    """Writes the round of one parsed report; a failure is one line, the round's earlier files stay."""
    rid, path = result.report.report_id, result.source
    try:
        write_round(out, rid, with_new_facts(out, rid, round_tables(result)))
    except OSError as exc:
        summary.failures.append(
            f"{shown(path)}: writing round {rid} failed ({exc.strerror or exc}); the round's "
            "earlier files stay as they were, free some space or fix the folder, then "
            "run again"
        )
        summary.traces.append(traceback.format_exc())
        return False
    except Exception as exc:  # the other rounds still get written
        summary.failures.append(
            f"{shown(path)}: writing round {rid} failed ({exc.__class__.__name__}: "
            f"{one_line(exc)}); the round's earlier files stay as they were, rerun with "
            "--debug and report it"
        )
        summary.traces.append(traceback.format_exc())
        return False
    return True


def _drop_round(out: Path, report_id: str, manifest: dict) -> None:
    """Removes a round from every dataset (--force on a file that now fails)."""
    drop_round(out, report_id)
    manifest["files"] = {sha: v for sha, v in manifest["files"].items() if v.get("report_id") != report_id}


def _prepare_derived() -> None:
    """While the workers parse: the imports the run report's plots need (matplotlib, ≈ 0.65 s CPU)."""
    from pipeline.report_html import warm_up

    warm_up()


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
        summary.failures.append(
            f"{out}: the rounds are committed, but writing the data dictionary, run report or "
            f"dossier failed ({exc.strerror or exc}); free some space, then run again to "
            "recompute them"
        )
        summary.traces.append(traceback.format_exc())
    except Exception as exc:  # the datasets are written; say so in one line
        summary.failures.append(
            f"{out}: the rounds are committed, but the data dictionary or run report "
            f"failed ({exc.__class__.__name__}: {one_line(exc)}); rerun with --debug "
            "and report it"
        )
        summary.traces.append(traceback.format_exc())


def _compare(out: Path, summary: RunSummary) -> None:
    from pipeline.compare import write_comparisons

    try:
        write_comparisons(out)
        summary.compared = True
    except OSError as exc:
        summary.failures.append(
            f"{out}: the rounds are committed, but comparing them failed ({exc.strerror or exc}); "
            "free some space, then run again to recompute the comparisons"
        )
        summary.traces.append(traceback.format_exc())
    except Exception as exc:  # the rounds themselves are written; only the comparison is missing
        summary.failures.append(
            f"{out}: comparing the rounds failed ({exc.__class__.__name__}: {one_line(exc)}); "
            "the rounds are written, rerun with --debug and report it"
        )
        summary.traces.append(traceback.format_exc())
