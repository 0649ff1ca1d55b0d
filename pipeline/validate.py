"""`rapportage validate`: every dataset against its schema, the cross-table keys, and the data package.

Owns: the checks of written output (read-only); what it checks against is the contract in ``schemas.py``.

Checks, each giving one line per violation (with up to a few examples):
  - each Parquet file has exactly its dataset's columns and types, the current schema version, and no
    nulls in required columns (a file that fails here is left out of the checks below);
  - primary keys are unique and foreign keys resolve (both declared in ``pipeline/schemas.py``);
  - ``changes`` compare successive rounds and sit in the partition of the later one;
  - the counts in ``reports`` match the rows written;
  - every fact's character span lies in the text it names and covers the text it quotes;
  - ``datapackage.json`` matches the schemas and files, and the rows validate against it;
  - every round's files are the ones its commit recorded (no round mixes older and newer files), and the
    derived data (changes, timeline, datapackage.json, report.html) was computed from the committed rounds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.datapackage import package_problems
from pipeline.publish import derived_staleness, read_file, round_problems
from pipeline.schemas import FOREIGN_KEYS, PARTITION_KEY, PRIMARY_KEYS, SCHEMA_VERSION, SCHEMAS, partitions

Rows = list[dict]
EXAMPLES = 3
FACTS = {"amounts": "raw", "dates": "raw", "organisations": "mention", "meetings": "raw"}


def _examples(items: Iterable, limit: int = EXAMPLES) -> str:
    items = list(items)
    shown = ", ".join(str(i) for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _key(row: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(row[f] for f in fields)


def _label(fields: tuple[str, ...], key: tuple) -> str:
    return "(" + ", ".join(f"{f}={v}" for f, v in zip(fields, key, strict=True)) + ")"


def file_problems(file: Path, dataset: str) -> list[str]:
    """One partition file against its dataset's schema."""
    schema = SCHEMAS[dataset]
    try:
        got = pq.read_schema(file)
    except (OSError, pa.ArrowException) as exc:
        return [f"{file}: not a readable Parquet file ({exc})"]
    if not got.remove_metadata().equals(schema.remove_metadata()):
        missing = [f.name for f in schema if f.name not in got.names]
        extra = [n for n in got.names if n not in schema.names]
        common = [(f, got.field(f.name)) for f in schema if f.name in got.names]
        typed = [f"{f.name} is {g.type}, not {f.type}" for f, g in common if not g.type.equals(f.type)]
        nullable = [
            f"{f.name} is {'' if g.nullable else 'not '}nullable"
            for f, g in common
            if g.type.equals(f.type) and g.nullable != f.nullable
        ]
        details = "; ".join(
            filter(
                None,
                [
                    missing and f"missing {', '.join(missing)}",
                    extra and f"unexpected {', '.join(extra)}",
                    *typed,
                    *nullable,
                ],
            )
        )
        return [f"{file}: columns or types differ from the {dataset} schema ({details or 'column order'})"]
    problems = []
    version = (got.metadata or {}).get(b"rapportage.schema_version", b"").decode()
    if version != SCHEMA_VERSION:
        problems.append(f"{file}: schema version {version or 'missing'}, expected {SCHEMA_VERSION}; rerun with --force")
    required = [f.name for f in schema if not f.nullable]
    if required:
        table = read_file(file, columns=required)
        problems += [
            f"{file}: {table[n].null_count} nulls in required column {n}" for n in required if table[n].null_count
        ]
    return problems


def load(out: Path) -> tuple[dict[str, Rows], list[str]]:
    """Rows of every dataset with report_id, from the files that pass their schema; and the schema problems."""
    problems: list[str] = []
    data: dict[str, Rows] = {}
    for dataset in SCHEMAS:
        rows: Rows = []
        for report_id, file in partitions(out, dataset).items():
            found = file_problems(file, dataset)
            problems += found
            if any("columns or types" in p or "not a readable" in p for p in found):
                continue
            rows += [{**row, PARTITION_KEY: report_id} for row in read_file(file).to_pylist()]
        data[dataset] = rows
    return data, problems


def key_problems(data: dict[str, Rows]) -> list[str]:
    problems = []
    for dataset, fields in PRIMARY_KEYS.items():
        counts = Counter(_key(r, fields) for r in data[dataset])
        dupes = [_label(fields, k) for k, n in counts.items() if n > 1]
        if dupes:
            problems.append(f"{dataset}: {len(dupes)} keys occur more than once: {_examples(dupes)}")
    for dataset, keys in FOREIGN_KEYS.items():
        for fk in keys:
            targets = {_key(r, fk.reference) for r in data[fk.resource]}
            dangling = sorted({k for r in data[dataset] if None not in (k := _key(r, fk.fields)) and k not in targets})
            if dangling:
                problems.append(
                    f"{dataset}: {len(dangling)} values of ({', '.join(fk.fields)}) are not in "
                    f"{fk.resource}: {_examples(_label(fk.fields, k) for k in dangling)}"
                )
    return problems


