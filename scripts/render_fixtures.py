"""Render the parsed reports into the Word and PDF renditions the tests read.

    python scripts/render_fixtures.py [REPORT_TXT]      write all renditions
    python scripts/render_fixtures.py --check           re-render in a temp dir, compare sha256

REPORT_TXT defaults to ../shared/reports/actieplan-radicalisering-2017-12-tussentijdse-rapportage.txt
(relative to the repo root). The synthetic round is rendered too when its text
exists under tests/fixtures/synthetic/. Each text is parsed with
pipeline.read.read_document + pipeline.structure.build_report, then rendered:
tables .docx, paragraphs .docx (real round only), LibreOffice PDF of the tables
.docx, borderless reportlab PDF. Exit status of --check: 0 all identical, 1 some differ.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_docx import docx_to_pdf, fixed_timestamp, render_docx  # noqa: E402
from render_pdf_plain import render_pdf_plain  # noqa: E402

from pipeline.gazetteer import load_gazetteer  # noqa: E402
from pipeline.model import Report  # noqa: E402
from pipeline.read import read_document  # noqa: E402
from pipeline.structure import build_report  # noqa: E402

REAL_TXT = REPO.parent / "shared/reports/actieplan-radicalisering-2017-12-tussentijdse-rapportage.txt"
SYNTH_TXT = REPO / "tests/fixtures/synthetic/actieplan-radicalisering-2018-06-SYNTHETISCH-tussentijdse-rapportage.txt"


@dataclass(frozen=True)
class Output:
    """One rendition: where it goes (relative to the repo root) and how it is made."""

    rel: str
    make: Callable[[Report, Path, Path], None]  # (report, target, workdir)


def _docx_tables(report: Report, target: Path, _work: Path) -> None:
    render_docx(report, target, layout="tables")


def _docx_paragraphs(report: Report, target: Path, _work: Path) -> None:
    render_docx(report, target, layout="paragraphs")


def _pdf_libreoffice(report: Report, target: Path, work: Path) -> None:
    docx = render_docx(report, work / (target.stem + ".docx"), layout="tables")
    docx_to_pdf(docx, target, fixed_timestamp(report))


def _pdf_plain(report: Report, target: Path, _work: Path) -> None:
    render_pdf_plain(report, target)


def plan(real_txt: Path, synth_txt: Path) -> list[tuple[Path, str | None, list[Output]]]:
    """(source text, copy-to path or None, outputs) for each round to render."""
    rounds: list[tuple[Path, str | None, list[Output]]] = [
        (
            real_txt,
            "tests/fixtures/report-2017-12.txt",
            [
                Output("tests/fixtures/report-2017-12.docx", _docx_tables),
                Output("tests/fixtures/report-2017-12-paragraphs.docx", _docx_paragraphs),
                Output(
                    "raw/actieplan-radicalisering-2017-12-tussentijdse-rapportage.pdf",
                    _pdf_libreoffice,
                ),
                Output("tests/fixtures/report-2017-12-borderless.pdf", _pdf_plain),
            ],
        )
    ]
    if synth_txt.exists():
        base = "tests/fixtures/synthetic/report-2018-06-SYNTHETISCH"
        rounds.append(
            (
                synth_txt,
                None,
                [
                    Output(f"{base}.docx", _docx_tables),
                    Output(f"{base}.pdf", _pdf_libreoffice),
                    Output(f"{base}-borderless.pdf", _pdf_plain),
                ],
            )
        )
    return rounds


def parse(path: Path) -> Report:
    doc = read_document(path)
    report = build_report(doc.blocks, gazetteer=load_gazetteer())
    if report.warnings:
        print(f"  {path.name}: {len(report.warnings)} parse warnings", file=sys.stderr)
    return report


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def render_all(root: Path, real_txt: Path, synth_txt: Path) -> list[Path]:
    """Write every rendition under ``root`` (the repo, or a temp dir for --check)."""
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="render-work-") as tmp:
        for source, copy_to, outputs in plan(real_txt, synth_txt):
            report = parse(source)
            print(f"{source.name}: {len(report.actions())} actions")
            if copy_to:
                target = root / copy_to
                target.parent.mkdir(parents=True, exist_ok=True)
                # skip identical copies: the committed copy may be read-only
                if not target.exists() or target.read_bytes() != source.read_bytes():
                    shutil.copyfile(source, target)
                written.append(target)
            for out in outputs:
                target = root / out.rel
                target.parent.mkdir(parents=True, exist_ok=True)
                out.make(report, target, Path(tmp))
                written.append(target)
    return written


def pdf_pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def check(real_txt: Path, synth_txt: Path) -> int:
    """Re-render into a temp dir and compare with the committed files."""
    differ = 0
    with tempfile.TemporaryDirectory(prefix="render-check-") as tmp:
        for fresh in render_all(Path(tmp), real_txt, synth_txt):
            rel = fresh.relative_to(tmp)
            committed = REPO / rel
            if not committed.exists():
                print(f"MISSING  {rel}")
                differ += 1
            elif sha256(committed) == sha256(fresh):
                print(f"same     {rel}")
            else:
                print(f"DIFFERS  {rel}")
                differ += 1
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report_txt", nargs="?", type=Path, default=REAL_TXT)
    ap.add_argument("--synthetic", type=Path, default=SYNTH_TXT)
    ap.add_argument("--check", action="store_true", help="compare fresh renders with committed files")
    args = ap.parse_args(argv)
    if not args.report_txt.exists():
        print(f"no such report text: {args.report_txt}", file=sys.stderr)
        return 2
    if args.check:
        return check(args.report_txt, args.synthetic)
    for path in render_all(REPO, args.report_txt, args.synthetic):
        pages = pdf_pages(path) if path.suffix == ".pdf" else None
        extra = f", {pages} pages" if pages else ""
        print(f"  {path.relative_to(REPO)}: {path.stat().st_size:,} bytes{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
