"""`rapportage export`: the datasets for people who do not use Python — one Excel workbook, or CSV files.

Owns: the xlsx and CSV renderings of the published datasets (each file written with ``files.atomic_write``).

xlsx: a first sheet ``columns`` describing every column (from ``pipeline/schemas.py``, the data dictionary's
source), then one sheet per dataset named after it, with typed cells (dates as dates, euro amounts as numbers
in a euro format, integers as numbers), lists joined with "; " and a frozen header row. csv: one file per
dataset, UTF-8 with a byte-order mark (so Excel shows the accents), lists joined with "; ", dates ISO.
Both put ``report_id`` (the round, the partition folder) first.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline.datapackage import ROWS, read_schema
from pipeline.files import atomic_write
from pipeline.publish import read_dataset
from pipeline.schemas import DATASETS, PARTITION_KEY, SCHEMAS
from pipeline.vocabulary import POLICY_DOMAINS

FORMATS = ("xlsx", "csv")
LIST_SEPARATOR = "; "
EURO_FORMAT = '#,##0.00 "€"'
DATE_FORMAT = "yyyy-mm-dd"
EXCEL_CELL_LIMIT = 32767  # characters in one Excel cell
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters an .xlsx cannot hold


class ExportError(ValueError):
    """Nothing to export, or an unknown format (one line for the user)."""


@dataclass
class ExportResult:
    files: list[Path]
    rows: dict[str, int]
    notes: list[str] = field(default_factory=list)


def dataset_table(out: Path, name: str) -> pa.Table:
    """Every round of a dataset, report_id first; an empty table with the columns when nothing is written."""
    table = read_dataset(out, name)
    if table is None:
        table = SCHEMAS[name].empty_table().append_column(PARTITION_KEY, pa.array([], pa.string()))
    order = [PARTITION_KEY, *SCHEMAS[name].names]
    return table.select(order)


def cell_text(value: object) -> object:
    """A list becomes "a; b"; dates inside lists become ISO dates; everything else stays itself."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(v.isoformat() if isinstance(v, dt.date) else str(v) for v in value if v is not None)
    return value


def _is_euro(name: str) -> bool:
    return name.endswith("_eur")


def export(out: Path, fmt: str, target: Path) -> ExportResult:
    if fmt not in FORMATS:
        raise ExportError(f"--format must be xlsx or csv, not {fmt!r}")
    if not (out / "reports").is_dir():
        raise ExportError(f"{out}: no datasets here; run `rapportage run` first or give --out")
    tables = {name: dataset_table(out, name) for name in DATASETS}
    if fmt == "csv":
        return _csv(tables, target)
    return _xlsx(tables, target)


def _csv(tables: dict[str, pa.Table], folder: Path) -> ExportResult:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, table in tables.items():
        path = folder / f"{name}.csv"
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(table.column_names)
        for row in table.to_pylist():
            writer.writerow(["" if v is None else cell_text(v) for v in row.values()])
        atomic_write(path, text.getvalue().encode("utf-8-sig"))
        files.append(path)
    return ExportResult(files, {n: t.num_rows for n, t in tables.items()})


def column_rows() -> list[list[str]]:
    """The ``columns`` sheet: one row per column of every dataset, from the schemas."""
    rows = []
    for name in DATASETS:
        for f in read_schema(name)["fields"]:
            rows.append(
                [
                    name,
                    f["name"],
                    _type_word(f["arrowType"]),
                    "yes" if f.get("constraints", {}).get("required") else "",
                    f["description"],
                    f.get("dutchTerm", ""),
                    cell_text(f["example"]) if f.get("example") else "",
                ]
            )
    return rows


def _type_word(arrow: str) -> str:
    if arrow.startswith("list<"):
        return f"list (joined with '{LIST_SEPARATOR.strip()}')"
    return {"string": "text", "bool": "true/false", "date32[day]": "date", "double": "number"}.get(
        arrow, "whole number" if arrow.startswith("int") else arrow
    )


def _xlsx(tables: dict[str, pa.Table], path: Path) -> ExportResult:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx") if path.suffix else path / "rapportage.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    bold = Font(bold=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "columns"
    sheet.append(["dataset", "column", "type", "required", "meaning", "Dutch term", "example"])
    for row in column_rows():
        sheet.append(row)
    sheet.append([])
    sheet.append(["policy-domain code", "name"])
    for code, name in POLICY_DOMAINS.items():
        sheet.append([code, name])
    sheet.append([])
    sheet.append(["dataset", "one row per"])
    for name, meaning in ROWS.items():
        sheet.append([name, meaning])
    _finish(sheet, bold)
    truncated = 0
    for name, table in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(table.column_names)
        formats = {i: EURO_FORMAT if _is_euro(n) else None for i, n in enumerate(table.column_names)}
        width = len(table.column_names)  # every row fills every column: the sheet's max_column
        for row_no, row in enumerate(table.to_pylist(), start=2):  # row 1 is the header
            values = []
            for v in row.values():
                v = cell_text(v)
                if isinstance(v, str):
                    v = _ILLEGAL_XML.sub("", v)
                    if len(v) > EXCEL_CELL_LIMIT:
                        v, truncated = v[: EXCEL_CELL_LIMIT - 1] + "…", truncated + 1
                values.append(v)
            sheet.append(values)
            # The row just appended, by number: sheet[sheet.max_row] would scan every cell of the sheet for
            # max_row and max_column on each row (quadratic: seconds for a few thousand rows).
            (cells,) = sheet.iter_rows(min_row=row_no, max_row=row_no, max_col=width)
            for i, cell in enumerate(cells):
                if isinstance(cell.value, dt.date):
                    cell.number_format = DATE_FORMAT
                elif formats[i] and cell.value is not None:
                    cell.number_format = formats[i]
        _finish(sheet, bold)
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write(path, buffer.getvalue())
    notes = (
        [
            f"{truncated} cells longer than Excel's {EXCEL_CELL_LIMIT} characters were cut (marked …); "
            "the Parquet and CSV files hold them whole"
        ]
        if truncated
        else []
    )
    return ExportResult([path], {n: t.num_rows for n, t in tables.items()}, notes)


def _finish(sheet, bold) -> None:  # openpyxl worksheet and font
    """Bold, frozen header row and column widths that fit the header (capped)."""
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    for column in sheet.iter_cols(min_row=1, max_row=min(sheet.max_row, 50)):
        width = max((len(str(c.value)) for c in column if c.value is not None), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 8), 60)
