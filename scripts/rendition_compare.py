"""How far the renditions of a matrix parse like the text form of their round: one table row each.

The comparison itself is ``pipeline.report_diff`` (the structure and matrix tests use it too).

    python scripts/rendition_compare.py [MANIFEST_OR_DIR ...]

prints, for every rendition in the manifests (default: tests/fixtures/matrix and, when
built, build/matrix), the actions parsed out of those in the text form, the number of
differing fields against the text form (and the number of actions they are in) and against
the hand-checked table.

    python scripts/rendition_compare.py --detail l04,c07 [MANIFEST_OR_DIR ...]

prints, for the renditions whose file names start with those ids, every differing field instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.model import Report  # noqa: E402
from pipeline.report_diff import differences, hand_checked_differences  # noqa: E402

EXPECTED_2017_12 = ROOT / "tests" / "expected" / "actions-2017-12.json"
ROUND_TEXTS = {
    "2017-12": ROOT / "tests/fixtures/report-2017-12.txt",
    "2018-06": ROOT
    / "tests/fixtures/synthetic/actieplan-radicalisering-2018-06-SYNTHETISCH-tussentijdse-rapportage.txt",
}


# ≠ text: fields differing from the text form; in: the actions they are in; ≠ hand: from the hand-checked table.
HEADER = f"{'rendition':<62} {'producer':<12} {'actions':>8} {'≠ text':>7} {'in':>6} {'≠ hand':>7}"


def load_expected() -> list[dict]:
    return json.loads(EXPECTED_2017_12.read_text(encoding="utf-8"))


# --------------------------------------------------------------------- the table


def _parse(path: Path) -> Report:
    from pipeline.gazetteer import load_gazetteer
    from pipeline.read import read_document
    from pipeline.structure import READING_VOCABULARY, build_report

    # As the pipeline and the tests read: with the report's table vocabulary and the self-check.
    doc = read_document(path, READING_VOCABULARY)
    return build_report(doc.blocks, doc.n_pages, doc.page_texts, gazetteer=load_gazetteer())


def detail(manifests: list[Path], ids: list[str]) -> None:
    """Every field of the chosen renditions that differs from the text form (and the hand-checked table)."""
    references = {rid: _parse(p) for rid, p in ROUND_TEXTS.items()}
    expected = load_expected()
    for manifest in manifests:
        for e in json.loads(manifest.read_text(encoding="utf-8"))["renditions"]:
            if not any(e["file"].startswith(i) for i in ids):
                continue
            report = _parse(manifest.parent / e["file"])
            print(f"== {e['file']} ({len(report.actions())} actions)")
            for d in differences(references[e["round"]], report):
                print(f"  text: {d}")
            for d in hand_checked_differences(report, expected) if e["round"] == "2017-12" else []:
                print(f"  hand: {d}")


def table(manifests: list[Path]) -> list[str]:
    references = {rid: _parse(p) for rid, p in ROUND_TEXTS.items()}
    expected = load_expected()
    out = [HEADER]
    for manifest in manifests:
        folder = manifest.parent
        for e in json.loads(manifest.read_text(encoding="utf-8"))["renditions"]:
            ref = references[e["round"]]
            try:
                report = _parse(folder / e["file"])
            except Exception as exc:  # a rendition the reader rejects is a row of the table, not a crash
                out.append(f"{e['file']:<62} {e['producer']:<12} {'error':>8}  {type(exc).__name__}: {exc}"[:200])
                continue
            n = f"{len(report.actions())}/{len(ref.actions())}"
            hand = str(len(hand_checked_differences(report, expected))) if e["round"] == "2017-12" else "-"
            dmg = "  (damaged: " + e["damaged"]["action"] + ")" if e.get("damaged") else ""
            diffs = differences(ref, report)
            n_actions = len({d.action_id for d in diffs})
            row = f"{e['file']:<62} {e['producer']:<12} {n:>8} {len(diffs):>7} {n_actions:>6} {hand:>7}{dmg}"
            out.append(row)
            print(row, flush=True)
    return out


def main(argv: list[str]) -> int:
    ids: list[str] = []
    if argv[:1] == ["--detail"] and len(argv) > 1:
        ids, argv = argv[1].split(","), argv[2:]
    paths = [Path(a) for a in argv] or [ROOT / "tests/fixtures/matrix", ROOT / "build/matrix"]
    manifests = [p / "manifest.json" if p.is_dir() else p for p in paths]
    manifests = [m for m in manifests if m.exists()]
    if not manifests:
        print("no manifest.json found (build the matrix: python scripts/render_matrix.py)", file=sys.stderr)
        return 2
    if ids:
        detail(manifests, ids)
        return 0
    print(HEADER)
    table(manifests)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
