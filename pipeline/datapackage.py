"""Data dictionary: a Frictionless ``datapackage.json`` and ``docs/DATA.md``, both generated from ``schemas.py``.

Owns: what one row of each dataset is (``ROWS``), the translation of Arrow types and keys to Table
Schema, writing ``datapackage.json`` and checking a written one. The columns (meanings, Dutch terms,
examples), the keys and the partition layout all come from ``schemas.py``.

    python -m pipeline.datapackage --markdown docs/DATA.md   # regenerate the page
    python -m pipeline.datapackage --out processed           # (re)write processed/datapackage.json
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import sys
from pathlib import Path

import pyarrow as pa

from pipeline import __version__
from pipeline.files import atomic_write
from pipeline.publish import read_file
from pipeline.schemas import (
    DATASETS,
    FOREIGN_KEYS,
    PARTITION_KEY,
    PRIMARY_KEYS,
    SCHEMA_VERSION,
    SCHEMAS,
    partition_glob,
    partition_path,
    partition_round,
    partitions,
)
from pipeline.vocabulary import POLICY_DOMAINS

PACKAGE_FILE = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

ROWS: dict[str, str] = {
    "reports": "One row per report (round): where it came from and how much was parsed.",
    "actions": "One row per action of the plan in a round, as the report prints it.",
    "entries": "One row per row of an action's Rapportage table (per competence: what was done, with which budget).",
    "amounts": "One row per euro amount found in a description or a Budget cell.",
    "dates": "One row per date expression, resolved to a period.",
    "organisations": "One row per organisation mention.",
    "meetings": "One row per statement that a body met or meets.",
    "warnings": "One row per thing the pipeline could not place or parse.",
    "changes": "One row per action per pair of successive rounds, partitioned by the later round (report_id = "
    "to_report): matched by number or by content, with status, budget and party changes.",
    "novelty": "One row per sentence of each action's texts in a round, matched against the same action in the "
    "previous round (new, carried, revised), plus one row per sentence of the previous round that is gone "
    "(dropped).",
    "timeline": "One row per action per round: status, budget and counts, with the action followed through "
    "renumbering (lineage_id).",
}

PARTITION_MEANING = (
    f"as YYYY-MM: the partition folder {PARTITION_KEY}=YYYY-MM, not stored inside the files; "
    "pandas, DuckDB (hive_partitioning) and polars add it as a column"
)


# --- Arrow → Table Schema -------------------------------------------------------------------------------------------
#
# The descriptor is what users check with the Frictionless CLI (`frictionless validate processed/datapackage.json`),
# which reads Parquet through pandas: a list cell arrives as a numpy array (Table Schema "array" wants a JSON
# list) and a null in an integer column as NaN. So list columns are declared "any" and integer columns that may
# hold nulls "number"; the exact Arrow type of every column stays in "arrowType" (and in docs/DATA.md), and
# `rapportage validate` checks the exact types. report_id is no field: it is not in the files but the partition
# folder, declared in "partitioning"; the keys that include it are given under "keys" (checked by `validate`).


def field_type(arrow_type: pa.DataType, nullable: bool = True) -> dict:
    """The Table Schema type of an Arrow type, as the Frictionless CLI can check it on the Parquet files."""
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return {"type": "any"}
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return {"type": "string"}
    if pa.types.is_integer(arrow_type):
        return {"type": "number" if nullable else "integer"}
    if pa.types.is_floating(arrow_type) or pa.types.is_decimal(arrow_type):
        return {"type": "number"}
    if pa.types.is_boolean(arrow_type):
        return {"type": "boolean"}
    if pa.types.is_date(arrow_type):
        return {"type": "date"}
    if pa.types.is_timestamp(arrow_type):
        return {"type": "datetime"}
    raise ValueError(f"no Table Schema type for Arrow type {arrow_type}")


def _meta(field: pa.Field, key: str) -> str:
    return (field.metadata or {}).get(key.encode(), b"").decode()


def _example(field: pa.Field) -> str | list:
    """Examples are stored as text; a list column's example (``"['KB', 'OV']"``) becomes a JSON array."""
    text = _meta(field, "example")
    if pa.types.is_list(field.type):
        value = ast.literal_eval(text)
        if not isinstance(value, list):
            raise ValueError(f"example of list column {field.name} is no list: {text}")
        return value
    return text