def change_problems(data: dict[str, Rows]) -> list[str]:
    """Each changes row sits in its later round's partition and compares that round with the one before."""
    rounds = sorted(r[PARTITION_KEY] for r in data["reports"])
    previous = dict(zip(rounds[1:], rounds, strict=False))
    problems = []
    misplaced = [r for r in data["changes"] if r["to_report"] != r[PARTITION_KEY]]
    if misplaced:
        problems.append(
            f"changes: {len(misplaced)} rows sit in another partition than their to_report: "
            f"{_examples(sorted({(r[PARTITION_KEY], r['to_report']) for r in misplaced}))}"
        )
    skipped = sorted(
        {
            (r["from_report"], r["to_report"])
            for r in data["changes"]
            if previous.get(r["to_report"]) != r["from_report"]
        }
    )
    if skipped:
        problems.append(f"changes: pairs of rounds that are not successive: {_examples(skipped)}")
    for rid in rounds[1:]:
        if data["changes"] and not any(r["to_report"] == rid for r in data["changes"]):
            problems.append(f"changes: no comparison of round {previous[rid]} with {rid}")
    return problems


def count_problems(data: dict[str, Rows]) -> list[str]:
    """The counts stored in reports against the rows of actions, entries and warnings."""
    problems = []
    for column, dataset in (("n_actions", "actions"), ("n_entries", "entries"), ("n_warnings", "warnings")):
        written = Counter(r[PARTITION_KEY] for r in data[dataset])
        for report in data["reports"]:
            rid = report[PARTITION_KEY]
            if report[column] is not None and report[column] != written[rid]:
                problems.append(
                    f"reports: round {rid} says {column}={report[column]}, {dataset} has {written[rid]} rows"
                )
    without = sorted({r[PARTITION_KEY] for r in data["reports"]} - {r[PARTITION_KEY] for r in data["actions"]})
    if without:
        problems.append(f"actions: no actions for rounds {', '.join(without)}")
    return problems


def span_problems(data: dict[str, Rows]) -> list[str]:
    """Every fact's char_start:char_end indexes the text its field names and covers what it quotes."""
    actions = {(r[PARTITION_KEY], r["action_id"]): r for r in data["actions"]}
    entries = {(r[PARTITION_KEY], r["action_id"], r["entry_no"]): r for r in data["entries"]}
    problems = []
    for dataset, quoted in FACTS.items():
        bad = []
        for r in data[dataset]:
            if r["char_start"] is None or r["char_end"] is None:
                continue
            if r["entry_no"] is None:
                owner = actions.get((r[PARTITION_KEY], r["action_id"]))
            else:
                owner = entries.get((r[PARTITION_KEY], r["action_id"], r["entry_no"]))
            if owner is None:
                continue  # reported by the foreign keys
            field = "other_parties_text" if r["field"] == "other_parties" else r["field"]
            text = owner.get(field) if field in ("description", "budget_text", "other_parties_text") else None
            if (
                text is None
                or not 0 <= r["char_start"] <= r["char_end"] <= len(text)
                or text[r["char_start"] : r["char_end"]] != r[quoted]
            ):
                bad.append(
                    f"{r[PARTITION_KEY]} {r['action_id']}#{r['entry_no'] or '-'} {r['field']}"
                    f"[{r['char_start']}:{r['char_end']}]"
                )
        if bad:
            problems.append(
                f"{dataset}: {len(bad)} spans do not cover their {quoted} in the text they name: {_examples(bad)}"
            )
    return problems


def validate(out: Path) -> list[str]:
    """Every violation in ``out`` as one line; empty when the datasets are sound."""
    if not (out / "reports").exists():
        return [f"{out}: no reports dataset; run `rapportage run` first"]
    data, problems = load(out)
    problems += key_problems(data)
    problems += change_problems(data)
    problems += count_problems(data)
    problems += span_problems(data)
    problems += package_problems(out)
    problems += round_problems(out)
    stale = derived_staleness(out)
    if stale:
        problems.append(
            f"{out}: changes, timeline, datapackage.json and report.html are stale ({stale}); run "
            "`rapportage run` to recompute them"
        )
    return problems
