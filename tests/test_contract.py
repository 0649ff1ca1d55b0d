"""The output contract (pipeline/schemas.py): exact columns, the partition layout, keys; and the atomic write."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.files import atomic_write
from pipeline.publish import to_table, write_partition
from pipeline.run import run
from pipeline.schemas import (
    FOREIGN_KEYS,
    PARTITION_KEY,
    PRIMARY_KEYS,
    SCHEMAS,
    partition_file,
    partition_glob,
    partition_round,
    partitions,
)
from pipeline.validate import key_problems, load

ROOT = Path(__file__).resolve().parent.parent
REAL_TEXT = ROOT / "tests" / "fixtures" / "report-2017-12.txt"

WARNING = {"source_file": "r.txt", "stage": "read", "action_id": None, "page": None, "message": "m"}


# --- to_table takes exactly the declared columns -------------------------------------------------------------------


def test_to_table_takes_a_row_of_exactly_the_declared_columns():
    table = to_table("warnings", [WARNING])
    assert table.schema.equals(SCHEMAS["warnings"]) and table.to_pylist() == [WARNING]


def test_to_table_raises_on_a_missing_column_naming_dataset_and_column():
    row = {k: v for k, v in WARNING.items() if k != "page"}
    with pytest.raises(ValueError, match=r"^warnings: row 1: missing column page "):
        to_table("warnings", [WARNING, row])


def test_to_table_raises_on_an_unknown_column_naming_dataset_and_column():
    with pytest.raises(ValueError, match=r"^warnings: row 0: unknown column pages "):
        to_table("warnings", [{**WARNING, "pages": 3}])
    with pytest.raises(ValueError, match=r"missing column page; unknown column pgae"):
        to_table("warnings", [{**{k: v for k, v in WARNING.items() if k != "page"}, "pgae": 3}])


# --- the partition layout ------------------------------------------------------------------------------------------


def test_partitions_lists_the_rounds_written_in_round_order(tmp_path):
    for rid in ("2018-06", "2017-12"):
        write_partition(tmp_path, "warnings", rid, to_table("warnings", [WARNING]))
    (tmp_path / "warnings" / f"{PARTITION_KEY}=2019-01").mkdir()  # a folder a cut-off run left, no file
    found = partitions(tmp_path, "warnings")
    assert list(found) == ["2017-12", "2018-06"]
    assert found["2017-12"] == tmp_path / "warnings" / "report_id=2017-12" / "part-0.parquet"
    assert found["2018-06"] == partition_file(tmp_path, "warnings", "2018-06")
    assert [partition_round(f) for f in found.values()] == ["2017-12", "2018-06"]
    assert sorted(tmp_path.glob(partition_glob("warnings"))) == list(found.values())
    assert partitions(tmp_path, "actions") == {}
    # no temporary file is left beside a partition
    assert [p.name for p in (tmp_path / "warnings" / "report_id=2017-12").iterdir()] == ["part-0.parquet"]


# --- atomic_write ----------------------------------------------------------------------------------------------------


def test_atomic_write_replaces_the_old_content_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "record.json"
    path.write_bytes(b"old content, longer than the new")
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]
    atomic_write(tmp_path / "fresh.bin", b"\x00\x01")
    assert (tmp_path / "fresh.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.bin", "record.json"]


def test_atomic_write_that_fails_keeps_the_old_file_and_no_temporary(tmp_path):
    (tmp_path / "taken").mkdir()  # a folder in the way: the rename fails
    with pytest.raises(OSError):
        atomic_write(tmp_path / "taken", b"new")
    assert (tmp_path / "taken").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


# --- keys ------------------------------------------------------------------------------------------------------------


def test_every_dataset_declares_its_keys_over_its_own_columns():
    for dataset, schema in SCHEMAS.items():
        assert dataset in PRIMARY_KEYS or dataset in FOREIGN_KEYS, dataset
        columns = {PARTITION_KEY, *schema.names}
        assert set(PRIMARY_KEYS.get(dataset, ())) <= columns, dataset
        for fk in FOREIGN_KEYS.get(dataset, []):
            assert set(fk.fields) <= columns, (dataset, fk)
            assert set(fk.reference) <= {PARTITION_KEY, *SCHEMAS[fk.resource].names}, (dataset, fk)
            assert len(fk.fields) == len(fk.reference), (dataset, fk)


@pytest.fixture(scope="module")
def real_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("contract")
    summary = run([REAL_TEXT], out)
    assert summary.processed == ["2017-12"] and not summary.failures
    return out


def test_the_keys_hold_in_the_real_reports_output(real_output):
    data, problems = load(real_output)
    assert problems == []
    assert len(data["actions"]) == 62  # hand-checked: the December 2017 report has 62 actions
    for dataset, fields in PRIMARY_KEYS.items():
        keys = Counter(tuple(row[f] for f in fields) for row in data[dataset])
        assert keys and max(keys.values()) == 1, dataset
    assert key_problems(data) == []
    for dataset in SCHEMAS:
        assert list(partitions(real_output, dataset)) == ["2017-12"], dataset
