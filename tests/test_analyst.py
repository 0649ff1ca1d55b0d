"""What an analyst gets from a run: data dictionary, validation, the notebook and the HTML run report.

The pipeline runs once per module on the real December 2017 report (text) and the synthetic June 2018 round.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import nbformat
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import RENDITIONS, ROOT, SYNTHETIC, SYNTHETIC_TEXT
from frictionless import Package
from nbclient import NotebookClient

from pipeline.datapackage import PACKAGE_FILE, build_package, frictionless_problems, markdown, package_problems
from pipeline.schemas import DATASETS
from pipeline.validate import validate

NOTEBOOK = ROOT / "notebooks" / "analysis.ipynb"


def rapportage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("processed")
    done = rapportage("run", str(RENDITIONS["text"]), str(SYNTHETIC_TEXT), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out, done


@pytest.fixture(scope="module")
def out(run) -> Path:
    return run[0]


# --- data dictionary ------------------------------------------------------------------------------------------------


def test_run_writes_a_datapackage_that_frictionless_accepts(out):
    descriptor = json.loads((out / PACKAGE_FILE).read_text(encoding="utf-8"))
    assert descriptor == build_package(out)
    package = Package.from_descriptor(descriptor, basepath=str(out))  # raises on an invalid descriptor
    assert [r.name for r in package.resources] == list(DATASETS)
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert resources["actions"]["path"] == ["actions/report_id=2017-12/part-0.parquet",
                                            "actions/report_id=2018-06/part-0.parquet"]  # fmt: skip
    assert resources["changes"]["path"] == ["changes/report_id=2018-06/part-0.parquet"]
    fields = {f["name"]: f for f in resources["actions"]["schema"]["fields"]}
    assert fields["status"]["dutchTerm"] == "Status actie" and fields["status"]["type"] == "string"
    assert fields["policy_domains"] == {**fields["policy_domains"], "type": "array", "arrayItem": {"type": "string"},
                                        "example": ["KB", "OV"]}  # fmt: skip
    assert fields["budget_total_eur"]["type"] == "number" and fields["line_no"]["type"] == "integer"
    assert fields["action_id"]["constraints"] == {"required": True}
    for name, columns in DATASETS.items():
        described = {f["name"]: f["description"] for f in resources[name]["schema"]["fields"]}
        assert {c.name: c.meaning for c in columns}.items() <= described.items(), name
    # the rows of every partition validate against it, with Frictionless
    assert package_problems(out) == []


def test_frictionless_finds_bad_rows(out, tmp_path):
    broken = _copy(out, tmp_path)
    _rewrite(broken / "timeline" / "report_id=2018-06" / "part-0.parquet", "action_id", lambda v: [v[0], *v[:-1]])
    problems = frictionless_problems(broken, build_package(broken))
    assert problems and all(p.startswith("timeline/report_id=2018-06/") for p in problems)
    assert "primary-key" in problems[0]


def test_data_dictionary_page_is_up_to_date():
    page = (ROOT / "docs" / "DATA.md").read_text(encoding="utf-8")
    assert page == markdown(), "regenerate: python -m pipeline.datapackage --markdown docs/DATA.md"
    for name, columns in DATASETS.items():
        assert f"## {name}\n" in page
        for c in columns:
            assert f"| `{c.name}` |" in page


# --- notebook -------------------------------------------------------------------------------------------------------


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_notebook_runs_top_to_bottom(out, monkeypatch):
    monkeypatch.setenv("RAPPORTAGE_PROCESSED", str(out))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()  # fmt: skip
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 5
    text = "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert str(out) in text and "2018-06" in text
    # the status table: 62 actions per round, the answer key's transitions visible in changes
    assert re.search(r"Lopende\s+53\s+55", text), text[:2000]


# --- run report -----------------------------------------------------------------------------------------------------


def test_run_prints_a_summary_and_the_report_path(run):
    out, done = run
    assert "Rows per dataset and round" in done.stdout
    assert str(out / "report.html") in done.stdout
    assert re.search(r"organisations\s*│\s*\d+\s*│\s*\d+", done.stdout)


def test_run_report_is_self_contained_with_plots(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    images = re.findall(r'<img alt="[^"]+" src="data:image/png;base64,([A-Za-z0-9+/=]+)">', page)
    assert len(images) >= 3
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in images)
    assert not re.search(r'(src|href)="(https?:|//)', page)  # nothing to fetch: it opens offline
    assert "2017-12" in page and "2018-06" in page and "synthetic" in page
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    for change in key["status_changes"]:
        aid = change["action_id"]
        assert f"<td>{aid}</td><td>{aid}</td><td>{change['from']}</td><td>{change['to']}</td>" in page, change
    assert "policy domain code &#x27;CISM&#x27; read as &#x27;CJSM&#x27;" in page  # a warning, with its action
    assert "<td>7.1</td>" in page


# --- validate -------------------------------------------------------------------------------------------------------


def _copy(out: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(out, target)
    return target


def _rewrite(file: Path, column: str, change: Callable[[list], list]) -> None:
    """Replaces a column's values, keeping the file's schema (so only the content is broken)."""
    table = pq.read_table(file)
    i = table.schema.get_field_index(column)
    field = table.schema.field(i)
    table = table.set_column(i, field, pa.array(change(table[column].to_pylist()), field.type))
    pq.write_table(table, file)


def _first(values: list, new) -> list:  # noqa: ANN001
    return [new, *values[1:]]


BREAKAGES: dict[str, tuple[str, str, Callable[[list], list], str]] = {
    "type": ("amounts", "amount_eur", None, "columns or types differ from the amounts schema (amount_eur is string"),
    "fact without its entry": ("amounts", "entry_no", lambda v: _first(v, 99),
                               "amounts: 1 values of (report_id, action_id, entry_no) are not in entries"),
    "change to an action not in its round": ("changes", "action_id_to", lambda v: _first(v, "99.9"),
                                             "changes: 1 values of (to_report, action_id_to) are not in actions"),
    "duplicate action": ("actions", "action_id", lambda v: [v[0], v[0], *v[2:]],
                         "actions: 1 keys occur more than once"),
    "span off by one": ("dates", "char_start", lambda v: _first(v, v[0] + 1), "dates: 1 spans do not cover their raw"),
    "count": ("reports", "n_actions", lambda v: _first(v, 61), "reports: round 2017-12 says n_actions=61"),
}  # fmt: skip


def test_validate_passes_on_the_run(out):
    done = rapportage("validate", str(out))
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_validate_names_each_broken_thing(out, tmp_path, case):
    dataset, column, change, expected = BREAKAGES[case]
    broken = _copy(out, tmp_path)
    rid = "2018-06" if dataset == "changes" else "2017-12"
    file = broken / dataset / f"report_id={rid}" / "part-0.parquet"
    if change is None:  # a column of the wrong type: the schema itself changes
        table = pq.read_table(file)
        i = table.schema.get_field_index(column)
        pq.write_table(table.set_column(i, column, pa.array([str(v) for v in table[column].to_pylist()])), file)
    else:
        _rewrite(file, column, change)
    problems = validate(broken)
    assert any(expected in p for p in problems), problems


def test_validate_checks_the_datapackage(out, tmp_path):
    broken = _copy(out, tmp_path)
    descriptor = json.loads((broken / PACKAGE_FILE).read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "meetings"]
    descriptor["resources"][1]["schema"]["fields"][1]["type"] = "integer"
    (broken / PACKAGE_FILE).write_text(json.dumps(descriptor), encoding="utf-8")
    done = rapportage("validate", str(broken))
    stderr = " ".join(done.stderr.split())  # the console may wrap long lines
    assert done.returncode == 1
    assert "no resource for dataset meetings" in stderr
    assert "resource actions has another table schema" in stderr
    (broken / PACKAGE_FILE).unlink()
    assert any("datapackage.json: missing" in p for p in validate(broken))
