"""Shared fixtures: the real December 2017 report in each rendition, parsed once per session."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from pipeline.gazetteer import load_gazetteer
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
