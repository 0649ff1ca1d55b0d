"""Publish stage: rows → Arrow tables of exactly their schema → Parquet, one partition per round.

Owns: ``to_table`` (the rows checked against the contract), the round commit (``_rounds.json``),
``heal``, the writer lock and reading a dataset back. The layout (``schemas.partition_path``) and the
columns are the contract's; every file goes through ``files`` (staged beside its target, fsynced, renamed
over it), so a reader sees either the old file or the new.

A round's commit covers all its datasets, recorded in ``<out>/_rounds.json``:

1. every dataset is staged (written and fsynced under a temporary name);
2. the round is recorded as *pending*, with the sha256 of each staged file;
3. the staged files are renamed over the old ones, one by one;
4. the round is recorded as *committed* with those hashes.

``heal`` (every run, under the writer lock) rolls a pending round forward from its staged
files, finishes a removal, and checks each committed round's files against their hashes;
``round_problems`` (``validate``) reports what heal would find. The derived data
(``changes``, ``timeline``, ``datapackage.json``, ``report.html``) is recorded with the
content hashes of the rounds it was computed from and the hashes of its own files, so a
run that was cut off before it finished them is found stale and recomputed.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import files
from pipeline.files import file_sha
from pipeline.schemas import (
    PARTITION_KEY,
    SCHEMAS,
    partition_file,
    partition_folder,
    partition_folders,
    partition_path,
    partitions,
)

COMMITS = "_rounds.json"
LOCK = ".rapportage.lock"
DERIVED_DATASETS = ("changes", "timeline", "novelty")
DERIVED_FILES = ("datapackage.json", "report.html", "dossier.html")
CRASH_ENV = "RAPPORTAGE_TEST_CRASH_AT"
CRASH_EXIT = 97


def crash_point(step: str) -> None:
    """Test hook: ``RAPPORTAGE_TEST_CRASH_AT=<step>`` ends the process here, as a kill would (tests only)."""
    if os.environ.get(CRASH_ENV) == step:
        os._exit(CRASH_EXIT)


def to_table(dataset: str, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts keyed by column name) → a table of exactly the dataset's schema.

    Every row must have exactly the dataset's columns: a missing or an unknown one raises ValueError
    naming both, so a row builder that drifts from the contract fails instead of writing nulls."""
    schema = SCHEMAS[dataset]
    rows = list(rows)
    names = schema.names
    expected = set(names)
    for i, row in enumerate(rows):
        if row.keys() != expected:
            missing = [n for n in names if n not in row]
            unknown = [str(k) for k in row if k not in expected]
            what = "; ".join(
                filter(
                    None,
                    [
                        missing and f"missing column {', '.join(missing)}",
                        unknown and f"unknown column {', '.join(unknown)}",
                    ],
                )
            )
            raise ValueError(f"{dataset}: row {i}: {what} (the columns are declared in pipeline/schemas.py)")
    columns = {name: [row[name] for row in rows] for name in names}
    return pa.Table.from_pydict(columns, schema=schema)


