"""Word markup our renditions never carry (content controls, tracked changes, fields, text boxes …) is read
as Word shows it: the variants ``scripts/docx_variants.py`` writes into our Word renditions, at test time,
parse exactly like the text form, and hand-made edits at known places give the hand-checked values.

The comparison is ``pipeline.report_diff`` (as for the rendition matrix). Each feature alone and a few
seeded mixes run by default (a few seconds); every feature on the synthetic round, at every eligible
place, and more mixes are behind ``-m slow``.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, parse
from lxml import etree

from pipeline.read import ReadError, read_document
from pipeline.report_diff import differences, failure_message, hand_checked_differences, report_fields

sys.path.insert(0, str(ROOT / "scripts"))

import docx_variants as dv  # noqa: E402
from docx_variants import NS, el, q, wrap  # noqa: E402

# What each feature writes into document.xml, more of it than the source has (so a variant that reads
# right is not one left unchanged).
MARKUP = {
    "split_table": "w:tbl",
    "nested_table": "w:tc//w:tbl",
    "grid": "w:gridBefore",
    "empty_paragraphs": "w:p[not(.//w:t)]",
    "text_box": "w:txbxContent",
    "block_sdt": "w:body/w:sdt",
    "cell_sdt": "w:tbl/w:sdt",
    "custom_xml": "w:customXml",
    "tracked_changes": "w:delText",
    "inline_sdt": "w:p/w:sdt",
    "smart_tag": "w:smartTag",
    "hyperlink": "w:hyperlink",
    "fields": "w:instrText",
    "alternate_content": "mc:AlternateContent",
    "special_characters": "w:sym",
    "split_runs": "w:r[@w:rsidR]",
    "bookmarks": "w:proofErr",
}


def variant(tmp: Path, round_id: str, features: list[str], seed: int = 1, rate: float = dv.DEFAULT_RATE) -> Path:
    name = dv.variant_name(round_id, "-".join(features) if len(features) < 3 else f"mix{seed}")
    return dv.write_variant(dv.SOURCES[round_id], tmp / name, features, seed, rate)


def document_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(dv.DOCUMENT))


def assert_reads_like_the_text(path: Path, round_id: str, round_texts, expected) -> None:
    report = parse(path)
    diffs = differences(parse(round_texts[round_id]), report)
    assert not diffs, failure_message(f"{path.name} vs the text form", diffs)
    if round_id == "2017-12":
        hand = hand_checked_differences(report, expected)
        assert not hand, failure_message(f"{path.name} vs the hand-checked table", hand)
    # Text a feature added that the document does not mean is nowhere in any field.
    fields = repr(report_fields(report))
    assert not [w for w in dv.NOT_TEXT if w in fields]


def test_every_feature_writes_its_markup():
    assert set(MARKUP) == set(dv.FEATURES)


@pytest.mark.parametrize("feature", list(dv.FEATURES))
def test_each_feature_alone_reads_like_the_text_form(tmp_path, feature, round_texts, expected_actions):
    path = variant(tmp_path, "2017-12", [feature])
    count = etree.XPath(f"count(//{MARKUP[feature]})", namespaces=NS)
    assert count(document_xml(path)) > count(document_xml(dv.SOURCES["2017-12"])), f"{feature}: no {MARKUP[feature]}"
    assert_reads_like_the_text(path, "2017-12", round_texts, expected_actions)


# Four mixes that between them hold every feature.
MIXES = [("2017-12", 1), ("2017-12", 13), ("2018-06", 2), ("2018-06", 3)]


def test_the_default_mixes_hold_every_feature():
    assert set().union(*(dv.mix(seed) for _, seed in MIXES)) == set(dv.FEATURES)


@pytest.mark.parametrize("round_id, seed", MIXES)
def test_seeded_mixes_read_like_the_text_form(tmp_path, round_id, seed, round_texts, expected_actions):
    assert len(dv.mix(seed)) >= 3
    path = variant(tmp_path, round_id, dv.mix(seed), seed, rate=0.1)  # 0.3 (a 4 MB document.xml): -m slow
    assert_reads_like_the_text(path, round_id, round_texts, expected_actions)
    assert read_document(path).notes == ()  # nothing left unread, no markup unknown


def test_variants_are_deterministic(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = variant(tmp_path / "a", "2017-12", dv.mix(2), 2, rate=0.05)
    b = variant(tmp_path / "b", "2017-12", dv.mix(2), 2, rate=0.05)
    assert a.read_bytes() == b.read_bytes()
    assert variant(tmp_path, "2017-12", dv.mix(2), 3, rate=0.05).read_bytes() != a.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("rate", [dv.DEFAULT_RATE, 1.0])
@pytest.mark.parametrize("feature", list(dv.FEATURES))
def test_each_feature_everywhere_on_both_rounds(tmp_path, feature, rate, round_texts, expected_actions):
    for round_id in ("2017-12", "2018-06"):
        path = variant(tmp_path, round_id, [feature], 1, rate)
        assert_reads_like_the_text(path, round_id, round_texts, expected_actions)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(1, 21))
def test_many_seeded_mixes(tmp_path, seed, round_texts, expected_actions):
    for round_id in ("2017-12", "2018-06"):
        path = variant(tmp_path, round_id, dv.mix(seed), seed)
        assert_reads_like_the_text(path, round_id, round_texts, expected_actions)


# --- hand-made edits at known places of the real report, checked against the hand-checked values ---------


def field_table(root, action_id: str) -> etree._Element:
    """The field table of an action (the table whose first cell reads "Actie N.M")."""
    for tbl in root.iter(q("w:tbl")):
        first = "".join(tbl.xpath("(.//w:tc)[1]//w:t/text()", namespaces=NS))
        if first == f"Actie {action_id}":
            return tbl
    raise AssertionError(f"no field table for {action_id}")


def rapportage_table(root, action_id: str) -> etree._Element:
    tables = list(dv.body(root).iterchildren(q("w:tbl")))
    return tables[tables.index(field_table(root, action_id)) + 1]


def value_cell(tbl, label: str) -> etree._Element:
    for tr in tbl.iter(q("w:tr")):
        cells = tr.findall(q("w:tc"))
        if "".join(cells[0].itertext()) == label:
            return cells[1]
    raise AssertionError(f"no row {label!r}")


def run_with(scope, text: str) -> etree._Element:
    (t,) = [t for t in scope.iter(q("w:t")) if t.text == text]
    return t.getparent()


def edited(tmp_path: Path, edit) -> Path:
    """The real report's Word rendition with ``edit(root)`` applied to its document.xml."""
    source = dv.SOURCES["2017-12"]
    with zipfile.ZipFile(source) as zf:
        root = etree.fromstring(zf.read(dv.DOCUMENT))
    edit(root)
    target = tmp_path / "edited-2017-12.docx"
    dv.write_package(source, target, {dv.DOCUMENT: etree.tostring(root, xml_declaration=True, encoding="UTF-8")})
    return target


