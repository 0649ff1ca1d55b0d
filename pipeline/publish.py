"""Publish stage: rows → Arrow tables with explicit schemas → Parquet, one partition per round.

Layout: ``<out>/<dataset>/report_id=<YYYY-MM>/part-0.parquet``. Every file is
written to a temporary name in its partition folder and then renamed over the old
one (``os.replace`` is atomic on one file system), so a killed run leaves each
earlier round readable and whole: a reader sees either the old file or the new.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import PARTITION_KEY, SCHEMAS

PART_NAME = "part-0.parquet"


def to_table(dataset: str, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts keyed by column name) → a table of exactly the dataset's schema."""
    schema = SCHEMAS[dataset]
    rows = list(rows)
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.Table.from_pydict(columns, schema=schema)


def partition_dir(out: Path, dataset: str, report_id: str) -> Path:
    return out / dataset / f"{PARTITION_KEY}={report_id}"


def _stage(out: Path, dataset: str, report_id: str, table: pa.Table) -> tuple[Path, Path]:
    """Writes a table to a temporary file beside its target; returns (temporary, target)."""
    folder = partition_dir(out, dataset, report_id)
    folder.mkdir(parents=True, exist_ok=True)
    # The temporary name does not end in .parquet, so no reader globbing *.parquet sees it.
    tmp = folder / f".{PART_NAME}.{os.getpid()}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    return tmp, folder / PART_NAME


def write_partition(out: Path, dataset: str, report_id: str, table: pa.Table) -> Path:
    tmp, target = _stage(out, dataset, report_id, table)
    os.replace(tmp, target)
    return target


def write_round(out: Path, report_id: str, tables: Mapping[str, pa.Table]) -> None:
    """Writes every dataset of one round: all temporary files first, then the renames.

    Until the renames start, the round on disk is the old one, whole; the renames are
    quick and the reports row (with the input's sha256) goes last, as the commit mark, so
    a run killed among them leaves the old sha256 and the next run redoes the round."""
    order = [name for name in tables if name != "reports"] + (["reports"] if "reports" in tables else [])
    staged = [_stage(out, name, report_id, tables[name]) for name in order]
    for tmp, target in staged:
        os.replace(tmp, target)


def remove_round(out: Path, dataset: str, report_id: str) -> None:
    folder = partition_dir(out, dataset, report_id)
    if folder.exists():
        shutil.rmtree(folder)


def read_dataset(out: Path, dataset: str) -> pa.Table | None:
    """All rounds of a dataset with the report_id column, or None when nothing is written."""
    folder = out / dataset
    files = sorted(folder.glob(f"{PARTITION_KEY}=*/{PART_NAME}"))
    if not files:
        return None
    tables = []
    for file in files:
        table = pq.read_table(file)
        report_id = file.parent.name.split("=", 1)[1]
        tables.append(table.append_column(PARTITION_KEY, pa.array([report_id] * table.num_rows, pa.string())))
    return pa.concat_tables(tables, promote_options="default")


def written_rounds(out: Path) -> dict[str, dict]:
    """report_id → its reports row, for the rounds already published."""
    table = read_dataset(out, "reports")
    if table is None:
        return {}
    return {row[PARTITION_KEY]: row for row in table.to_pylist()}
