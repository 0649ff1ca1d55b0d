"""What an analyst gets from a run: data dictionary, validation, the notebook and the HTML run report.

The pipeline runs once per module on the real December 2017 report (text) and the synthetic June 2018 round.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
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
from pipeline.schemas import DATASETS, partitions
from pipeline.validate import validate

NOTEBOOK = ROOT / "notebooks" / "analysis.ipynb"


def rapportage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def run(two_round_run) -> tuple[Path, subprocess.CompletedProcess]:
    # `rapportage run` on RENDITIONS["text"] and SYNTHETIC_TEXT into a new folder (conftest: once per session)
    out, done = two_round_run
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
    assert resources["actions"]["path"] == [
        "actions/report_id=2017-12/part-0.parquet",
        "actions/report_id=2018-06/part-0.parquet",
    ]
    # the first round has an empty changes partition: the dataset exists whatever the number of rounds
    assert resources["changes"]["path"] == [
        "changes/report_id=2017-12/part-0.parquet",
        "changes/report_id=2018-06/part-0.parquet",
    ]
    fields = {f["name"]: f for f in resources["actions"]["schema"]["fields"]}
    assert "report_id" not in fields  # the partition, not a stored column
    assert resources["actions"]["partitioning"]["fields"][0]["name"] == "report_id"
    assert resources["actions"]["keys"]["primaryKey"] == ["report_id", "action_id"]
    assert fields["status"]["dutchTerm"] == "Status actie" and fields["status"]["type"] == "string"
    assert fields["policy_domains"] == {
        **fields["policy_domains"],
        "type": "any",
        "arrowType": "list<item: string>",
        "example": ["KB", "OV"],
    }
    assert fields["budget_total_eur"]["type"] == "number" and fields["line_no"]["arrowType"] == "int16"
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
    NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
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
    assert len(_charts(page)) == 3 and "<img" not in page and "<script" not in page  # inline SVG, no JS
    assert not re.search(r'(src|href)="(https?:|//)', page)  # nothing to fetch: it opens offline
    assert "2017-12" in page and "2018-06" in page and "synthetic" in page
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    for change in key["status_changes"]:
        aid = change["action_id"]
        assert f"<td>{aid}</td><td>{aid}</td><td>{change['from']}</td><td>{change['to']}</td>" in page, change
    assert "policy domain code &#x27;CISM&#x27; read as &#x27;CJSM&#x27;" in page  # a warning, with its action
    assert "<td>7.1</td>" in page


SVG = "{http://www.w3.org/2000/svg}"


def _charts(page: str) -> dict[str, ET.Element]:
    """The run report's inline SVG charts, parsed as XML, by their title."""
    charts = [ET.fromstring(markup) for markup in re.findall(r"<svg\b.*?</svg>", page, re.S)]
    return {svg.find(f"{SVG}title").text: svg for svg in charts}


def _bars(svg: ET.Element) -> dict[tuple[str, str], tuple[float, dict[str, float]]]:
    """(series, category) → (the value the bar says it shows, its geometry)."""
    return {
        (r.get("data-series"), r.get("data-category")): (
            float(r.get("data-value")),
            {k: float(r.get(k)) for k in ("x", "y", "width", "height")},
        )
        for r in svg.iter(f"{SVG}rect")
        if r.get("class") == "bar"
    }


def _texts(svg: ET.Element) -> set[str]:
    return {t.text for t in svg.iter(f"{SVG}text")}


def _same_ratio(pairs: list[tuple[float, float]]) -> bool:
    """Whether drawn length / value is one constant (a linear axis from 0)."""
    ratios = [length / value for value, length in pairs]
    return max(ratios) - min(ratios) < 0.02 * max(ratios)