def ctx() -> dv.Context:
    return dv.Context(dv.random.Random(0), 1.0)


def in_block_sdt(root):
    tbl = field_table(root, "1.1")
    sdt, content = dv.sdt("Actie", ctx())
    wrap([tbl], sdt, content)


def in_cell_and_row_sdt(root):
    tbl = field_table(root, "1.1")
    ministers = value_cell(tbl, "Verantwoordelijke ministers")
    for p in ministers.findall(q("w:p")):
        sdt, content = dv.sdt("Minister", ctx())
        wrap([p], sdt, content)
    sdt, content = dv.sdt("Cel", ctx())
    wrap([ministers], sdt, content)
    status_row = value_cell(tbl, "Status actie").getparent()
    sdt, content = dv.sdt("Rij", ctx())
    wrap([status_row], sdt, content)


def in_custom_xml(root):
    wrap([rapportage_table(root, "1.2")], dv.custom_xml("rapportage"))
    wrap([value_cell(field_table(root, "1.1"), "Beleidsdomeinen").getparent()], dv.custom_xml("rij"))


def tracked(root):
    tbl = field_table(root, "1.1")
    status = run_with(value_cell(tbl, "Status actie"), "Lopende")
    status.addprevious(dv.wrap_new(dv.revision("w:del", ctx()), dv.deleted_run(status, "Afgerond")))
    wrap([status], dv.revision("w:ins", ctx()))
    ministers = value_cell(tbl, "Verantwoordelijke ministers")
    gone = el("w:p", None, dv.wrap_new(dv.revision("w:moveFrom", ctx()), dv.run_like(status, "Minister van Cultuur")))
    ministers.append(gone)
    # The one entry of 1.1, deleted as a whole row after it.
    rows = rapportage_table(root, "1.1").findall(q("w:tr"))
    deleted = etree.fromstring(etree.tostring(rows[1]))
    dv.row_props(deleted).append(dv.revision("w:del", ctx()))
    for t in deleted.iter(q("w:t")):
        t.tag = q("w:delText")
    rows[1].addnext(deleted)


