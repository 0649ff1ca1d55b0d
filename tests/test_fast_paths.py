"""The fast paths of issue 16 keep their promises: what they import, what they read, what they call.

Timings themselves are in benchmarks/ (bench.py); these check the mechanisms, which could silently stop
working when a dependency or an import changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.executors import parse_all
from pipeline.novelty import split_sentences
from pipeline.publish import read_file

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT / "tests" / "fixtures" / "report-2017-12.txt"


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_read_file_is_read_table_without_the_dataset_module(tmp_path: Path) -> None:
    schema = pa.schema([("a", pa.list_(pa.string())), ("b", pa.date32())], metadata={b"note": b"kept"})
    table = pa.table({"a": [["x", "y"], None, []], "b": [None, None, None]}, schema=schema)
    file = tmp_path / "part-0.parquet"
    pq.write_table(table, file, compression="zstd")
    assert read_file(file).equals(pq.read_table(file), check_metadata=True)
    assert read_file(file, columns=["b"]).column_names == ["b"]
    # In a fresh process: reading imports neither pyarrow.dataset nor pandas.
    seen = _python(
        f"import sys; from pipeline.publish import read_file; read_file({str(file)!r});"
        "print('pyarrow.dataset' in sys.modules, 'pandas' in sys.modules)"
    )
    assert seen == "False False"


def test_the_cli_converts_to_arrow_without_pandas_and_pandas_still_works_after() -> None:
    seen = _python(
        "import sys; from pipeline.cli import _arrow_without_pandas; _arrow_without_pandas();"
        "import pyarrow as pa; pa.table({'a': [[1, 2]], 'b': ['x']}); print('pandas' in sys.modules);"
        "import pandas; print(pa.table({'a': [1]}).to_pandas()['a'].tolist())"
    )
    assert seen.splitlines() == ["False", "[1]"]


def test_inspect_imports_no_pyarrow() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pipeline.cli", "inspect", str(TEXT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
    assert "everything placed" in done.stdout or "things could not be placed" in done.stdout
    assert not imported & {"pyarrow", "numpy", "spacy", "matplotlib", "pandas"}


def _size(path: Path) -> int:
    return path.stat().st_size


def test_parse_all_runs_meanwhile_once_while_the_workers_parse() -> None:
    files = [
        TEXT,
        ROOT / "tests" / "fixtures" / "report-2017-12.docx",
        ROOT / "raw" / next(p.name for p in (ROOT / "raw").iterdir() if p.suffix == ".pdf"),
    ]
    calls = []
    results = parse_all(files, _size, jobs=2, meanwhile=lambda: calls.append("prepared"))
    assert results == [p.stat().st_size for p in files]  # in the order given, not the biggest-first order
    assert calls == ["prepared"]


def test_sentence_ends_after_initials_abbreviations_and_long_words() -> None:
    text = "Dit zegt J. Peeters o.a. over de VVSG. " + "X" * 5000 + ". Daarna volgt een zin. Einde"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["Dit zegt J. Peeters o.a. over de VVSG.", "X" * 5000 + ".", "Daarna volgt een zin.", "Einde"]


def _imported(*args: str) -> tuple[set[str], str]:
    """The top-level packages loaded by the command (run as `rapportage`) and what it printed."""
    code = (
        "import runpy, sys; sys.argv = ['rapportage', *sys.argv[1:]]\n"
        "try: runpy.run_module('pipeline.cli', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(done.stderr.split()), done.stdout


def test_read_only_commands_start_without_numpy_and_plain_options_without_pydantic(two_round_run) -> None:
    out, done = two_round_run  # `rapportage run` on TEXT and the synthetic round (conftest: once per session)
    assert done.returncode == 0, done.stderr
    loaded, shown = _imported("show", "1.3", "--out", str(out))
    assert "Action 1.3" in shown and not loaded & {"numpy", "pandas", "pydantic"}
    loaded, shown = _imported("show", "1.3", "--json", "--out", str(out))
    assert '"action_id": "1.3"' in shown and not loaded & {"numpy", "pandas", "pydantic"}
    loaded, _ = _imported("inspect", str(TEXT), "--round", "2017-12")
    assert "pydantic" not in loaded


def _model_loaded_before_the_task(path: Path) -> tuple[int, bool]:
    from pipeline.extract import nlp

    return os.getpid(), nlp._load.cache_info().currsize == 1


def test_parallel_workers_start_with_the_model_loaded_once_for_all() -> None:
    # As the command line runs them (meanwhile given): forked from one process that loaded the model.
    files = [TEXT, TEXT.with_suffix(".docx"), TEXT]
    results = parse_all(files, _model_loaded_before_the_task, jobs=2, meanwhile=lambda: None)
    assert all(loaded for _, loaded in results)
    assert os.getpid() not in {pid for pid, _ in results}