def field_descriptor(field: pa.Field) -> dict:
    out: dict = {
        "name": field.name,
        **field_type(field.type, field.nullable),
        "description": _meta(field, "meaning"),
        "arrowType": str(field.type),
    }
    if _meta(field, "dutch"):
        out["dutchTerm"] = _meta(field, "dutch")
    if _meta(field, "example"):
        out["example"] = _example(field)
    if not field.nullable:
        out["constraints"] = {"required": True}
    return out


def partition_field(dataset: str) -> dict:
    meaning = "Later round of the pair (= to_report)" if dataset == "changes" else "Round"
    return {
        "name": PARTITION_KEY,
        "type": "string",
        "description": f"{meaning}, {PARTITION_MEANING}",
        "arrowType": "string",
        "example": "2017-12",
        "constraints": {"required": True, "pattern": r"\d{4}-\d{2}"},
    }


def table_schema(dataset: str) -> dict:
    """The Table Schema of the stored columns (what each Parquet file holds)."""
    return {"fields": [field_descriptor(f) for f in SCHEMAS[dataset]]}


def keys(dataset: str) -> dict:
    """Primary and foreign keys over the dataset read whole (report_id from the partition included)."""
    out: dict = {}
    if dataset in PRIMARY_KEYS:
        out["primaryKey"] = list(PRIMARY_KEYS[dataset])
    if FOREIGN_KEYS.get(dataset):
        out["foreignKeys"] = [fk.descriptor() for fk in FOREIGN_KEYS[dataset]]
    return out


def read_schema(dataset: str) -> dict:
    """The Table Schema of the dataset as readers give it: report_id first, then the stored columns, with keys."""
    schema = table_schema(dataset)
    return {**schema, "fields": [partition_field(dataset), *schema["fields"]], **keys(dataset)}


def partition_files(out: Path, dataset: str) -> list[str]:
    """Paths (relative to ``out``, forward slashes) of the dataset's partitions, in round order."""
    return [p.relative_to(out).as_posix() for p in partitions(out, dataset).values()]


def resource_descriptor(dataset: str, paths: list[str]) -> dict:
    return {
        "name": dataset,
        "type": "table",
        "title": dataset,
        "description": ROWS[dataset],
        "path": paths,
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "pathGlob": partition_glob(dataset),
        "partitioning": {"style": "hive", "fields": [partition_field(dataset)]},
        "schema": table_schema(dataset),
        "keys": keys(dataset),
    }


def build_package(out: Path) -> dict:
    """The descriptor for the datasets written under ``out`` (datasets without a partition are left out)."""
    resources = [resource_descriptor(name, files) for name in DATASETS if (files := partition_files(out, name))]
    return {
        "$schema": PROFILE,
        "name": "rapportage",
        "title": "Actieplan ter preventie van gewelddadige radicalisering en polarisering: voortgangsrapportages",
        "description": "The Flemish Government's progress reports on the Actieplan, parsed into one Parquet dataset "
        f"per kind of record and one partition per round ({PARTITION_KEY}=YYYY-MM).",
        "version": __version__,
        "schemaVersion": SCHEMA_VERSION,
        "resources": resources,
    }


