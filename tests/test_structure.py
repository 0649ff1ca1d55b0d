"""The structure parser on the real December 2017 report, in every rendition."""

from __future__ import annotations

import json
import re

import pytest
from conftest import RENDITIONS, SYNTHETIC, SYNTHETIC_TEXT, parse
from rendition_compare import failure_message, hand_checked_differences, load_expected, norm
from rendition_compare import report_fields as _fields

from pipeline.model import Report
from pipeline.structure import split_competences, split_domains, split_parties

EXPECTED = load_expected()


def action_ids(report: Report) -> list[str]:
    return [a.action_id for a in report.actions()]


def test_all_62_actions_in_order(rendition):
    name, report = rendition
    ids = action_ids(report)
    assert len(ids) == 62, name
    assert ids[0] == "1.1" and ids[-1] == "14.8"
    assert [m.measure_no for pl in report.policy_lines for m in pl.measures] == list(range(1, 15))
    assert len(report.policy_lines) == 5
    for a in report.actions():
        assert a.status, (name, a.action_id)
        assert a.ministers, (name, a.action_id)
        assert a.policy_domains, (name, a.action_id)


def test_round_from_title_page(rendition):
    name, report = rendition
    assert report.report_id == "2017-12"
    assert str(report.report_date) == "2017-12-01"
    assert report.title == "Actieplan ter preventie van gewelddadige radicalisering en polarisering"
    assert not report.synthetic


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["action_id"] for e in EXPECTED])
def test_hand_checked_actions(rendition, expected):
    name, report = rendition
    located = report.locate(expected["action_id"])
    assert located, (name, expected["action_id"])
    diffs = hand_checked_differences(report, [expected])
    assert not diffs, failure_message(name, diffs)


@pytest.mark.parametrize("other", [k for k in sorted(RENDITIONS) if k != "text"])
def test_renditions_agree_field_by_field(other):
    reference = _fields(parse(RENDITIONS["text"]))
    got = _fields(parse(RENDITIONS[other]))
    assert len(got) == len(reference)
    for want, have in zip(reference, got, strict=True):
        assert have == want


def test_pdf_pages_are_known(rendition):
    name, report = rendition
    if name.startswith("pdf"):
        assert report.n_pages and report.n_pages > 20
        pages = [a.page for a in report.actions()]
        assert all(p is not None for p in pages)
        assert pages == sorted(pages)


def test_only_the_typo_warnings_on_the_real_text(text_report):
    messages = [w.message for w in text_report.warnings]
    assert messages == ["policy domain code 'CISM' read as 'CJSM'"] * 2


def test_splitters():
    assert split_competences("Binnenlands Bestuur Welzijn") == (["Binnenlands Bestuur", "Welzijn"], True)
    assert split_competences("Onderwijs Welzijn Integratie Werk")[0] == ["Onderwijs", "Welzijn", "Integratie", "Werk"]
    assert split_domains("WVG (coördinatie) WSE OV CJSM") == (["WVG", "WSE", "OV", "CJSM"], "WVG", [])
    codes, _, warnings = split_domains("KB CISM")
    assert codes == ["KB", "CJSM"] and warnings
    assert split_parties("OCAD FOD Justitie VVSG") == ["OCAD", "FOD Justitie", "VVSG"]
    assert split_parties("EMB KU Leuven AUHA") == ["EMB", "KU Leuven", "AUHA"]
    assert split_parties("VBJK, VCOK, VVSG, Gezinsbond") == ["VBJK", "VCOK", "VVSG", "Gezinsbond"]


def test_nothing_silently_dropped(text_report):
    """Every word of the source text ends up in the parsed report or in a warning."""
    import re

    from pipeline.read.textnorm import cell_text

    source = RENDITIONS["text"].read_text(encoding="utf-8")
    parsed = [text_report.title, text_report.round_label, *text_report.introduction]
    for a in text_report.actions():
        parsed += [a.action_id, a.description, a.status or "", *a.ministers, *a.policy_domains, *a.other_parties]
        parsed += [t for e in a.entries for t in (*e.competences, e.description, e.budget_text)]
    parsed += [pl.title for pl in text_report.policy_lines]
    parsed += [m.title for pl in text_report.policy_lines for m in pl.measures]
    parsed += [w.message for w in text_report.warnings]
    have = set(re.findall(r"\w+", " ".join(parsed).lower()))
    furniture = {"actie", "status", "verantwoordelijke", "ministers", "beleidsdomeinen", "andere", "betrokkenen",
                 "rapportage", "bevoegdheden", "beschrijving", "budget", "coördinatie", "situering", "acties",
                 "en", "maatregelen", "cism", "x"}  # fmt: skip
    want = set(re.findall(r"\w+", cell_text(source).lower())) - furniture
    missing = sorted(w for w in want - have if not w.isdigit())
    assert missing == []


