"""Render both rounds through several producers and layout parameters: the rendition matrix.

    python scripts/render_matrix.py --out build/matrix --seed 1     # the whole matrix + manifest.json
    python scripts/render_matrix.py --out DIR --only m01,m02        # some renditions of it
    python scripts/render_matrix.py --sample                         # the committed sample in tests/fixtures/matrix
    python scripts/render_matrix.py --list                           # print the plan, render nothing

The rounds are the real December 2017 report (tests/fixtures/report-2017-12.txt) and the
SYNTHETIC June 2018 round (tests/fixtures/synthetic/...-SYNTHETISCH-...txt), each parsed with
pipeline.read.read_document + pipeline.structure.build_report. The producers:

    libreoffice  python-docx .docx (kept as a rendition too) → LibreOffice headless → PDF
    reportlab    platypus tables
    weasyprint   HTML + CSS (matrix_html)
    chromium     the same HTML, headless Chromium --print-to-pdf
    typst        Typst markup compiled by the Typst compiler (PyPI typst; matrix_typst)
    fpdf2        fpdf2's line breaking, tables drawn row by row (matrix_fpdf)
    xhtml2pdf    HTML + its own CSS laid out by xhtml2pdf (matrix_xhtml2pdf)

Not a cartesian product: ``plan(seed)`` first lists a few fixed renditions (the problem cases
the sample in tests/fixtures/matrix/ must hold), then for every producer draws a Latin-style
cover with random.Random(seed): every value of every parameter the producer supports appears
with it at least once. One deliberately damaged rendition draws one action's "Actie N.N"
label as an image (no text layer). manifest.json lists each file, producer and parameters.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from matrix_layout import EXTRA_SPACE, SPACE, Layout  # noqa: E402

from pipeline.gazetteer import load_gazetteer  # noqa: E402
from pipeline.model import Report  # noqa: E402
from pipeline.read import read_document  # noqa: E402
from pipeline.structure import build_report  # noqa: E402

ROUNDS: dict[str, Path] = {
    "2017-12": REPO / "tests/fixtures/report-2017-12.txt",
    "2018-06": REPO
    / "tests/fixtures/synthetic/actieplan-radicalisering-2018-06-SYNTHETISCH-tussentijdse-rapportage.txt",
}
SYNTHETIC_ROUNDS = {"2018-06"}
DAMAGED_ACTION = "5.2"  # its "Actie 5.2" label is an image in the damaged rendition

ALL_PARAMS = tuple(SPACE)
# The parameters each producer can vary. LibreOffice and reportlab draw every ruling on both
# sides of a page break (no box-decoration-break choice): break_border is None for them.
SUPPORTS: dict[str, tuple[str, ...]] = {
    "weasyprint": ALL_PARAMS,
    "chromium": ALL_PARAMS,
    "reportlab": tuple(p for p in ALL_PARAMS if p != "break_border"),
    "libreoffice": tuple(p for p in ALL_PARAMS if p != "break_border"),
    # Producers added after seed 1's renditions were built: listed after them, so that the draws of the
    # producers above stay as built; they also sample orientation and shading (no renditions to keep).
    "typst": tuple(p for p in ALL_PARAMS if p != "break_border") + tuple(EXTRA_SPACE),
    "fpdf2": tuple(p for p in ALL_PARAMS if p != "break_border") + tuple(EXTRA_SPACE),
    # xhtml2pdf moves a row that does not fit to the next page and cuts one only where it fits no page:
    # no row_split choice (left at its default, True, in the manifest).
    "xhtml2pdf": tuple(p for p in ALL_PARAMS if p not in ("break_border", "row_split")) + tuple(EXTRA_SPACE),
}
VALUES = {**SPACE, **EXTRA_SPACE}
# The rendition id's letter: the producer's initial, unless a fixed rendition's letter has it (f, x).
PREFIX = {"fpdf2": "p", "xhtml2pdf": "h"}
# Sampled renditions per producer (≥ the largest value set, so the cover fits).
PER_PRODUCER = {"typst": 8, "fpdf2": 8, "xhtml2pdf": 8}
# The committed sample (tests/fixtures/matrix/): the fixed problem cases, the damaged one, and
# three sampled LibreOffice renditions whose .docx are the sample's Word files.
SAMPLE_IDS = (
    "f01",
    "f02",
    "f03",
    "f04",
    "f05",
    "f06",
    "f07",
    "f08",
    "d01",
    "l02",
    "l03",
    "l04",
    "r01",
    "r02",
    "r03",
    "r04",
    "r06",
    "w01",
    "c06",
    "x01",
    "x02",
    "t01",
    "t05",
    "p04",
    "p05",
    "h01",
    "h03",
)
SAMPLE_DIR = REPO / "tests/fixtures/matrix"


@dataclass(frozen=True)
class Rendition:
    rid: str
    round_id: str
    producer: str
    layout: Layout
    damaged: str | None = None
    purpose: str = ""

    @property
    def synthetic(self) -> bool:
        return self.round_id in SYNTHETIC_ROUNDS

    def stem(self) -> str:
        tag = "-SYNTHETISCH" if self.synthetic else ""
        dmg = f"-DAMAGED-actie-{self.damaged.replace('.', '-')}" if self.damaged else ""
        lay = self.layout
        return f"{self.rid}-{self.round_id}{tag}-{self.producer}-{lay.rulings}-{lay.field_block}{dmg}"


def _fixed(rid: str, round_id: str, producer: str, purpose: str, damaged: str | None = None, **kw) -> Rendition:
    base = Layout(break_border="slice" if producer in ("weasyprint", "chromium") else None)
    return Rendition(rid, round_id, producer, replace(base, **kw), damaged, purpose)


def fixed_renditions() -> list[Rendition]:
    """The problem cases, always in the matrix (the first four are the early batch for the reader)."""
    return [
        _fixed(
            "f01",
            "2017-12",
            "weasyprint",
            "borderless HTML",
            rulings="none",
            header="left",
            footer="dash",
            margins="wide",
            size=9,
            widths="narrow",
        ),
        _fixed(
            "f02",
            "2017-12",
            "weasyprint",
            "ruled, no border at the break (slice), rows split",
            rulings="full",
            break_border="slice",
            row_split=True,
        ),
        _fixed(
            "f03",
            "2017-12",
            "chromium",
            "ruled by another HTML engine, no border at the break",
            rulings="full",
            break_border="slice",
            row_split=True,
            footer="p-n-m",
        ),
        _fixed(
            "f04",
            "2017-12",
            "weasyprint",
            "no repeated header row, horizontal rules",
            rulings="horizontal",
            header_repeat=False,
            break_border="slice",
            font="dejavu-sans",
        ),
        _fixed(
            "f05",
            "2018-06",
            "weasyprint",
            "SYNTHETIC round borderless, middle-aligned, label wrapped",
            rulings="none",
            valign="middle",
            label_wrap=True,
            footer="none",
            header="none",
        ),
        _fixed(
            "f06",
            "2018-06",
            "chromium",
            "SYNTHETIC round, Label: value paragraphs, Maatregel N: headings",
            rulings="frame",
            field_block="colon",
            headings="maatregel",
            cover=True,
        ),
        _fixed(
            "f07",
            "2017-12",
            "libreoffice",
            "Word tables, no repeated header, rows may not split, middle",
            rulings="full",
            header_repeat=False,
            row_split=False,
            valign="middle",
            footer="dash",
        ),
        _fixed(
            "f08",
            "2017-12",
            "reportlab",
            "Label value lines, wrapped label, numbered headings, cover",
            rulings="horizontal",
            field_block="lines",
            label_wrap=True,
            headings="numbered",
            cover=True,
            header="left",
            footer="p-n-m",
            font="dejavu-serif",
        ),
        # Layouts real producers use that the sampler does not vary (``matrix_layout.EXTRA_SPACE``).
        _fixed(
            "x01",
            "2017-12",
            "weasyprint",
            "landscape, zebra-shaded rows without rulings",
            rulings="none",
            shading="zebra",
            orientation="landscape",
            font="dejavu-sans",
            size=9,
        ),
        _fixed(
            "x02",
            "2018-06",
            "chromium",
            "SYNTHETIC round, zebra-shaded rows without rulings, middle-aligned, narrow margins",
            rulings="none",
            shading="zebra",
            valign="middle",
            margins="narrow",
            font="dejavu-serif",
        ),
        _fixed(
            "x03",
            "2017-12",
            "reportlab",
            "landscape, zebra-shaded rows inside an outer frame, Label value lines",
            rulings="frame",
            shading="zebra",
            orientation="landscape",
            field_block="lines",
            font="dejavu-serif",
        ),
        _fixed(
            "d01",
            "2017-12",
            "weasyprint",
            f"DAMAGED: the 'Actie {DAMAGED_ACTION}' label is an image",
            damaged=DAMAGED_ACTION,
            rulings="full",
            break_border="clone",
        ),
    ]


def _cover_column(values: tuple, n: int, rng: random.Random) -> list:
    """n values in which every value occurs (n ≥ len(values)), in random order."""
    column = list(values) * (n // len(values)) + rng.sample(list(values), n % len(values))
    rng.shuffle(column)
    return column


def sampled_renditions(seed: int) -> list[Rendition]:
    rng = random.Random(seed)
    out: list[Rendition] = []
    for producer, params in SUPPORTS.items():
        n = max(PER_PRODUCER.get(producer, 7), *(len(VALUES[p]) for p in params))
        columns = {p: _cover_column(VALUES[p], n, rng) for p in params}
        rounds = _cover_column(tuple(ROUNDS), n, rng)
        for i in range(n):
            kw = {p: columns[p][i] for p in params}
            if "break_border" not in params:
                kw["break_border"] = None
            rid = f"{PREFIX.get(producer, producer[0])}{i + 1:02d}"
            out.append(Rendition(rid, rounds[i], producer, Layout(**kw), purpose="sampled"))
    return out


def plan(seed: int) -> list[Rendition]:
    return fixed_renditions() + sampled_renditions(seed)


def coverage(renditions: list[Rendition]) -> dict[str, dict[str, list]]:
    """For each producer and supported parameter: the values never used (empty = covered)."""
    gaps: dict[str, dict[str, list]] = {}
    for producer, params in SUPPORTS.items():
        used = [r.layout for r in renditions if r.producer == producer]
        for p in params:
            missing = [v for v in VALUES[p] if all(getattr(lay, p) != v for lay in used)]
            if missing:
                gaps.setdefault(producer, {})[p] = missing
    return gaps


# --------------------------------------------------------------------- producing


@dataclass
class Produced:
    files: list[Path]
    version: str
    notes: list[str] = field(default_factory=list)


def _weasyprint(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_html import render_weasyprint, weasyprint_version

    pdf = out / f"{r.stem()}.pdf"
    render_weasyprint(report, r.layout, pdf, r.damaged)
    return Produced([pdf], weasyprint_version())


def _chromium(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_html import chromium_version, render_chromium

    pdf = out / f"{r.stem()}.pdf"
    render_chromium(report, r.layout, pdf, r.damaged)
    return Produced([pdf], chromium_version())


def _reportlab(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_reportlab import render_reportlab, reportlab_version

    pdf = out / f"{r.stem()}.pdf"
    notes = render_reportlab(report, r.layout, pdf, r.damaged)
    return Produced([pdf], reportlab_version(), notes)


def _libreoffice(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_docx import libreoffice_version, render_matrix_docx, rows_lost
    from render_docx import docx_to_pdf, fixed_timestamp

    docx = out / f"{r.stem()}.docx"
    pdf = out / f"{r.stem()}.pdf"
    render_matrix_docx(report, r.layout, docx)
    docx_to_pdf(docx, pdf, fixed_timestamp(report))
    notes = []
    lost = rows_lost(report, pdf) if not r.layout.row_split else frozenset()
    if lost:
        # LibreOffice drops the text of a row it may not split that overflows its page: let those split.
        render_matrix_docx(report, r.layout, docx, lost)
        docx_to_pdf(docx, pdf, fixed_timestamp(report))
        rows = ", ".join(f"{aid} entry {n}" for aid, n in sorted(lost))
        notes.append(f"rows taller than the space on their page may split (else LibreOffice drops text): {rows}")
    return Produced([pdf, docx], libreoffice_version(), notes)


def _typst(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_typst import render_typst, typst_version

    pdf = out / f"{r.stem()}.pdf"
    notes = render_typst(report, r.layout, pdf, r.damaged)
    return Produced([pdf], typst_version(), notes)


def _fpdf2(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_fpdf import fpdf_version, render_fpdf

    pdf = out / f"{r.stem()}.pdf"
    notes = render_fpdf(report, r.layout, pdf, r.damaged)
    return Produced([pdf], fpdf_version(), notes)


def _xhtml2pdf(report: Report, r: Rendition, out: Path) -> Produced:
    from matrix_xhtml2pdf import render_xhtml2pdf, xhtml2pdf_version

    pdf = out / f"{r.stem()}.pdf"
    render_xhtml2pdf(report, r.layout, pdf, r.damaged)
    return Produced([pdf], xhtml2pdf_version())


PRODUCERS: dict[str, Callable[[Report, Rendition, Path], Produced]] = {
    "weasyprint": _weasyprint,
    "chromium": _chromium,
    "reportlab": _reportlab,
    "libreoffice": _libreoffice,
    "typst": _typst,
    "fpdf2": _fpdf2,
    "xhtml2pdf": _xhtml2pdf,
}


def parse_round(round_id: str) -> Report:
    doc = read_document(ROUNDS[round_id])
    return build_report(doc.blocks, doc.n_pages, gazetteer=load_gazetteer())


def pdf_pages(path: Path) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(str(path)))


def manifest_entries(r: Rendition, produced: Produced, out: Path) -> list[dict]:
    rows = []
    for f in produced.files:
        rows.append(
            {
                "file": f.name,
                "format": f.suffix[1:],
                "round": r.round_id,
                "synthetic": r.synthetic,
                "source": str(ROUNDS[r.round_id].relative_to(REPO)),
                "producer": r.producer if f.suffix == ".pdf" else "python-docx",
                "producer_version": produced.version if f.suffix == ".pdf" else "python-docx",
                "rendition": r.rid,
                "purpose": r.purpose,
                "params": r.layout.as_dict(),
                "damaged": {"action": r.damaged, "how": "its 'Actie N.N' label is a PNG image, no text layer"}
                if r.damaged
                else None,
                "notes": produced.notes,
                "pages": pdf_pages(f) if f.suffix == ".pdf" else None,
                "bytes": f.stat().st_size,
            }
        )
    return rows


def write_manifest(out: Path, seed: int, entries: list[dict], renditions: list[Rendition], command: str) -> Path:
    path = out / "manifest.json"
    doc = {
        "generator": "scripts/render_matrix.py",
        "seed": seed,
        "command": command,
        "note": "Renditions of the real December 2017 report and of the SYNTHETIC June 2018 round "
        "(every synthetic file name contains SYNTHETISCH; its title page says so).",
        "plan_coverage_gaps": coverage(renditions),  # of the whole plan for this seed, not only this folder
        "renditions": sorted(entries, key=lambda e: e["file"]),
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "build/matrix")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="comma-separated rendition ids (f01,w03,...)")
    ap.add_argument("--producers", help="comma-separated producers to render")
    ap.add_argument("--list", action="store_true", help="print the plan and render nothing")
    ap.add_argument("--sample", action="store_true", help=f"render the committed sample into {SAMPLE_DIR.name}/")
    args = ap.parse_args(argv)
    if args.sample:
        args.out, args.only = SAMPLE_DIR, args.only or ",".join(SAMPLE_IDS)
    renditions = plan(args.seed)
    if args.list:
        for r in renditions:
            print(r.stem(), json.dumps(r.layout.as_dict()))
        print("coverage gaps:", coverage(renditions) or "none")
        return 0
    chosen = renditions
    if args.only:
        ids = set(args.only.split(","))
        chosen = [r for r in chosen if r.rid in ids]
    if args.producers:
        names = set(args.producers.split(","))
        chosen = [r for r in chosen if r.producer in names]
    args.out.mkdir(parents=True, exist_ok=True)
    shown = [a for a in (argv if argv is not None else sys.argv[1:])]
    command = " ".join(["python scripts/render_matrix.py", *shown]) if shown else "python scripts/render_matrix.py"
    previous = args.out / "manifest.json"
    entries: dict[str, dict] = {}
    if previous.exists():  # keep what an earlier (partial) run wrote and still exists
        for e in json.loads(previous.read_text(encoding="utf-8"))["renditions"]:
            if (args.out / e["file"]).exists():
                entries[e["file"]] = e
    reports = {rid: parse_round(rid) for rid in sorted({r.round_id for r in chosen})}
    failed = 0
    for r in chosen:
        t0 = time.perf_counter()
        try:
            produced = PRODUCERS[r.producer](reports[r.round_id], r, args.out)
        except Exception as exc:  # one producer failing must not cost the others
            print(f"FAILED {r.stem()}: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed += 1
            continue
        for e in manifest_entries(r, produced, args.out):
            entries[e["file"]] = e
        names = ", ".join(f.name for f in produced.files)
        print(f"{time.perf_counter() - t0:6.1f}s  {names}", flush=True)
        write_manifest(args.out, args.seed, list(entries.values()), renditions, command)
    write_manifest(args.out, args.seed, list(entries.values()), renditions, command)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