def joined(root):
    tbl = field_table(root, "1.1")
    for run, cut in (
        (run_with(tbl, "Minister van Jeugd en Media"), len("Minister van ")),
        (run_with(tbl, "Lopende"), 3),
    ):
        first = run.getparent()  # cut in two, the first one's mark deleted
        _, after = dv.split_run(run, [cut])
        second = el("w:p", None, etree.fromstring(etree.tostring(first.find(q("w:pPr")))), after)
        first.find(q("w:pPr")).append(el("w:rPr", None, dv.revision("w:del", ctx())))
        first.addnext(second)


def inline_controls(root):
    tbl = field_table(root, "1.1")
    run = run_with(value_cell(tbl, "Verantwoordelijke ministers"), "Minister van Onderwijs")
    _, onderwijs = dv.split_run(run, [len("Minister van ")])
    sdt, content = dv.sdt("Bevoegdheid", ctx())
    wrap([onderwijs], sdt, content)
    status = run_with(value_cell(tbl, "Status actie"), "Lopende")
    sdt, content = dv.sdt("Status", ctx(), placeholder=True)
    content.append(dv.run_like(status, "Klik of tik om tekst in te voeren."))
    status.addnext(sdt)
    welzijn = run_with(tbl, "Minister van Welzijn")
    wrap([welzijn], el("w:smartTag", {"w:uri": "urn:schemas-microsoft-com:office:smarttags", "w:element": "x"}))
    label = run_with(tbl, "Actie 1.1")
    wrap([label], el("w:hyperlink", {"w:anchor": "actie_1_1"}))


def field_results(root):
    tbl = field_table(root, "1.2")
    actie, number = dv.split_run(run_with(tbl, "Actie 1.2"), [len("Actie ")])
    wrap([number], el("w:fldSimple", {"w:instr": " SEQ Actie \\* ARABIC "}))
    status = run_with(value_cell(tbl, "Status actie"), "Lopende")
    for new in (
        dv.fld_char(status, "begin"),
        dv.instr(status, " MERGEFIELD Afgerond "),
        dv.fld_char(status, "separate"),
    ):
        status.addprevious(new)
    status.addnext(dv.fld_char(status, "end"))


def alternate(root):
    status = run_with(value_cell(field_table(root, "1.1"), "Status actie"), "Lopende")
    fallback = dv.run_like(status, "Lopende")
    ac = el("mc:AlternateContent", None, el("mc:Choice", {"Requires": "w14"}), el("mc:Fallback", None, fallback))
    dv.replace(status, ac)
    ac[0].append(status)


def text_box(root):
    cell = rapportage_table(root, "1.1").findall(q("w:tr"))[1].findall(q("w:tc"))[1]
    first = cell.findall(q("w:p"))[0]
    anchor = el("w:p")
    dv.replace(first, anchor)
    anchor.append(dv.text_box_run(first, ctx()))


def characters(root):
    tbl = field_table(root, "1.1")
    run = run_with(tbl, "Minister van Binnenlands Bestuur, Stedenbeleid, Integratie en Inburgering")
    dv.replace(
        run,
        dv.run_like(
            run,
            "Minister",
            el("w:br"),
            "van Binnenlands",
            el("w:tab"),
            "Bestuur, Steden",
            el("w:softHyphen"),
            "beleid, Integratie en Inburgering",
        ),
    )
    heading = run_with(root, "1. Coördinatie op Vlaams niveau.")
    dv.replace(
        heading,
        dv.run_like(
            heading, "1. Co", el("w:sym", {"w:font": "Symbol", "w:char": "00F6"}), "rdinatie op Vlaams niveau."
        ),
    )


