"""Settings: read from the environment in one place and handed down (the PDF backend reaches the reader
through the arguments, not the environment); the CLI module and the per-file stage import nothing heavy;
the read package has no import cycle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RENDITIONS

import pipeline.read
from pipeline.limits import Limits
from pipeline.parse import InputError, check_file
from pipeline.paths import models_dir
from pipeline.run import run
from pipeline.settings import PDF_BACKEND_ENV, Settings

HEAVY = ("spacy", "pandas", "matplotlib", "pdfplumber", "pypdfium2", "dask", "pyarrow")


def test_defaults_and_the_environment():
    assert Settings() == Settings(models_dir(), "pdfium", Limits(), True)
    assert Settings.from_environment({}).pdf_backend == "pdfium"
    assert Settings.from_environment({PDF_BACKEND_ENV: "pdfplumber"}).pdf_backend == "pdfplumber"
    given = Settings.from_environment({PDF_BACKEND_ENV: "pdfplumber"}, limits=Limits(pdf_pages=5))
    assert (given.pdf_backend, given.limits.pdf_pages) == ("pdfplumber", 5)


def test_the_backend_is_passed_to_the_pdf_reader(monkeypatch):
    """An unknown backend named in the settings is the PDF reader's error; the environment is not read below."""
    with pytest.raises(InputError, match="unknown PDF backend 'nope'; use one of pdfium, pdfplumber"):
        check_file(RENDITIONS["pdf"], settings=Settings(pdf_backend="nope"))
    monkeypatch.setenv(PDF_BACKEND_ENV, "nope")
    _, document, _ = check_file(RENDITIONS["pdf"], settings=Settings())  # the settings given win
    assert document.source_format == "pdf"
    with pytest.raises(InputError, match="unknown PDF backend 'nope'"):
        check_file(RENDITIONS["pdf"])  # no settings: Settings.from_environment()


def test_a_run_takes_the_backend_from_its_settings(tmp_path):
    summary = run([RENDITIONS["pdf"]], tmp_path / "out", settings=Settings(pdf_backend="nope"))
    assert summary.processed == [] and len(summary.failures) == 1
    assert "unknown PDF backend 'nope'; use one of pdfium, pdfplumber" in summary.failures[0]


def _imported_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in done.stdout.split()}


def test_the_cli_module_imports_nothing_heavy():
    assert not _imported_by("import pipeline.cli") & set(HEAVY)


def test_the_per_file_stage_and_the_policy_import_no_dataset_writer():
    # inspect runs check_file: no pyarrow (publishing), no spaCy (extraction), no PDF library until a PDF is read.
    assert not _imported_by("import pipeline.parse, pipeline.rounds, pipeline.settings") & set(HEAVY)


def test_no_reader_imports_the_read_package():
    """The format readers import their shared records from read.base, never from the package that
    dispatches to them (the cycle read <-> read.pdf / read.docx)."""
    folder = Path(pipeline.read.__file__).parent
    for source in sorted(folder.glob("*.py")):
        if source.name == "__init__.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
        assert "pipeline.read" not in imported, source.name


def test_run_called_from_python_does_the_whole_job(tmp_path):
    """What the README says every run does — datasets, comparison, data package, run report, dossier —
    without the CLI; the summary says what the folder holds, which is what the CLI prints."""
    out = tmp_path / "out"
    summary = run([RENDITIONS["text"]], out, settings=Settings())
    assert summary.processed == ["2017-12"] and summary.compared and not summary.failures
    assert set(summary.outputs) == {"data dictionary", "run report", "action dossier"}
    assert [p.name for p in summary.outputs.values()] == ["datapackage.json", "report.html", "dossier.html"]
    assert all(p.is_file() and p.parent == out for p in summary.outputs.values())
    assert (out / "changes").is_dir() and (out / "timeline").is_dir() and (out / "novelty").is_dir()
    assert summary.counts["actions"] == {"2017-12": 62}
    assert set(summary.counts) >= {"reports", "actions", "entries", "dates", "amounts", "organisations"}
    again = run([RENDITIONS["text"]], out, settings=Settings())  # nothing new: still described
    assert again.skipped == [RENDITIONS["text"].name] and again.counts == summary.counts
    assert run([tmp_path / "none"], tmp_path / "empty").outputs == {}  # no datasets: nothing to describe
