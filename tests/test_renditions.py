"""The render script rebuilds the committed Word and borderless-PDF fixtures byte for byte.

(The LibreOffice PDFs need LibreOffice, which CI does not install: `scripts/render_fixtures.py --check`
covers them where it is present.)"""

from __future__ import annotations

import hashlib
import sys

import pytest
from conftest import ROOT, SYNTHETIC_TEXT, parse

pytest.importorskip("reportlab")
sys.path.insert(0, str(ROOT / "scripts"))

import render_fixtures  # noqa: E402


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "source, rel, make",
    [
        (ROOT / "tests/fixtures/report-2017-12.txt", "tests/fixtures/report-2017-12.docx", "_docx_tables"),
        (
            ROOT / "tests/fixtures/report-2017-12.txt",
            "tests/fixtures/report-2017-12-paragraphs.docx",
            "_docx_paragraphs",
        ),
        (ROOT / "tests/fixtures/report-2017-12.txt", "tests/fixtures/report-2017-12-borderless.pdf", "_pdf_plain"),
        (SYNTHETIC_TEXT, "tests/fixtures/synthetic/report-2018-06-SYNTHETISCH.docx", "_docx_tables"),
        (SYNTHETIC_TEXT, "tests/fixtures/synthetic/report-2018-06-SYNTHETISCH-borderless.pdf", "_pdf_plain"),
    ],
)
def test_fixture_rebuilds_byte_for_byte(tmp_path, source, rel, make):
    target = tmp_path / rel.rsplit("/", 1)[-1]
    getattr(render_fixtures, make)(parse(source), target, tmp_path)
    assert _sha(target) == _sha(ROOT / rel)
