"""`run` with ``executor="dask"`` on a LocalCluster writes the same datasets as a local run.

Two rounds (the real December 2017 report and the synthetic June 2018 one, as text) go through
real worker processes, so the tasks and their results cross process boundaries pickled, as they
would on a remote cluster. Every Parquet file and the manifest must equal the local run's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import RENDITIONS, SYNTHETIC_TEXT

from pipeline.run import UsageError, run

distributed = pytest.importorskip("dask.distributed")

INPUTS = [RENDITIONS["text"], SYNTHETIC_TEXT]


def parquet_files(out: Path) -> dict[str, Path]:
    return {str(p.relative_to(out)): p for p in sorted(out.rglob("*.parquet"))}


@pytest.fixture(scope="module")
def local_and_dask(tmp_path_factory) -> tuple[Path, Path]:
    local = tmp_path_factory.mktemp("local")
    on_dask = tmp_path_factory.mktemp("dask")
    summary = run(INPUTS, local)
    assert summary.processed == ["2017-12", "2018-06"] and not summary.failures
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run(INPUTS, on_dask, executor="dask", scheduler=cluster.scheduler_address)
    assert summary.processed == ["2017-12", "2018-06"], summary.failures
    assert not summary.failures and summary.compared
    return local, on_dask


def test_dask_writes_the_same_files(local_and_dask):
    local, on_dask = local_and_dask
    assert parquet_files(local).keys() == parquet_files(on_dask).keys()
    names = {key.split("/")[0] for key in parquet_files(local)}
    assert {"reports", "actions", "entries", "amounts", "dates", "organisations", "changes"} <= names


def test_dask_tables_equal_the_local_ones(local_and_dask):
    local, on_dask = local_and_dask
    theirs = parquet_files(on_dask)
    for key, path in parquet_files(local).items():
        mine, other = pq.read_table(path), pq.read_table(theirs[key])
        assert mine.schema == other.schema, key
        assert mine.num_rows == other.num_rows and mine.equals(other), key
    # The file names stay as given: not the absolute paths the workers opened.
    reports = pq.read_table(on_dask / "reports").to_pylist()
    assert sorted(r["source_file"] for r in reports) == sorted(p.name for p in INPUTS)


def test_dask_manifest_equals_the_local_one(local_and_dask):
    local, on_dask = local_and_dask
    assert json.loads((local / "_manifest.json").read_text()) == json.loads((on_dask / "_manifest.json").read_text())


def test_unreachable_scheduler_is_a_usage_error(tmp_path):
    # Nothing listens on port 9 of this machine; the error must say where it looked, in one line.
    import dask

    with (
        dask.config.set({"distributed.comm.timeouts.connect": "2s"}),
        pytest.raises(UsageError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
    ):
        run([RENDITIONS["text"]], tmp_path, executor="dask", scheduler="tcp://127.0.0.1:9")