def split_and_marked(root):
    run = run_with(root, "Actie 1.1")
    pieces = dv.split_run(run, [2, 5, 7])
    pieces[1].addprevious(el("w:proofErr", {"w:type": "spellStart"}))
    pieces[2].addprevious(el("w:bookmarkStart", {"w:id": "1", "w:name": "_Hlk1"}))
    pieces[2].addnext(el("w:bookmarkEnd", {"w:id": "1"}))


def grid_and_nested(root):
    tbl = field_table(root, "1.1")
    tbl.find(q("w:tblGrid")).insert(0, el("w:gridCol", {"w:w": "113"}))
    for tr in tbl.findall(q("w:tr")):
        dv.row_props(tr).insert(0, el("w:gridBefore", {"w:val": "1"}))
    cell = rapportage_table(root, "1.1").findall(q("w:tr"))[1].findall(q("w:tc"))[1]
    paragraphs = cell.findall(q("w:p"))
    cell.insert(cell.index(paragraphs[0]), dv.one_cell_table([paragraphs[:2]]))


def split_with_header(root):
    tbl = rapportage_table(root, "1.2")
    rows = tbl.findall(q("w:tr"))
    rest = el("w:tbl", None, etree.fromstring(etree.tostring(tbl.find(q("w:tblPr")))))
    rest.append(etree.fromstring(etree.tostring(tbl.find(q("w:tblGrid")))))
    rest.append(etree.fromstring(etree.tostring(rows[0])))  # the header row again, marked w:tblHeader
    rest.extend(rows[2:])
    tbl.addnext(el("w:p"))
    tbl.getnext().addnext(el("w:p", None, el("w:r", None, el("w:t", text=" "))))
    tbl.getnext().getnext().addnext(rest)
    ministers = value_cell(field_table(root, "1.2"), "Verantwoordelijke ministers")
    ministers.findall(q("w:p"))[0].addnext(el("w:p"))


MINISTERS_1_1 = [
    "Minister van Binnenlands Bestuur, Stedenbeleid, Integratie en Inburgering",
    "Minister van Onderwijs",
    "Minister van Welzijn",
    "Minister van Jeugd en Media",
    "Minister van Werk",
]

HAND_CASES = {
    "block content control around 1.1's field table": (in_block_sdt, "1.1", {"ministers": MINISTERS_1_1}),
    "content controls around 1.1's minister paragraphs, their cell and the status row": (
        in_cell_and_row_sdt,
        "1.1",
        {"ministers": MINISTERS_1_1, "status": "Lopende"},
    ),
    "custom XML around 1.2's Rapportage table and 1.1's domain row": (
        in_custom_xml,
        "1.2",
        {"competences": [["Binnenlands Bestuur"], ["Jeugd"], ["Onderwijs", "Welzijn"]]},
    ),
    "tracked: 'Afgerond' deleted, 'Lopende' inserted, a minister moved away, 1.1's entry deleted once": (
        tracked,
        "1.1",
        {"status": "Lopende", "ministers": MINISTERS_1_1, "entries": 1},
    ),
    "a minister and the status cut in two by a deleted paragraph mark": (
        joined,
        "1.1",
        {"ministers": MINISTERS_1_1, "status": "Lopende"},
    ),
    "inline content control, placeholder, smart tag, hyperlink": (
        inline_controls,
        "1.1",
        {"ministers": MINISTERS_1_1, "status": "Lopende"},
    ),
    "1.2's number a SEQ field, its status a MERGEFIELD's result": (field_results, "1.2", {"status": "Lopende"}),
    "1.1's status in alternate content": (alternate, "1.1", {"status": "Lopende"}),
    "1.1's entry's first paragraph in a text box": (text_box, "1.1", {"entries": 1}),
    "line break, tab, soft hyphen in a minister; w:sym in a measure title": (
        characters,
        "1.1",
        {"ministers": MINISTERS_1_1, "measure_title": "Coördinatie op Vlaams niveau"},
    ),
    "'Actie 1.1' in four runs with a proofing mark and a bookmark": (split_and_marked, "1.1", {"status": "Lopende"}),
    "gridBefore rows, a nested table in 1.1's entry": (grid_and_nested, "1.1", {"ministers": MINISTERS_1_1}),
    "1.2's Rapportage table cut in two, header repeated, empty paragraphs": (
        split_with_header,
        "1.2",
        {"entries": 3, "ministers": MINISTERS_1_1},
    ),
}