def write_package(out: Path) -> Path:
    """Writes ``out/datapackage.json`` atomically and returns its path."""
    target = out / PACKAGE_FILE
    atomic_write(target, (json.dumps(build_package(out), indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return target


# --- checking a written package -------------------------------------------------------------------------------------


def package_problems(out: Path) -> list[str]:
    """The descriptor on disk against the schemas and the files, then the data against the descriptor."""
    path = out / PACKAGE_FILE
    if not path.exists():
        return [f"{path}: missing; `rapportage run` writes it (or `python -m pipeline.datapackage --out {out}`)"]
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return [f"{path}: not valid JSON ({exc})"]
    problems = structure_problems(out, descriptor)
    if not problems:
        problems += frictionless_problems(out, descriptor)
    return problems


def structure_problems(out: Path, descriptor: dict) -> list[str]:
    """What differs from the descriptor the current schemas and files give (no Frictionless needed)."""
    where = out / PACKAGE_FILE
    expected = build_package(out)
    got = {r.get("name"): r for r in descriptor.get("resources", []) if isinstance(r, dict)}
    problems = []
    for key in ("$schema", "name", "schemaVersion"):
        if descriptor.get(key) != expected[key]:
            problems.append(f"{where}: {key} is {descriptor.get(key)!r}, expected {expected[key]!r}")
    for resource in expected["resources"]:
        name = resource["name"]
        if name not in got:
            problems.append(f"{where}: no resource for dataset {name}")
            continue
        if sorted(got[name].get("path") or []) != resource["path"]:
            problems.append(f"{where}: resource {name} lists other files than {out}/{resource['pathGlob']}")
        if got[name].get("schema") != resource["schema"] or got[name].get("keys") != resource["keys"]:
            problems.append(f"{where}: resource {name} has another table schema than pipeline/schemas.py gives")
    for name in sorted(set(got) - {r["name"] for r in expected["resources"]}):
        problems.append(f"{where}: resource {name} has no data or is no dataset of rapportage")
    return problems


def _frictionless_rows(file: Path, report_id: str) -> list[list]:
    table = read_file(file)
    header = [PARTITION_KEY, *table.column_names]
    return [header, *([report_id, *row.values()] for row in table.to_pylist())]


def frictionless_problems(out: Path, descriptor: dict, limit: int = 5) -> list[str]:
    """Descriptor checked by Frictionless, and every partition's rows against its table schema.

    Rows go to Frictionless as Python values read by pyarrow (Frictionless reads Parquet only
    through an optional plugin). Foreign keys are left to ``validate``, which skips rows with
    a null key part as the keys here are meant; Frictionless would flag them."""
    try:
        from frictionless import FrictionlessException, Package, Resource, Schema
    except ImportError:  # it is a test dependency; the structural check above still ran
        return []
    problems: list[str] = []
    try:
        Package.from_descriptor(copy.deepcopy(descriptor), basepath=str(out))
    except FrictionlessException as exc:
        reasons = "; ".join(r.message for r in exc.reasons) or exc.error.message
        return [f"{out / PACKAGE_FILE}: not a valid data package: {reasons}"]
    for resource in descriptor["resources"]:
        schema_descriptor = {k: v for k, v in read_schema(resource["name"]).items() if k != "foreignKeys"}
        for rel in resource["path"]:
            rows = _frictionless_rows(out / rel, partition_round(Path(rel)))
            data = Resource(
                data=rows, schema=Schema.from_descriptor(copy.deepcopy(schema_descriptor)), name=resource["name"]
            )
            report = data.validate()
            if report.valid:
                continue
            errors = report.flatten(["rowNumber", "fieldName", "type", "note"])
            for row_no, field, kind, note in errors[:limit]:
                problems.append(f"{rel}: row {row_no}, column {field}: {kind} ({note})")
            if len(errors) > limit:
                problems.append(f"{rel}: … and {len(errors) - limit} more Frictionless errors")
            problems += [f"{rel}: {e.message}" for task in report.tasks for e in task.errors if not e.tags]
    return problems


# --- the readable page ----------------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _example_text(example: str | list) -> str:
    return json.dumps(example, ensure_ascii=False) if isinstance(example, list) else example


_ARROW_LABEL = {"string": "string", "bool": "boolean", "date32[day]": "date", "double": "number (float64)"}


def _type_label(field: dict) -> str:
    """The column's type as stored (Arrow), in plain words: integer (int32), array of string, date …"""
    arrow = field["arrowType"]
    if arrow.startswith("list<"):
        item = arrow.removeprefix("list<").split(":", 1)[1].strip().rstrip(">")
        return f"array of {_ARROW_LABEL.get(item, item)}"
    if arrow.startswith(("int", "uint")):
        return f"integer ({arrow})"
    return _ARROW_LABEL.get(arrow, arrow)


def markdown() -> str:
    """The data dictionary as Markdown; depends on the schemas only, never on data."""
    lines = [
        "# Data dictionary",
        "",
        "<!-- Generated by `python -m pipeline.datapackage --markdown docs/DATA.md` from pipeline/schemas.py "
        "and pipeline/datapackage.py; do not edit by hand (a test checks it is up to date). -->",
        "",
        f"Schema version {SCHEMA_VERSION}. Every `rapportage run` also writes this dictionary as a Frictionless "
        f"data package, `processed/{PACKAGE_FILE}`, listing the partition files of each dataset.",
        "",
        f"Each dataset is a folder of Parquet files, one per round: "
        f"`processed/{partition_path('<dataset>', 'YYYY-MM').as_posix()}`. `{PARTITION_KEY}` is the folder name, "
        "not a column inside the files; readers add it:",
        "",
        "```python",
        'pd.read_parquet("processed/actions")  # all rounds, with report_id',
        "```",
        "```sql",
        "SELECT * FROM read_parquet('processed/actions/*/*.parquet', hive_partitioning=true);",
        "```",
        "",
        "Values stay as the report prints them (Dutch statuses, competences, ministers); the *Dutch term* column "
        "names the label in the report a column comes from. Keys: a primary key is unique per dataset; a "
        "reference (foreign key) must exist in the named dataset, except in rows where one of its columns is "
        "null (a fact with no `entry_no` belongs to the action's own description). `rapportage validate` checks "
        "both.",
        "",
        "| dataset | one row per | primary key |",
        "| --- | --- | --- |",
    ]
    for name in DATASETS:
        key = ", ".join(PRIMARY_KEYS.get(name, ())) or "–"
        lines.append(f"| [`{name}`](#{name}) | {_cell(ROWS[name])} | {key} |")
    lines += [
        "",
        "## Policy-domain codes",
        "",
        "`actions.policy_domains` and `coordinating_domain` hold the codes the reports print "
        "(one table, `pipeline/vocabulary.py`):",
        "",
        "| code | policy domain |",
        "| --- | --- |",
    ]
    lines += [f"| `{code}` | {name or '(name not known to the project)'} |" for code, name in POLICY_DOMAINS.items()]
    for name in DATASETS:
        schema = read_schema(name)
        lines += ["", f"## {name}", "", ROWS[name], "", f"Files: `{partition_glob(name)}`"]
        if "primaryKey" in schema:
            lines.append(f"Primary key: {', '.join(schema['primaryKey'])}")
        for fk in FOREIGN_KEYS.get(name, []):
            lines.append(f"References: ({', '.join(fk.fields)}) → `{fk.resource}` ({', '.join(fk.reference)})")
        lines += [
            "",
            "| column | type | required | meaning | Dutch term | example |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for f in schema["fields"]:
            required = "yes" if f.get("constraints", {}).get("required") else ""
            example = f"`{_cell(_example_text(f['example']))}`" if f.get("example") else ""
            lines.append(
                f"| `{f['name']}` | {_type_label(f)} | {required} | "
                f"{_cell(f['description'])} | {_cell(f.get('dutchTerm', ''))} | {example} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", type=Path, help="write the data dictionary page here")
    parser.add_argument("--out", type=Path, help="write datapackage.json for the datasets in this folder")
    args = parser.parse_args(argv)
    if not (args.markdown or args.out):
        parser.error("give --markdown PATH and/or --out DIR")
    if args.markdown:
        atomic_write(args.markdown, markdown().encode("utf-8"))
        print(f"wrote {args.markdown}")
    if args.out:
        print(f"wrote {write_package(args.out)}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
