"""Shared fixtures: the real December 2017 report in each rendition, parsed once per session.

Owns: the paths of the test fixtures, parsing them once, the report's dev sections as the extractor tests
read them (a minimal splitter, independent of the structure stage), and the hand-checked table of
tests/expected/ (parametrizing ``expected_action``). Test modules share helpers only through here.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline.gazetteer import load_gazetteer
from pipeline.gold import is_test_action
from pipeline.model import Report
from pipeline.read import read_document
from pipeline.structure import READING_VOCABULARY, build_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SYNTHETIC = FIXTURES / "synthetic"

RENDITIONS = {
    "text": FIXTURES / "report-2017-12.txt",
    "docx": FIXTURES / "report-2017-12.docx",
    "docx-paragraphs": FIXTURES / "report-2017-12-paragraphs.docx",
    "pdf": ROOT / "raw" / "actieplan-radicalisering-2017-12-tussentijdse-rapportage.pdf",
    "pdf-borderless": FIXTURES / "report-2017-12-borderless.pdf",
    # Other producers (WeasyPrint from HTML + CSS): see tests/fixtures/producers/README.md.
    "pdf-weasyprint-borderless": FIXTURES / "producers" / "f01-2017-12-weasyprint-none-table.pdf",
    "pdf-weasyprint-ruled-open-breaks": FIXTURES / "producers" / "f02-2017-12-weasyprint-full-table.pdf",
    "pdf-weasyprint-hrules-no-repeat": FIXTURES / "producers" / "f04-2017-12-weasyprint-horizontal-table.pdf",
}
DAMAGED = FIXTURES / "producers" / "d01-2017-12-weasyprint-full-table-DAMAGED-actie-5-2.pdf"
SYNTHETIC_TEXT = SYNTHETIC / "actieplan-radicalisering-2018-06-SYNTHETISCH-tussentijdse-rapportage.txt"


@functools.cache
def parse(path: Path) -> Report:
    doc = read_document(path, READING_VOCABULARY)
    return build_report(doc.blocks, doc.n_pages, doc.page_texts, gazetteer=load_gazetteer())


@pytest.fixture(params=sorted(RENDITIONS))
def rendition(request) -> tuple[str, Report]:
    return request.param, parse(RENDITIONS[request.param])


@pytest.fixture
def text_report() -> Report:
    return parse(RENDITIONS["text"])


@functools.cache
def extracted(path: Path):  # pipeline.extract.stage.Facts
    """The facts ``extract_report`` finds in the parsed report at ``path`` (default settings), once per
    session: the extract stage is deterministic, and the tests only read what it gives."""
    from pipeline.extract.stage import extract_report

    return extract_report(parse(path))


@pytest.fixture(scope="session")
def two_round_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """``rapportage run`` (a subprocess, as a user runs it) on the text form of 2017-12 and the synthetic
    2018-06 into a new folder, once per session: test_analyst, test_novelty_run and test_run read the same
    run (each asserts on it in its own fixture). A test that changes a folder changes a copy of it."""
    out = tmp_path_factory.mktemp("processed")
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(RENDITIONS["text"]), str(SYNTHETIC_TEXT), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    return out, done


# --- the hand-checked table of the December 2017 report ---------------------------------------------------

EXPECTED_ACTIONS = ROOT / "tests" / "expected" / "actions-2017-12.json"


@functools.cache
def _expected_actions() -> tuple[dict, ...]:
    return tuple(json.loads(EXPECTED_ACTIONS.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def expected_actions() -> list[dict]:
    """The hand-checked table (tests/expected/actions-2017-12.json): one record per action."""
    return list(_expected_actions())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test asking for ``expected_action`` runs once per action of the hand-checked table.
    if "expected_action" in metafunc.fixturenames:
        table = _expected_actions()
        metafunc.parametrize("expected_action", table, ids=[e["action_id"] for e in table])


@pytest.fixture(scope="session")
def round_texts() -> dict[str, Path]:
    """The text form of each round a rendition can be of, by report id."""
    return {"2017-12": RENDITIONS["text"], "2018-06": SYNTHETIC_TEXT}


# --- the real report's text in sections, for the extractor tests -------------------------------------------

_ACTION = re.compile(r"^Actie (\d+\.\d+)\s*(.*)$")
_SKIP = re.compile(
    r"^(Status actie|Verantwoordelijke ministers|Beleidsdomeinen|Andere betrokkenen"
    r"|Rapportage\s*$|Bevoegdheden\tBeschrijving)"
)
_TAG = re.compile(r"<[^>]+>")


def _report_sections(text: str) -> list[tuple[str, str, str, str]]:
    """(action_id, where, location, text) for every annotated piece of text, in order."""
    out: list[tuple[str, str, str, str]] = []
    action: str | None = None
    for line in text.split("\n"):
        if m := _ACTION.match(line):
            action = m[1]
            if m[2].strip():
                out.append((action, "description", "text", _TAG.sub(" ", m[2])))
            continue
        if action is None or not line.strip() or _SKIP.match(line):
            continue
        if re.match(r"^\d+\. ", line) and "\t" not in line:
            continue  # a measure heading
        cells = line.split("\t")
        if len(cells) >= 3:
            out.append((action, "entry", "text", _TAG.sub(" ", cells[1])))
            out.append((action, "entry", "budget", _TAG.sub(" ", "\t".join(cells[2:]))))
        else:
            out.append((action, "entry", "text", _TAG.sub(" ", cells[-1])))
    return out


@pytest.fixture(scope="session")
def report_text() -> str:
    """The text form of the real December 2017 report."""
    return RENDITIONS["text"].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_sections(report_text: str) -> list[tuple[str, str, str, str]]:
    """The sections of the report's dev actions (``pipeline.gold``'s split rule), as (action_id, where,
    location, text): a minimal splitter, independent of the structure stage."""
    return [s for s in _report_sections(report_text) if not is_test_action(s[0])]


# Hand-made PDF words (pdfplumber's word dicts) for the geometry tests of tests/test_pdf_*.py.
def words(text: str, x: float, top: float, size: float = 10.0) -> list[dict]:
    """One line's words from x on: 5 points per character, a 3-point word space, ``size`` high."""
    out = []
    for word in text.split():
        out.append(
            {
                "text": word,
                "x0": x,
                "x1": x + 5 * len(word),
                "top": top,
                "bottom": top + size,
                "size": size,
                "fontname": "400",
            }
        )
        x += 5 * len(word) + 3
    return out


def meeting_records(text: str, report_date: date) -> list[tuple[str, int | None, tuple[date, ...], bool]]:
    """(body, count, dates, planned) of every meeting found in ``text``: what the meeting tests compare."""
    from pipeline.extract.meetings import find_meetings

    return [(f.body, f.count, f.dates, f.planned) for f in find_meetings(text, report_date)]