def test_run_report_charts_draw_the_datasets(out):
    """Each chart's bars against the datasets, read here from the Parquet files: one bar per value shown, its
    length proportional to the value on the chart's axis (log10 for the rows)."""
    charts = _charts((out / "report.html").read_text(encoding="utf-8"))
    assert set(charts) == {
        "Rows per dataset and round",
        "Actions per status and round",
        "Budget per policy domain and round",
    }
    rows = {
        (rid, name): pq.read_table(path).num_rows for name in DATASETS for rid, path in partitions(out, name).items()
    }
    counts = _bars(charts["Rows per dataset and round"])
    assert {k: v for k, (v, _) in counts.items()} == {k: n for k, n in rows.items() if n}
    assert {"2017-12", "2018-06", "rows (log scale)", *DATASETS} <= _texts(charts["Rows per dataset and round"])
    # log axis: the bars' lengths grow by one constant per decade
    by_log = sorted((math.log10(v), g["width"]) for v, g in counts.values())
    (l0, w0), (l1, w1) = by_log[0], by_log[-1]
    per_decade = (w1 - w0) / (l1 - l0)
    assert all(abs(w0 + (lv - l0) * per_decade - w) < 0.5 for lv, w in by_log)

    actions = pq.read_table(out / "actions").to_pylist()
    statuses = Counter((a["report_id"], a["status"]) for a in actions)
    status_bars = _bars(charts["Actions per status and round"])
    assert {k: v for k, (v, _) in status_bars.items()} == dict(statuses)
    assert status_bars[("2017-12", "Lopende")][0] == 53 and status_bars[("2018-06", "Lopende")][0] == 55  # the key
    assert _same_ratio([(v, g["height"]) for v, g in status_bars.values()])
    for rid in ("2017-12", "2018-06"):  # one column per round, its segments stacked without gaps
        column = sorted((g["y"], g["y"] + g["height"]) for (r, _), (_, g) in status_bars.items() if r == rid)
        assert all(abs(column[i][1] - column[i + 1][0]) < 0.02 for i in range(len(column) - 1))
    assert {"Lopende", "Afgerond", "actions", "2017-12", "2018-06"} <= _texts(charts["Actions per status and round"])

    budget: dict[tuple[str, str], float] = defaultdict(float)
    for a in actions:
        for domain in (a["policy_domains"] or ["(none)"]) if a["budget_total_eur"] else []:
            budget[(a["report_id"], domain)] += a["budget_total_eur"]
    budget_bars = _bars(charts["Budget per policy domain and round"])
    assert {k: v for k, (v, _) in budget_bars.items()} == pytest.approx(dict(budget))
    assert _same_ratio([(v, g["width"]) for v, g in budget_bars.values()])
    assert "million euro" in _texts(charts["Budget per policy domain and round"])