def test_synthetic_round_structure():
    if not SYNTHETIC_TEXT.exists():
        pytest.skip("synthetic fixture not built")
    key = json.loads((SYNTHETIC / "changes-2017-12-to-2018-06.json").read_text(encoding="utf-8"))
    report = parse(SYNTHETIC_TEXT)
    assert report.report_id == "2018-06" and report.synthetic
    ids = action_ids(report)
    for removed in key["removed"]:
        assert removed not in ids
    for added in key["added"]:
        assert added in ids
    assert len(ids) == 62 - len(key["removed"]) + len(key["added"])
    december = parse(RENDITIONS["text"])
    for swap in key["swapped"]:
        _, _, old = december.locate(swap["content_of"])
        _, _, new = report.locate(swap["now_numbered"])
        assert norm(old.description)[:80] == norm(new.description)[:80]


FURNITURE = {"actie", "status", "verantwoordelijke", "ministers", "beleidsdomeinen", "andere", "betrokkenen",
             "rapportage", "bevoegdheden", "beschrijving", "budget", "coördinatie", "situering", "acties", "en",
             "maatregelen", "pagina", "maatregel", "x"}  # fmt: skip


def _independent_text(name: str) -> str:
    """The rendition's text read without our readers: pypdfium2 for PDFs, the raw XML for Word."""
    path = RENDITIONS[name]
    if name.startswith("pdf"):
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        return " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    import html
    import zipfile

    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return " ".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


@pytest.mark.parametrize("name", ["docx", "docx-paragraphs", "pdf", "pdf-borderless", "pdf-weasyprint-borderless",
                                  "pdf-weasyprint-ruled-open-breaks", "pdf-weasyprint-hrules-no-repeat"])
def test_nothing_dropped_from_the_renditions(name):
    """Every word the rendition shows is in the parsed report, apart from labels and page furniture."""
    report = parse(RENDITIONS[name])
    parsed = [report.title, report.round_label, *report.introduction, *(w.message for w in report.warnings)]
    parsed += [pl.title for pl in report.policy_lines] + [m.title for pl in report.policy_lines for m in pl.measures]
    for a in report.actions():
        parsed += [a.action_id, a.description, a.status or "", *a.ministers, *a.policy_domains, *a.other_parties]
        parsed += [t for e in a.entries for t in (*e.competences, e.description, e.budget_text)]
    have = set(re.findall(r"\w+", " ".join(parsed).lower()))
    want = set(re.findall(r"\w+", _independent_text(name).lower())) - FURNITURE
    assert sorted(w for w in want - have if not w.isdigit()) == []


@pytest.mark.parametrize("name", ["pdf", "pdf-borderless", "pdf-weasyprint-borderless",
                                  "pdf-weasyprint-ruled-open-breaks"])
def test_pdf_backends_give_the_same_blocks(name):
    """pdfium (the default, fast) and pdfplumber feed the same layout code the same words and cells."""
    from pipeline.read.pdf import read_pdf
    from pipeline.structure import READING_VOCABULARY

    fast = read_pdf(RENDITIONS[name], "pdfium", READING_VOCABULARY)
    reference = read_pdf(RENDITIONS[name], "pdfplumber", READING_VOCABULARY)
    assert fast.n_pages == reference.n_pages
    assert fast.blocks == reference.blocks


@pytest.mark.parametrize("suffix", [".docx", ".pdf", "-borderless.pdf"])
def test_synthetic_renditions_agree_with_its_text(suffix):
    """The synthetic round too: its Word and both PDF renditions parse like its text, field by field."""
    rendition = SYNTHETIC / f"report-2018-06-SYNTHETISCH{suffix}"
    reference = parse(SYNTHETIC_TEXT)
    report = parse(rendition)
    assert report.report_id == "2018-06" and report.synthetic
    assert _fields(report) == _fields(reference)
