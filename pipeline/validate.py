"""`rapportage validate`: every dataset against its schema, and the cross-table keys."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish import PART_NAME, read_dataset
from pipeline.schemas import SCHEMAS


def validate(out: Path) -> list[str]:
    problems: list[str] = []
    if not (out / "reports").exists():
        return [f"{out}: no reports dataset; run `rapportage run` first"]
    for name, schema in SCHEMAS.items():
        for file in sorted((out / name).glob(f"report_id=*/{PART_NAME}")):
            got = pq.read_schema(file)
            if not got.remove_metadata().equals(schema.remove_metadata()):
                problems.append(f"{file}: columns or types differ from the {name} schema")
            for field in schema:
                if not field.nullable and pq.read_table(file, columns=[field.name])[field.name].null_count:
                    problems.append(f"{file}: nulls in required column {field.name}")
    actions = read_dataset(out, "actions")
    keys = {(r["report_id"], r["action_id"]) for r in actions.to_pylist()} if actions is not None else set()
    rounds = {r for r, _ in keys}
    for name in ("entries", "amounts", "dates", "organisations", "meetings", "timeline"):
        table = read_dataset(out, name)
        if table is None:
            continue
        for row in table.select(["report_id", "action_id"]).to_pylist():
            if (row["report_id"], row["action_id"]) not in keys:
                problems.append(f"{name}: action {row['action_id']} of round {row['report_id']} is not in actions")
                break
    reports = read_dataset(out, "reports")
    if reports is not None and set(reports["report_id"].to_pylist()) != rounds:
        problems.append("reports and actions do not cover the same rounds")
    return problems
