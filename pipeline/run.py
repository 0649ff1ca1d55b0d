"""The `run` job: inputs → read → structure → extract → publish, round by round, then compare.

Per-report work (read, structure, extract) is a pure function of the file, so it
runs in worker processes (``--jobs``) or on a Dask cluster; publishing happens in
the parent, one round at a time, with atomic file replacement.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline import __version__
from pipeline.extract.stage import FactRows, budget_total, extract_report
from pipeline.model import Report
from pipeline.publish import to_table, write_round, written_rounds
from pipeline.read import ReadError, read_document
from pipeline.structure import build_report

INPUT_SUFFIXES = {".pdf", ".docx", ".txt", ".text", ".md"}
_ROUND_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MANIFEST = "_manifest.json"


class InputError(Exception):
    """A report that cannot be processed; the message is one line for the user."""


@dataclass
class ParsedReport:
    source: Path
    sha256: str
    source_format: str
    report: Report
    facts: FactRows


@dataclass
class RunSummary:
    processed: list[str] = field(default_factory=list)  # report_ids written
    skipped: list[str] = field(default_factory=list)  # file names unchanged since the last run
    failures: list[str] = field(default_factory=list)  # one line per failed input
    notices: list[str] = field(default_factory=list)  # duplicates and other things worth saying
    compared: bool = False


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def collect_inputs(inputs: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Files given directly, and the report files inside given folders (sorted)."""
    files: list[Path] = []
    failures: list[str] = []
    for item in inputs:
        if item.is_dir():
            files.extend(sorted(p for p in item.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        elif item.exists():
            files.append(item)
        else:
            failures.append(f"{item}: no such file or folder")
    return files, failures


def parse_file(path: Path, round_override: str | None = None) -> ParsedReport:
    """read → structure → extract for one file; raises InputError with a one-line reason."""
    try:
        sha = sha256_of(path)
        document = read_document(path)
    except ReadError as exc:
        raise InputError(str(exc)) from exc
    except PermissionError as exc:
        raise InputError("permission denied: the file cannot be read") from exc
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})") from exc
    report = build_report(document.blocks, document.n_pages)
    if round_override:
        report.report_id = round_override
        if report.report_date is None:
            from datetime import date

            year, month = map(int, round_override.split("-"))
            report.report_date = date(year, month, 1)
    if not report.actions():
        raise InputError("no actions found: this does not look like a rapportage of the Actieplan")
    if not report.report_id:
        raise InputError("the title page names no round (like 'December 2017'); give it with --round YYYY-MM")
    facts = extract_report(report)
    return ParsedReport(path, sha, document.source_format, report, facts)


def _safe_parse(args: tuple[Path, str | None]) -> ParsedReport | str:
    path, round_override = args
    try:
        return parse_file(path, round_override)
    except InputError as exc:
        return f"{path}: {exc}"
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        return f"{path}: unexpected error while parsing ({exc.__class__.__name__}: {exc}); rerun with --debug"


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
                    "other_parties": a.other_parties, "n_entries": len(a.entries), "competences": competences,
                    "budget_total_eur": budget_total(facts.amounts, a.action_id), "page": a.page,
                })  # fmt: skip
                entries.extend({"action_id": a.action_id, "entry_no": e.entry_no, "competences": e.competences,
                                "description": e.description, "budget_text": e.budget_text, "page": e.page}
                               for e in a.entries)  # fmt: skip
    warnings = [{"source_file": parsed.source.name, "stage": w.stage, "action_id": w.action_id, "page": w.page,
                 "message": w.message} for w in report.warnings]  # fmt: skip
    reports = [{
        "title": report.title, "round_label": report.round_label, "report_date": report.report_date,
        "source_file": parsed.source.name, "source_format": parsed.source_format, "sha256": parsed.sha256,
        "n_pages": report.n_pages, "n_actions": len(actions), "n_entries": len(entries),
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


def _same_report(a: Report, b: Report) -> bool:
    """Two renditions of one report: same actions with the same statuses and texts."""

    def key(r: Report) -> list[tuple]:
        return [(x.action_id, x.status, " ".join(x.description.split())[:200]) for x in r.actions()]

    return key(a) == key(b)


def _load_manifest(out: Path) -> dict:
    path = out / MANIFEST
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"files": {}}


def _save_manifest(out: Path, manifest: dict) -> None:
    path = out / MANIFEST
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def run(
    inputs: list[Path],
    out: Path,
    round_override: str | None = None,
    jobs: int = 1,
    force: bool = False,
    executor: str = "local",
    scheduler: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> RunSummary:
    if round_override and not _ROUND_RE.match(round_override):
        raise ValueError(f"--round must look like 2017-12, not {round_override!r}")
    summary = RunSummary()
    files, summary.failures = collect_inputs(inputs)
    out.mkdir(parents=True, exist_ok=True)
    manifest = _load_manifest(out)
    known = manifest["files"]
    published = written_rounds(out)
    published_shas = {row["sha256"] for row in published.values()}

    todo: list[Path] = []
    for path in files:
        try:
            sha = sha256_of(path)
        except OSError as exc:
            summary.failures.append(f"{path}: cannot read the file ({exc.strerror or exc})")
            continue
        if not force and sha in known and (known[sha].get("status") == "duplicate" or sha in published_shas):
            summary.skipped.append(path.name)
            continue
        todo.append(path)

    results = _parse_all(todo, round_override, jobs, executor, scheduler, progress)
    claimed: dict[str, ParsedReport] = {}
    for path, result in zip(todo, results, strict=True):
        if isinstance(result, str):
            summary.failures.append(result)
            continue
        rid = result.report.report_id
        if rid in claimed:
            first = claimed[rid]
            if _same_report(first.report, result.report):
                summary.notices.append(f"{path.name}: same round {rid} as {first.source.name}; kept one copy")
                known[result.sha256] = {"file": path.name, "report_id": rid, "status": "duplicate"}
            else:
                summary.failures.append(f"{path}: claims round {rid} like {first.source.name}, but its content "
                                        "differs; give one of them another --round or remove it")  # fmt: skip
            continue
        claimed[rid] = result
        write_round(out, rid, round_tables(result))
        known[result.sha256] = {"file": path.name, "report_id": rid, "status": "published"}
        summary.processed.append(rid)
        if progress:
            progress(f"wrote round {rid} from {path.name}")
    _save_manifest(out, manifest)
    if summary.processed or force:
        from pipeline.compare import write_comparisons

        write_comparisons(out)
        summary.compared = True
    return summary


def _parse_all(
    todo: list[Path],
    round_override: str | None,
    jobs: int,
    executor: str,
    scheduler: str | None,
    progress: Callable[[str], None] | None,
) -> list[ParsedReport | str]:
    args = [(p, round_override) for p in todo]
    if executor == "dask":
        from dask.distributed import Client

        with Client(scheduler) as client:
            futures = client.map(_safe_parse, args, pure=False)
            return client.gather(futures)
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = []
            for path, result in zip(todo, pool.map(_safe_parse, args), strict=True):
                if progress:
                    progress(f"parsed {path.name}")
                results.append(result)
            return results
    results = []
    for a in args:
        results.append(_safe_parse(a))
        if progress:
            progress(f"parsed {a[0].name}")
    return results