def test_run_report_draws_without_matplotlib(out):
    """The run path imports no plotting library: rendering the page (and what run imports) leaves it unloaded."""
    code = (
        "import sys, pathlib; import pipeline.run, pipeline.report_html as r; r.warm_up();"
        f"r.render(pathlib.Path({str(out)!r})); print(sorted(m for m in sys.modules if m.startswith('matplotlib')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


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


def _first(values: list, new) -> list:
    return [new, *values[1:]]


BREAKAGES: dict[str, tuple[str, str, Callable[[list], list], str]] = {
    "type": ("amounts", "amount_eur", None, "columns or types differ from the amounts schema (amount_eur is string"),
    "fact without its entry": (
        "amounts",
        "entry_no",
        lambda v: _first(v, 99),
        "amounts: 1 values of (report_id, action_id, entry_no) are not in entries",
    ),
    "change to an action not in its round": (
        "changes",
        "action_id_to",
        lambda v: _first(v, "99.9"),
        "changes: 1 values of (to_report, action_id_to) are not in actions",
    ),
    "duplicate action": (
        "actions",
        "action_id",
        lambda v: [v[0], v[0], *v[2:]],
        "actions: 1 keys occur more than once",
    ),
    "span off by one": ("dates", "char_start", lambda v: _first(v, v[0] + 1), "dates: 1 spans do not cover their raw"),
    "count": ("reports", "n_actions", lambda v: _first(v, 61), "reports: round 2017-12 says n_actions=61"),
}


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


# --- issue 14: what analysts and newcomers hit first ------------------------------------------------------------------

MODELS = ROOT / "models"


def test_the_wheel_carries_every_file_of_models(tmp_path):
    import zipfile

    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("rapportage-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        f"pipeline/models/{p.relative_to(MODELS).as_posix()}"
        for p in MODELS.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert shipped <= names, sorted(shipped - names)[:5]
    assert "pipeline/models/ner/model-best/meta.json" in names and "pipeline/models/organisations.jsonl" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "rapportage = pipeline.cli:cli" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_every_module_finds_models_through_one_home():
    from pipeline import train_ner
    from pipeline.extract import nlp
    from pipeline.gazetteer import default_gazetteer_path
    from pipeline.paths import model_file, models_dir

    assert models_dir() == MODELS
    assert nlp.MODEL_DIR == train_ner.NER_DIR == model_file("ner")
    assert model_file("organisations.jsonl") == default_gazetteer_path()
    hard_coded = [
        p
        for p in (ROOT / "pipeline").rglob("*.py")
        if p.name != "paths.py" and re.search(r'"models"', p.read_text(encoding="utf-8"))
    ]
    assert not hard_coded


@pytest.fixture(scope="module")
def one_round(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """A folder as users have it: the report, a README, a spreadsheet and a sub-folder with another report."""
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copy(RENDITIONS["text"], folder / "report-2017-12.txt")
    (folder / "README.md").write_text("# notes\n", encoding="utf-8")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "older").mkdir()
    shutil.copy(SYNTHETIC_TEXT, folder / "older" / SYNTHETIC_TEXT.name)
    out = tmp_path_factory.mktemp("one") / "processed"
    return out, rapportage("run", str(folder), "--out", str(out))


def test_folder_skips_other_files_with_one_note_and_says_sub_folders_are_not_searched(one_round):
    out, done = one_round
    assert done.returncode == 0, done.stderr
    stderr = " ".join(done.stderr.split())
    assert (
        stderr.count("README.md") == 1
        and "skipped 2 files that are no report (.pdf, .docx, .docm, .txt): README.md, budget.xlsx" in stderr
    )
    assert ".DS_Store" not in stderr
    assert "sub-folders not searched (older); add --recursive" in stderr
    assert sorted(p.name for p in (out / "reports").iterdir()) == ["report_id=2017-12"]


def test_recursive_takes_the_reports_in_sub_folders(one_round, tmp_path):
    from pipeline.inputs import collect_inputs

    folder = next(iter(one_round[0].parent.parent.glob("inbox*")))
    given = collect_inputs([folder], recursive=True)
    assert [p.name for p in given.files] == [SYNTHETIC_TEXT.name, "report-2017-12.txt"]
    assert not any("sub-folders" in n for n in given.notes) and not given.failures


def test_one_round_still_writes_every_dataset_and_changes_is_empty(one_round):
    import duckdb
    import pandas as pd
    import polars as pl

    out = one_round[0]
    for name in DATASETS:
        assert (out / name / "report_id=2017-12" / "part-0.parquet").is_file(), name
    changes = pd.read_parquet(out / "changes")
    assert len(changes) == 0 and "report_id" in changes.columns and "budget_delta_eur" in changes.columns
    assert duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out}/changes/*/*.parquet', hive_partitioning=true)"
    ).fetchall() == [(0,)]
    assert pl.read_parquet(f"{out}/changes/**/*.parquet", hive_partitioning=True).height == 0
    done = rapportage("compare", "--out", str(out))
    assert done.returncode == 1 and "holds one round (2017-12)" in " ".join(done.stderr.split())


def test_a_missing_input_writes_nothing(tmp_path):
    done = rapportage("run", str(tmp_path / "nothing.pdf"), "--out", str(tmp_path / "processed"))
    assert done.returncode == 1 and "no such file" in done.stderr
    assert not (tmp_path / "processed").exists()


def test_round_contradicting_the_title_page_stops_the_run(tmp_path):
    done = rapportage("run", str(RENDITIONS["text"]), "--round", "2018-06", "--out", str(tmp_path / "p"))
    stderr = " ".join(done.stderr.split())
    assert done.returncode == 2, done.stderr
    assert "names round 2017-12" in stderr and "--round says 2018-06" in stderr and "--override-round" in stderr
    assert not (tmp_path / "p" / "reports").exists()


def test_round_fills_in_and_override_relabels():
    from datetime import date

    from pipeline.parse import RoundConflict, check_file

    _, _, report = check_file(RENDITIONS["text"], "2018-06", override_round=True)
    assert report.report_id == "2018-06" and report.report_date == date(2018, 6, 1)
    _, _, report = check_file(RENDITIONS["text"], "2017-12")
    assert report.report_id == "2017-12"
    with pytest.raises(RoundConflict):
        check_file(RENDITIONS["text"], "2018-06")


def test_inspect_gives_the_verdict_and_exit_code_of_run(tmp_path):
    not_a_report = tmp_path / "notes.txt"
    not_a_report.write_text("Vergadering van het team.\n\nNiets over acties.\n", encoding="utf-8")
    ran = rapportage("run", str(not_a_report), "--out", str(tmp_path / "p"))
    inspected = rapportage("inspect", str(not_a_report))
    assert ran.returncode == inspected.returncode == 1
    assert "no actions found" in ran.stderr and "no actions found" in inspected.stderr
    conflict = rapportage("inspect", str(RENDITIONS["text"]), "--round", "2018-06")
    assert conflict.returncode == 2 and "--round says 2018-06" in " ".join(conflict.stderr.split())
    fine = rapportage("inspect", str(RENDITIONS["text"]))
    assert fine.returncode == 0 and "KB (Kanselarij en Bestuur) coörd." in fine.stdout


def test_the_frictionless_cli_validates_a_two_round_output(out):
    frictionless = Path(sys.executable).parent / "frictionless"
    done = subprocess.run(
        [str(frictionless), "validate", "datapackage.json", "--json"], cwd=out, capture_output=True, text=True
    )
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["valid"], [t["errors"][:2] for t in report["tasks"] if not t["valid"]]
    assert {t["name"] for t in report["tasks"]} == set(DATASETS)


def test_pandas_duckdb_and_polars_read_every_dataset_in_one_call(out):
    import duckdb
    import pandas as pd
    import polars as pl

    for name in DATASETS:
        frame = pd.read_parquet(out / name)
        assert set(frame.report_id.astype(str)) == {"2017-12", "2018-06"} or name == "changes", name
        sql = f"SELECT count(*) FROM read_parquet('{out}/{name}/*/*.parquet', hive_partitioning=true)"
        assert duckdb.sql(sql).fetchall() == [(len(frame),)], name
        assert pl.read_parquet(f"{out}/{name}/**/*.parquet", hive_partitioning=True).height == len(frame)


def test_entry_no_has_one_nullable_integer_type_and_dates_can_be_datetimes(out):
    import pandas as pd

    types = {
        name: str(pd.read_parquet(out / name).entry_no.dtype)
        for name in ("entries", "amounts", "dates", "organisations", "meetings")
    }
    assert set(types.values()) == {"Int32"}, types
    dates = pd.read_parquet(out / "dates", dtype_backend="pyarrow")
    assert dates.start.dt.year.dropna().between(2000, 2030).all()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    notebook = NOTEBOOK.read_text(encoding="utf-8")
    assert 'dtype_backend="pyarrow"' in readme and "dtype_backend" in notebook


def test_export_xlsx_reopens_with_the_rows_and_types_of_the_parquet(out, tmp_path):
    import datetime as dt

    import openpyxl
    import pandas as pd

    target = tmp_path / "rapportage.xlsx"
    done = rapportage("export", "--format", "xlsx", "--out", str(out), "--to", str(target))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["columns", *DATASETS]
    for name in DATASETS:
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        parquet = pd.read_parquet(out / name)
        excel = pd.read_excel(target, sheet_name=name)
        assert len(excel) == len(parquet) == sheet.max_row - 1, name
        assert list(excel.columns) == ["report_id", *[c for c in parquet.columns if c != "report_id"]]
    header = [c.value for c in book["dates"][1]]
    start = book["dates"].cell(2, header.index("start") + 1)
    assert isinstance(start.value, dt.datetime) and start.number_format == "yyyy-mm-dd"
    header = [c.value for c in book["actions"][1]]
    budgets = [
        r[header.index("budget_total_eur")]
        for r in book["actions"].iter_rows(min_row=2)
        if r[header.index("budget_total_eur")].value is not None
    ]
    assert budgets and all(isinstance(c.value, int | float) and "€" in c.number_format for c in budgets)
    domains = [r[header.index("policy_domains")].value for r in book["actions"].iter_rows(min_row=2, max_row=2)]
    assert domains == ["KB; OV; WVG; CJSM; WSE"]
    # cell by cell, every dataset: the workbook holds the Parquet values (lists joined, dates as dates)
    from pipeline.export import cell_text
    from pipeline.publish import read_dataset

    for name in DATASETS:
        table = read_dataset(out, name)
        expected = [
            [r["report_id"], *(cell_text(r[c]) for c in table.column_names if c != "report_id")]
            for r in table.to_pylist()
        ]
        got = [
            [c.date() if isinstance(c, dt.datetime) else c for c in row]
            for row in book[name].iter_rows(min_row=2, values_only=True)
        ]
        expected = [[None if v == "" else v for v in row] for row in expected]  # Excel keeps no empty strings
        assert got == expected, name
    excel_actions = pd.read_excel(target, sheet_name="actions")
    parquet_actions = pd.read_parquet(out / "actions")
    assert excel_actions.budget_total_eur.sum() == pytest.approx(parquet_actions.budget_total_eur.sum())
    described = pd.read_excel(target, sheet_name="columns").dropna(subset=["column"])
    assert {"amounts", "entry_no"} <= set(described.dataset) | set(described.column)
    assert "Status actie" in set(described["Dutch term"].dropna())


def test_export_csv_one_file_per_dataset_utf8_bom_lists_joined(out, tmp_path):
    import pandas as pd

    done = rapportage("export", "--format", "csv", "--out", str(out), "--to", str(tmp_path / "csv"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.stem for p in (tmp_path / "csv").glob("*.csv")) == sorted(DATASETS)
    raw = (tmp_path / "csv" / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "coördinatie".encode() not in raw[:3]
    actions = pd.read_csv(tmp_path / "csv" / "actions.csv", encoding="utf-8-sig")
    assert len(actions) == len(pd.read_parquet(out / "actions"))
    assert actions.policy_domains.iloc[0] == "KB; OV; WVG; CJSM; WSE" and "['" not in raw.decode("utf-8-sig")
    assert rapportage("export", "--format", "ods", "--to", str(tmp_path / "x")).returncode == 2


def test_show_prints_the_action_in_every_round(out):
    done = rapportage("show", "1.3", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "2017-12 action 1.3" in text and "2018-06 action 1.3" in text
    assert "Opgestart" in text and "Lopende (was Opgestart)" in text and "€ 45.000" in text
    history = json.loads(rapportage("show", "1.3", "--out", str(out), "--json").stdout)
    (lineage,) = history
    assert [r["round"] for r in lineage["rounds"]] == ["2017-12", "2018-06"]
    assert all(r["entries"] and r["facts"]["dates"] for r in lineage["rounds"])
    assert lineage["rounds"][1]["entries"][0]["amounts_eur"] == [45000.0]
    # The answer key rewrites 1.3's report in June: its sentences are marked, December's are all new.
    december, june = (r["sentences"] for r in lineage["rounds"])
    assert december["counts"]["carried"] == december["counts"]["revised"] == 0 and december["counts"]["new"] > 0
    assert any(s["status"] in ("new", "revised") for s in june["marked"]) and "+ new" in done.stdout
    assert "45.000" in " ".join(s["text"] for s in june["marked"] if s["status"] != "dropped")


def test_show_follows_renumbering(out):
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    renumbered = key.get("renumbered") or []
    history = json.loads(rapportage("show", "13.3", "--out", str(out), "--json").stdout)
    numbers = [(r["round"], r["action_id"]) for lineage in history for r in lineage["rounds"]]
    assert ("2017-12", "13.3") in numbers and ("2018-06", "13.2") in numbers, (numbers, renumbered)
    assert rapportage("show", "99.9", "--out", str(out)).returncode == 1


def test_cli_arguments_are_checked_and_debug_works_after_the_subcommand(out):
    assert rapportage("validate", str(out), "--debug").returncode == 0
    split = rapportage("evaluate", "--split", "foo")
    assert split.returncode == 2
    assert (
        "--split must be one of test, unseen, unseen-2021-06, unseen-2022-06, unseen-2023-06, unseen-2024-06, "
        "unseen-2025-06, unseen-2026-06, unseen-2026-12, dev" in split.stderr
    )
    one = rapportage("compare", "2017-12", "--out", str(out))
    assert one.returncode == 2 and "give two rounds" in one.stderr
    unknown = rapportage("compare", "2016-06", "2018-06", "--out", str(out))
    assert unknown.returncode == 2 and "no round 2016-06" in unknown.stderr


def test_every_argument_and_option_has_help():
    import typer.main

    from pipeline.cli import app

    group = typer.main.get_command(app)
    missing = [
        f"{name} {p.name}"
        for name, command in group.commands.items()
        for p in command.params
        if not getattr(p, "help", None) and p.name != "help"
    ]
    assert not missing


def test_run_report_spells_out_domains_and_shows_renumbering_and_budget_changes(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<td>KB</td><td>Kanselarij en Bestuur</td>" in page and "WVG (Welzijn, Volksgezondheid en Gezin)" in page
    assert "<h2>Renumbered actions</h2>" in page and "<td>13.3</td><td>13.2</td>" in page
    assert (
        "<h2>Budget change per action</h2>" in page
        and "<td>1.3</td><td class=num>–</td><td class=num>€ 45.000</td><td class=num>€ +45.000</td>" in page
    )
    assert not re.search(r"€ \d{1,3},\d{3}", page)  # one Dutch format: no English thousands commas


def test_setup_installs_only_on_a_changed_packaging_stamp(tmp_path):
    for name in ("pyproject.toml", "setup.py"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    log = tmp_path / "pip.log"
    # a stand-in interpreter that records what pip is asked to do (the real install is what CI runs)
    (venv / "python").write_text(f'#!/bin/sh\necho "$@" >> {log}\n', encoding="utf-8")
    (venv / "python").chmod(0o755)

    def setup(*extra: str) -> list[str]:
        log.unlink(missing_ok=True)
        subprocess.run(["bash", "scripts/setup.sh", *extra], cwd=tmp_path, check=True)
        return log.read_text().splitlines() if log.exists() else []

    assert setup()[-1] == "-m pip install --quiet -e ."  # runtime only: no test extras
    assert setup() == []  # nothing changed: no pip at all
    assert setup("test")[-1] == "-m pip install --quiet -e .[test]"
    assert setup() == []  # the test install covers running
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text() + "\n# changed\n")
    assert setup()[-1] == "-m pip install --quiet -e ."
    assert "setup.sh test" in (ROOT / "scripts" / "test.sh").read_text()
    assert "setup.sh\n" in (ROOT / "scripts" / "run.sh").read_text()
    assert "check_wheel.sh" in (ROOT / ".ci" / "run").read_text()
