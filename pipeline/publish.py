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


def write_partition(out: Path, dataset: str, report_id: str, table: pa.Table) -> Path:
    folder = partition_dir(out, dataset, report_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / PART_NAME
    # The temporary name does not end in .parquet, so no reader globbing *.parquet sees it.
    tmp = folder / f".{PART_NAME}.{os.getpid()}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def write_round(out: Path, report_id: str, tables: Mapping[str, pa.Table]) -> None:
    """Writes every dataset of one round; the reports row goes last, as the commit mark.

    A run that dies midway leaves the earlier reports row (and sha256) in place, so the
    next run sees the round as changed and redoes it whole."""
    for name, table in tables.items():
        if name != "reports":
            write_partition(out, name, report_id, table)
    if "reports" in tables:
        write_partition(out, "reports", report_id, tables["reports"])


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