@pytest.mark.parametrize("case", list(HAND_CASES))
def test_hand_made_markup_gives_the_hand_checked_values(tmp_path, case, expected_actions, round_texts):
    edit, action_id, want = HAND_CASES[case]
    report = parse(edited(tmp_path, edit))
    line, measure, action = report.locate(action_id)
    got = {
        "ministers": action.ministers,
        "status": action.status,
        "entries": len(action.entries),
        "competences": [e.competences for e in action.entries],
        "measure_title": measure.title,
    }
    assert {k: got[k] for k in want} == want
    hand = hand_checked_differences(report, expected_actions)
    assert not hand, failure_message(case, hand)
    assert not differences(parse(round_texts["2017-12"]), report)
    assert "Afgerond" not in repr(report_fields(report)) and "Cultuur" not in action.ministers


# --- pages, notes, other packages, bounds ----------------------------------------------------------------------


def rendered_break(paragraph) -> None:
    at = 1 if len(paragraph) and paragraph[0].tag == q("w:pPr") else 0
    paragraph.insert(at, el("w:r", None, el("w:lastRenderedPageBreak")))


def test_rendered_page_breaks_count_through_wrappers_but_not_in_a_branch_not_read(tmp_path):
    def edit(root):
        tbl = field_table(root, "1.2")
        # A break in the Fallback of a text box and one inside the box are not the flow's.
        first = rapportage_table(root, "1.2").findall(q("w:tr"))[1].findall(q("w:tc"))[1].find(q("w:p"))
        rendered_break(first)
        anchor = el("w:p")
        dv.replace(first, anchor)
        anchor.append(dv.text_box_run(first, ctx()))
        rendered_break(tbl.find(".//w:p", NS))  # 1.2 starts page 2, inside a content control
        sdt, content = dv.sdt("Actie", ctx())
        wrap([tbl], sdt, content)

    document = read_document(edited(tmp_path, edit))
    assert document.n_pages == 2
    pages = [b.page for b in document.blocks]
    # As before: a row's page is the one it starts on, a break recorded in it counts from the next block.
    at = next(i for i, b in enumerate(document.blocks) if b.kind == "row" and b.cells[0] == "Actie 1.2")
    assert set(pages[: at + 1]) == {1} and set(pages[at + 1 :]) == {2}


def test_content_not_read_is_named_in_a_note(tmp_path):
    def edit(root):
        p = run_with(value_cell(field_table(root, "1.1"), "Status actie"), "Lopende").getparent()
        p.append(el("w:r", None, el("w:footnoteReference", {"w:id": "1"})))
        p.append(el("w:r", None, el("w:footnoteReference", {"w:id": "2"})))
        body = dv.body(root)
        body.insert(len(body) - 1, el("w:altChunk"))
        unknown = etree.SubElement(p, "{urn:example:future}wrapper")
        unknown.append(el("w:r", None, el("w:t", text="")))

    document = read_document(edited(tmp_path, edit))
    assert "2 footnotes not read (their text lives outside the body)" in document.notes
    assert any(n.startswith("1 embedded document (w:altChunk) not read") for n in document.notes)
    assert any("{urn:example:future}" not in n and "wrapper" in n for n in document.notes)


def test_a_macro_enabled_document_reads_like_the_docx(tmp_path):
    docm = dv.as_docm(dv.SOURCES["2017-12"], tmp_path / "rapport.docm")
    assert read_document(docm).blocks == read_document(dv.SOURCES["2017-12"]).blocks


def test_a_macro_enabled_document_in_a_folder_is_collected_without_a_rename_note(tmp_path):
    """A .docm in a folder is a report file, and its content (Word) matches its extension: no "rename it" note."""
    from pipeline.inputs import collect_inputs, format_note

    docm = dv.as_docm(dv.SOURCES["2017-12"], tmp_path / "rapport.docm")
    found = collect_inputs([tmp_path])
    assert found.files == [docm] and found.notes == []
    assert format_note(docm, "docx") is None
    assert format_note(tmp_path / "rapport.pdf", "docx") is not None  # (a Word file named .pdf still gets one)