def parquet_bytes(table: pa.Table) -> bytes:
    """A table as the bytes of its Parquet file."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def _stage(out: Path, dataset: str, report_id: str, table: pa.Table) -> tuple[Path, Path]:
    """Writes a table to a temporary file beside its target (fsynced); returns (temporary, target)."""
    target = partition_file(out, dataset, report_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name does not end in .parquet, so no reader globbing *.parquet sees it.
    return files.stage(target, parquet_bytes(table)), target


def write_partition(out: Path, dataset: str, report_id: str, table: pa.Table) -> Path:
    target = partition_file(out, dataset, report_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    files.atomic_write(target, parquet_bytes(table))
    return target


def write_round(out: Path, report_id: str, tables: Mapping[str, pa.Table], *, update: bool = False) -> None:
    """Writes every dataset of one round as one commit (see the module docstring).

    Until the round is recorded as pending, the round on disk is the old one, whole; from then
    on the staged files are kept until they are renamed, so whatever stops this the next run
    completes the round from them. ``update``: ``tables`` replace some datasets of a committed
    round (say the facts' ``is_new`` after an earlier round arrived); the others stay as recorded."""
    order = [name for name in tables if name != "reports"] + (["reports"] if "reports" in tables else [])
    staged = {name: _stage(out, name, report_id, tables[name]) for name in order}
    crash_point("staged")
    state = load_commits(out)
    kept = state["rounds"].get(report_id, {}).get("files", {}) if update else {}
    state["rounds"][report_id] = {
        "state": "pending",
        "files": {**kept, **{name: file_sha(tmp) for name, (tmp, _) in staged.items()}},
        "staged": {name: tmp.name for name, (tmp, _) in staged.items()},
    }
    save_commits(out, state)
    crash_point("pending")
    for name, (tmp, target) in staged.items():
        files.replace(tmp, target)
        crash_point(f"renamed-{name}")
    record = state["rounds"][report_id]
    record["state"] = "committed"
    del record["staged"]
    save_commits(out, state)
    crash_point("committed")


def drop_round(out: Path, report_id: str) -> None:
    """Removes a round from every dataset, recorded first so that a removal cut off is finished by heal."""
    state = load_commits(out)
    state["rounds"][report_id] = {"state": "removing"}
    save_commits(out, state)
    _remove_partitions(out, report_id)
    del state["rounds"][report_id]
    save_commits(out, state)


def _remove_partitions(out: Path, report_id: str) -> None:
    # The reports row goes first: without it the round no longer counts as written.
    remove_round(out, "reports", report_id)
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        remove_round(out, folder.name, report_id)


def remove_round(out: Path, dataset: str, report_id: str) -> None:
    folder = partition_folder(out, dataset, report_id)
    if folder.exists():
        shutil.rmtree(folder)


def read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file as a table (the same table ``pq.read_table`` gives). Not ``pq.read_table``: it reads
    through ``pyarrow.dataset``, whose import costs ≈ 0.15 s and imports pandas, on every compare, show and
    re-run (benchmarks/README.md)."""
    with pq.ParquetFile(path) as parquet:
        return parquet.read(columns=columns, use_threads=False)


def read_dataset(out: Path, dataset: str) -> pa.Table | None:
    """All rounds of a dataset with the report_id column, or None when nothing is written."""
    parts = partitions(out, dataset)
    if not parts:
        return None
    tables = []
    for report_id, file in parts.items():
        table = read_file(file)
        tables.append(table.append_column(PARTITION_KEY, pa.array([report_id] * table.num_rows, pa.string())))
    return pa.concat_tables(tables, promote_options="default")


def written_rounds(out: Path) -> dict[str, dict]:
    """report_id → its reports row, for the rounds already published."""
    table = read_dataset(out, "reports")
    if table is None:
        return {}
    return {row[PARTITION_KEY]: row for row in table.to_pylist()}


# --- the commit record -----------------------------------------------------------------------------------


def _empty_commits() -> dict:
    return {"rounds": {}, "derived": {}}


def read_commits(out: Path) -> tuple[dict, str | None]:
    """The commit record and, when it is missing or damaged, why (None when it is sound)."""
    path = out / COMMITS
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _empty_commits(), "missing"
    except (OSError, ValueError) as exc:
        return _empty_commits(), f"damaged ({exc.__class__.__name__})"
    if not (isinstance(state, dict) and isinstance(state.get("rounds"), dict)):
        return _empty_commits(), "damaged (not a commit record)"
    state.setdefault("derived", {})
    return state, None


def load_commits(out: Path) -> dict:
    return read_commits(out)[0]


def save_commits(out: Path, state: dict) -> None:
    files.atomic_write(out / COMMITS, json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))


def round_hash(record: dict) -> str:
    """The content hash of a committed round: over its datasets' file hashes."""
    return hashlib.sha256(json.dumps(record["files"], sort_keys=True).encode()).hexdigest()


def _on_disk_rounds(out: Path) -> dict[str, dict[str, Path]]:
    """report_id → {dataset: part file} for the per-round datasets on disk (not the derived ones)."""
    found: dict[str, dict[str, Path]] = {}
    for dataset in SCHEMAS:
        if dataset not in DERIVED_DATASETS:
            for rid, file in partitions(out, dataset).items():
                found.setdefault(rid, {})[dataset] = file
    return found


def _mismatches(out: Path, report_id: str, recorded: dict[str, str]) -> list[str]:
    """The datasets of a round whose file is missing or not the one its commit recorded."""
    bad = []
    for dataset, sha in sorted(recorded.items()):
        part = partition_file(out, dataset, report_id)
        try:
            if file_sha(part) != sha:
                bad.append(dataset)
        except OSError:
            bad.append(dataset)
    return bad


@dataclass
class Healed:
    """What ``heal`` did and found."""

    repaired: list[str] = field(default_factory=list)  # one line per round completed, finished or adopted
    broken: dict[str, str] = field(default_factory=dict)  # report_id → why its files cannot be trusted
    removed_temporaries: int = 0


def heal(out: Path) -> Healed:
    """Brings ``out`` back to committed rounds only (run holds the writer lock). Never deletes a round's data:
    a round it cannot complete is reported as broken, and the run re-parses its source when given."""
    healed = Healed()
    state, why = read_commits(out)
    changed = False
    keep: set[Path] = set()
    for rid, record in sorted(state["rounds"].items()):
        if record.get("state") == "removing":
            _remove_partitions(out, rid)
            del state["rounds"][rid]
            healed.repaired.append(f"round {rid}: a removal that was cut off is finished")
            changed = True
            continue
        if record.get("state") == "pending":
            missing = []
            for dataset, sha in sorted(record["files"].items()):
                part = partition_file(out, dataset, rid)
                staged = part.parent / record["staged"].get(dataset, "")
                with contextlib.suppress(OSError):
                    if part.exists() and file_sha(part) == sha:
                        continue
                try:
                    if staged.is_file() and file_sha(staged) == sha:
                        files.replace(staged, part)
                        continue
                except OSError:
                    pass
                missing.append(dataset)
            if missing:
                healed.broken[rid] = (
                    f"a commit was cut off and the staged files of {', '.join(missing)} are gone "
                    "(the round mixes older and newer files)"
                )
                keep.update(partition_folder(out, d, rid) / n for d, n in record["staged"].items())
                continue
            record["state"] = "committed"
            del record["staged"]
            healed.repaired.append(f"round {rid}: a commit that was cut off is completed from its staged files")
            changed = True
            continue
        bad = _mismatches(out, rid, record.get("files", {}))
        if bad:
            healed.broken[rid] = f"{', '.join(bad)} {'is' if len(bad) == 1 else 'are'} not the file its commit recorded"
    for rid, parts in sorted(_on_disk_rounds(out).items()):
        if rid in state["rounds"]:
            continue
        # Written by a version without commit records (or the record was lost): adopt the files as they are.
        state["rounds"][rid] = {"state": "committed", "files": {d: file_sha(f) for d, f in sorted(parts.items())}}
        healed.repaired.append(
            f"round {rid}: its files had no commit record ({why or 'not in it'}); recorded them as they are"
        )
        changed = True
    for rid in [r for r, rec in state["rounds"].items() if rec.get("state") == "committed"]:
        if not partition_file(out, "reports", rid).exists() and rid not in healed.broken:
            healed.broken[rid] = "its reports file is gone"
    healed.removed_temporaries = remove_temporaries(out, keep)
    if changed or why:
        save_commits(out, state)
    return healed


def remove_temporaries(out: Path, keep: set[Path] = frozenset()) -> int:
    """Every temporary file in ``out``: under the writer lock, all of them are left by runs that died."""
    n = 0
    for tmp in [*out.glob("*/*/.*.tmp"), *out.glob(".*.tmp"), *out.glob("*.tmp")]:
        if tmp not in keep:
            with contextlib.suppress(OSError):
                tmp.unlink()
                n += 1
    for folder in [f for d in sorted(out.iterdir()) if d.is_dir() for f in partition_folders(out, d.name).values()]:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: a partition a cut-off run had just created
    return n


def round_problems(out: Path) -> list[str]:
    """``validate``: rounds whose commit is not whole, as one line each (heal's findings, read-only)."""
    state, why = read_commits(out)
    problems = []
    if why == "missing" and _on_disk_rounds(out):
        problems.append(f"{out / COMMITS}: missing; run `rapportage run` once to record the rounds as they are")
    elif why and why != "missing":
        problems.append(f"{out / COMMITS}: {why}; run `rapportage run` to record the rounds anew")
    for rid, record in sorted(state["rounds"].items()):
        kind = record.get("state")
        if kind == "removing":
            problems.append(f"round {rid}: a removal was cut off; run `rapportage run` to finish it")
        elif kind == "pending":
            bad = _mismatches(out, rid, record["files"])
            problems.append(
                f"round {rid}: a commit was cut off ({len(record['files']) - len(bad)} of "
                f"{len(record['files'])} datasets replaced, so it mixes older and newer files); run "
                "`rapportage run` to complete it"
            )
        else:
            bad = _mismatches(out, rid, record.get("files", {}))
            if bad:
                problems.append(
                    f"round {rid}: {', '.join(bad)} {'is' if len(bad) == 1 else 'are'} not the file its "
                    "commit recorded (a mixed round); run `rapportage run` with its report to rewrite it"
                )
    if not why:
        for rid in sorted(set(_on_disk_rounds(out)) - set(state["rounds"])):
            problems.append(f"round {rid}: files without a commit record; run `rapportage run` with its report")
    return problems


def committed_hashes(out: Path) -> dict[str, str]:
    """report_id → content hash of every committed round, as recorded."""
    state = load_commits(out)
    return {rid: round_hash(r) for rid, r in sorted(state["rounds"].items()) if r.get("state") == "committed"}


def _derived_paths(out: Path) -> list[Path]:
    parts = [f for d in DERIVED_DATASETS for f in partitions(out, d).values()]
    return parts + [out / name for name in DERIVED_FILES if (out / name).exists()]


def record_derived(out: Path, rounds: dict[str, str]) -> None:
    """Records that the derived data on disk now was computed from ``rounds`` (report_id → content hash)."""
    state = load_commits(out)
    state["derived"] = {"rounds": rounds, "files": {str(f.relative_to(out)): file_sha(f) for f in _derived_paths(out)}}
    save_commits(out, state)


def derived_staleness(out: Path) -> str | None:
    """Why the derived data does not describe the committed rounds, or None when it does."""
    state = load_commits(out)
    derived = state.get("derived") or {}
    rounds = {rid: round_hash(r) for rid, r in sorted(state["rounds"].items()) if r.get("state") == "committed"}
    if not rounds and not derived:
        return None
    if not derived:
        return "no record of the rounds they were computed from"
    if derived.get("rounds") != rounds:
        return "computed from other rounds than the ones committed now"
    recorded = derived.get("files", {})
    present = {str(f.relative_to(out)) for f in _derived_paths(out)}
    expected = {str(partition_path(d, rid)) for d in DERIVED_DATASETS for rid in rounds}
    expected -= {str(partition_path("changes", min(rounds)))} if rounds else set()
    expected |= set(DERIVED_FILES)
    if not expected <= present:
        return f"{', '.join(sorted(expected - present))} missing"
    for name in sorted(present):
        if recorded.get(name) is None or file_sha(out / name) != recorded[name]:
            return f"{name} is not the file recorded with them"
    return None


# --- one writer at a time ----------------------------------------------------------------------------------


class Busy(Exception):
    """Another run holds the output folder; the message is one line."""


@contextlib.contextmanager
def writer_lock(out: Path, wait: float = 5.0) -> Iterator[None]:
    """An exclusive lock on ``out`` (a POSIX lock on ``out/.rapportage.lock``, which holds the holder's pid).

    A second run waits up to ``wait`` seconds, then raises Busy naming the holder. The kernel drops the
    lock when its holder dies, however it dies, so a stale lock file never blocks anyone. ``lockf`` rather
    than ``flock``: a flock is shared with forked worker processes, which could outlive a killed parent
    and keep the folder locked; a POSIX lock belongs to the process that took it."""
    fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EACCES, errno.EAGAIN):
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                    who = f"pid {holder}" if holder.isdigit() else "a process that has just started"
                    raise Busy(
                        f"{out}: another rapportage run ({who}) is writing to this folder; wait for it to "
                        "finish, or give another --out"
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