def test_a_strict_open_xml_file_is_one_line_saying_what_to_do(tmp_path):
    strict = dv.as_strict(dv.SOURCES["2017-12"], tmp_path / "strict.docx")
    with pytest.raises(ReadError) as info:
        read_document(strict)
    assert str(info.value) == (
        "a Word file saved as Strict Open XML, which this reader does not read; save it in Word as "
        "'Word Document (*.docx)'"
    )


@pytest.mark.parametrize("depth", [40, 120, 1000])
def test_deeply_nested_wrappers_are_read_or_refused_in_one_line(tmp_path, depth):
    def edit(root):
        inner = el("w:p", None, el("w:r", None, el("w:t", text="diep")))
        for _ in range(depth):
            sdt, content = dv.sdt("x", ctx())
            content.append(inner)
            inner = sdt
        dv.body(root).insert(0, inner)

    try:
        path = edited(tmp_path, edit)
    except (ValueError, etree.XMLSyntaxError):
        pytest.skip("lxml refuses to write it")
    try:
        document = read_document(path)
    except ReadError as exc:
        assert depth > 120 and "\n" not in str(exc)  # libxml2 refuses XML nested deeper than 256 levels
    else:
        assert document.blocks[0].text == "diep"


def test_a_field_left_open_hides_no_more_than_the_rest_of_its_paragraph(tmp_path, round_texts):
    def edit(root):
        status = run_with(value_cell(field_table(root, "1.1"), "Status actie"), "Lopende")
        status.addnext(dv.instr(status, " MERGEFIELD INSTRUCTIE "))
        status.addnext(dv.fld_char(status, "begin"))  # no separate, no end: a damaged file

    report = parse(edited(tmp_path, edit))
    assert not differences(parse(round_texts["2017-12"]), report)


def test_unknown_markup_around_rows_and_cells_is_read_with_a_note(tmp_path, round_texts):
    def edit(root):
        tbl = field_table(root, "1.1")
        status_row = value_cell(tbl, "Status actie").getparent()
        wrap([status_row], etree.Element("{urn:example:future}rows"))
        ministers = value_cell(tbl, "Verantwoordelijke ministers")
        wrap([ministers], etree.Element("{urn:example:future}cells"))

    document = read_document(edited(tmp_path, edit))
    assert document.notes == (
        "read the text inside Word markup this reader does not know (cells, rows); check it there",
    )
    assert not differences(parse(round_texts["2017-12"]), parse(edited(tmp_path, edit)))


def test_merged_cells_are_read_once_through_wrappers(tmp_path):
    """A cell merged down two rows and one spanning two columns, their rows and cells in content controls."""

    def cell(text: str, *props) -> etree._Element:
        return el("w:tc", None, el("w:tcPr", None, *props), el("w:p", None, el("w:r", None, el("w:t", text=text))))

    def edit(root):
        merged_down = cell("Onderwijs", el("w:vMerge", {"w:val": "restart"}))
        continued = cell("", el("w:vMerge"))
        wide = cell("Budget voor beide", el("w:gridSpan", {"w:val": "2"}))
        rows = [
            el("w:tr", None, merged_down, cell("eerste"), cell("€ 1")),
            el("w:tr", None, continued, wide),
        ]
        sdt, content = dv.sdt("Rij", ctx())
        content.append(rows[1])
        cell_sdt, cell_content = dv.sdt("Cel", ctx())
        wrap([rows[0][1]], cell_sdt, cell_content)
        grid = el("w:tblGrid", None, *(el("w:gridCol", {"w:w": "2000"}) for _ in range(3)))
        dv.body(root).insert(0, el("w:tbl", None, el("w:tblPr"), grid, rows[0], sdt))

    blocks = read_document(edited(tmp_path, edit)).blocks
    assert [b.cells for b in blocks[:2]] == [("Onderwijs", "eerste", "€ 1"), ("", "Budget voor beide")]
