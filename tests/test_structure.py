"""The structure parser on the real December 2017 report, in every rendition."""

from __future__ import annotations

import json
import re

import pytest
from conftest import RENDITIONS, SYNTHETIC, SYNTHETIC_TEXT, parse

from pipeline.gazetteer import load_gazetteer
from pipeline.model import Block, Report
from pipeline.report_diff import failure_message, hand_checked_differences, norm
from pipeline.report_diff import report_fields as _fields
from pipeline.structure import split_competences, split_domains, split_parties

PARTY_NAMES = load_gazetteer().party_names


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


def test_hand_checked_actions(rendition, expected_action):
    name, report = rendition
    located = report.locate(expected_action["action_id"])
    assert located, (name, expected_action["action_id"])
    diffs = hand_checked_differences(report, [expected_action])
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
    assert split_parties("OCAD FOD Justitie VVSG", PARTY_NAMES) == ["OCAD", "FOD Justitie", "VVSG"]
    assert split_parties("EMB KU Leuven AUHA", PARTY_NAMES) == ["EMB", "KU Leuven", "AUHA"]
    assert split_parties("VBJK, VCOK, VVSG, Gezinsbond", PARTY_NAMES) == ["VBJK", "VCOK", "VVSG", "Gezinsbond"]


def test_party_list_acronym_of_the_whole_and_members_of_a_collective():
    """Hand-checked (dev-2021-12 J01, dev-2020-12 H19): an acronym opening on the first side's initial abbreviates
    the whole "X en Y" name; a lower-case collective with its members in brackets stands for those members."""
    whole = "VVSG, OCAD, Vlaams Overleg Preventie en Lokale Veiligheid (VEPOL)"
    assert split_parties(whole, PARTY_NAMES) == [
        "VVSG",
        "OCAD",
        "Vlaams Overleg Preventie en Lokale Veiligheid (VEPOL)",
    ]
    # the bracket abbreviating the right side alone still separates two parties
    assert (
        split_parties("VVSG, Agentschap Jongerenwelzijn en Lokale Politie (LP)", PARTY_NAMES)[-1]
        == "Lokale Politie (LP)"
    )
    members = "ouderkoepelverenigingen (VCOV, GO! ouders, KOOGO); Netwerk Ouders in Dialoog"
    assert split_parties(members, PARTY_NAMES) == ["VCOV", "GO! ouders", "KOOGO", "Netwerk Ouders in Dialoog"]
    # places in brackets after a name are no members: one party
    assert split_parties("VVSG, Centrum Ahmed (Gent, Brussel)", PARTY_NAMES) == [
        "VVSG",
        "Centrum Ahmed (Gent, Brussel)",
    ]


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
    furniture = LABEL_WORDS | {"cism", "x"}
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


# The words of the report's own labels and headings (not content): left out when texts are compared word by word.
LABEL_WORDS = {
    "actie",
    "status",
    "verantwoordelijke",
    "ministers",
    "beleidsdomeinen",
    "andere",
    "betrokkenen",
    "rapportage",
    "bevoegdheden",
    "beschrijving",
    "budget",
    "coördinatie",
    "situering",
    "acties",
    "en",
    "maatregelen",
}
FURNITURE = LABEL_WORDS | {"pagina", "maatregel", "x"}


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


@pytest.mark.parametrize(
    "name",
    [
        "docx",
        "docx-paragraphs",
        "pdf",
        "pdf-borderless",
        "pdf-weasyprint-borderless",
        "pdf-weasyprint-ruled-open-breaks",
        "pdf-weasyprint-hrules-no-repeat",
    ],
)
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


@pytest.mark.parametrize(
    "name", ["pdf", "pdf-borderless", "pdf-weasyprint-borderless", "pdf-weasyprint-ruled-open-breaks"]
)
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


# --------------------------------------------------------------- layouts of the rendition matrix
# Blocks as the readers give them for real renditions of build/matrix (scripts/render_matrix.py
# --seed 1), cut down to one action; the expected values are hand-checked against the text form.

_TITLE = [
    Block("paragraph", "Actieplan ter preventie van gewelddadige radicalisering en polarisering"),
    Block("paragraph", "Tussentijdse rapportage December 2017"),
]
_MINISTERS_1_2 = (
    "Minister van Binnenlands Bestuur, Stedenbeleid, Integratie en Inburgering; Minister van Onderwijs; "
    "Minister van Welzijn; Minister van Jeugd en Media; Minister van Werk"
)


def _p(text: str, page: int = 3) -> Block:
    return Block("paragraph", text, page=page)


def _r(*cells: str, page: int = 3) -> Block:
    return Block("row", cells=cells, page=page)


def _one_action(
    *body: Block,
    line: str = "Coördinatie en samenwerking in de uitvoering",
    measure: str = "1. Coördinatie op Vlaams niveau.",
) -> Report:
    from pipeline.structure import build_report

    return build_report([*_TITLE, _p(line), _p(measure), *body], gazetteer=load_gazetteer())


def test_numbered_policy_line_heading_keeps_only_its_title():
    # l03-2017-12-libreoffice-frame-colon.docx: "2.1 Coördinatie …" (section 2, line 1).
    report = _one_action(
        _p("Actie 1.2: Terugkoppeling en reflectie over het gevoerde beleid met experts."),
        _p("Status actie: Lopende"),
        _p("Beleidsdomeinen: KB OV"),
        line="2.1 Coördinatie en samenwerking in de uitvoering",
        measure="Maatregel 1: Coördinatie op Vlaams niveau",
    )
    assert [(pl.line_no, pl.title) for pl in report.policy_lines] == [
        (1, "Coördinatie en samenwerking in de uitvoering")
    ]
    assert report.policy_lines[0].measures[0].title == "Coördinatie op Vlaams niveau"


def test_status_run_into_the_action_paragraph():
    # w02-2017-12-weasyprint-full-colon.pdf, block 445 (there action 12.2, renumbered to stand first):
    # "Status actie" joined to the heading paragraph.
    report = _one_action(
        _p(
            "Actie 1.1: Indien nodig formuleren van eindtermen rond burgerschap, rekening houdend met de "
            "conclusies van het eindtermendebat. Status actie: Lopende"
        ),
        _p("Verantwoordelijke ministers: Minister van Onderwijs"),
        _p("Beleidsdomeinen: OV"),
        measure="1. Inzetten op burgerschapscompetenties.",
    )
    a = report.actions()[0]
    assert a.description.endswith("conclusies van het eindtermendebat.")
    assert (a.status, a.ministers, a.policy_domains) == ("Lopende", ["Minister van Onderwijs"], ["OV"])


def test_ministers_run_into_the_status_row_go_back_to_the_ministers():
    # r01 / w01 rebuilt (middle-aligned field blocks): the value of "Verantwoordelijke ministers" begins above
    # its centred label, and the reader gave its first lines to the row before.
    report = _one_action(
        _r("Actie 1.1", "Coördinatie via het Vlaams Platform Radicalisering."),
        _r("Status actie", "Lopende\nMinister van Binnenlands Bestuur, Stedenbeleid,\nIntegratie en Inburgering"),
        _r("Verantwoordelijke ministers", "Minister van Welzijn\nMinister van Werk"),
        _r("Beleidsdomeinen", "KB WVG"),
    )
    a = report.actions()[0]
    assert a.status == "Lopende"
    assert a.ministers == [
        "Minister van Binnenlands Bestuur, Stedenbeleid, Integratie en Inburgering",
        "Minister van Welzijn",
        "Minister van Werk",
    ]
    # The run says what it moved, and where.
    assert any(
        w.action_id == "1.1" and "'Status actie' read as" in w.message and "Minister van Binnenlands" in w.message
        for w in report.warnings
    )


def test_fields_run_together_in_one_paragraph():
    # w02-2017-12-weasyprint-full-colon.pdf, block 432: two "Label: value" paragraphs as one.
    report = _one_action(
        _p("Actie 1.1: Coördinatie via het Vlaams Platform Radicalisering."),
        _p("Status actie: Opgestart"),
        _p(
            "Verantwoordelijke ministers: Minister van Integratie en Inburgering; Minister van Onderwijs; "
            "Minister van Welzijn; Minister van Werk Beleidsdomeinen: WVG (coördinatie) KB OV WSE"
        ),
        _p("Andere betrokkenen: EMB"),
    )
    a = report.actions()[0]
    assert a.ministers[-1] == "Minister van Werk" and len(a.ministers) == 4
    assert (a.policy_domains, a.coordinating_domain, a.other_parties) == (["WVG", "KB", "OV", "WSE"], "WVG", ["EMB"])
    # a field word inside a description is text, not a label
    assert report.actions()[0].description == "Coördinatie via het Vlaams Platform Radicalisering."


def test_label_value_fields_on_one_line_and_a_label_wrapped_inside_one_block():
    from pipeline.structure import split_labelled

    assert split_labelled(
        "Status actie Lopende Verantwoordelijke ministers Minister van Onderwijs Beleidsdomeinen OV"
    ) == ("", [("status", "Lopende"), ("ministers", "Minister van Onderwijs"), ("domains", "OV")])
    assert split_labelled("Verantwoordelijke\nministers: Minister van Welzijn") == (
        "",
        [("ministers", "Minister van Welzijn")],
    )
    assert split_labelled("vanuit de verschillende beleidsdomeinen (KB, OV)") == (
        "vanuit de verschillende beleidsdomeinen (KB, OV)",
        [],
    )
    # a label row whose value cell runs on into the next field
    report = _one_action(
        _p("Actie 1.2: Terugkoppeling."),
        _r("Status actie", "Lopende Verantwoordelijke ministers Minister van Onderwijs"),
        _r("Beleidsdomeinen", "OV"),
    )
    a = report.actions()[0]
    assert (a.status, a.ministers, a.policy_domains) == ("Lopende", ["Minister van Onderwijs"], ["OV"])


def test_table_header_glued_or_sharing_cells_with_the_first_row_is_not_an_entry():
    # w06-2018-06-SYNTHETISCH-weasyprint-full-colon.pdf, blocks 29 and 35: "BevoegdhedenBeschrijving";
    # l05-2018-06-SYNTHETISCH-libreoffice-none-colon.pdf, blocks 20-21: the header shares its cells
    # with the row under it, and comes again on the next page over the rest of that cut row.
    glued = _one_action(
        _p("Actie 1.2: Terugkoppeling."),
        _p("Status actie: Lopende"),
        _p("Verantwoordelijke ministers: " + _MINISTERS_1_2),
        _p("Beleidsdomeinen: KB OV WVG CJSM WSE"),
        _p("Rapportage"),
        _r("BevoegdhedenBeschrijving", "", "Budget"),
        _r(
            "Binnenlands Bestuur",
            "In het kader van de actualisering van het actieplan werd een netwerkdag georganiseerd.",
            "",
        ),
    )
    [entry] = glued.actions()[0].entries
    assert entry.competences == ["Binnenlands Bestuur"] and entry.description.startswith("In het kader")
    shared = _one_action(
        _p("Actie 1.1: Coördinatie via het Vlaams Platform Radicalisering."),
        _p("Status actie: Lopende"),
        _p("Rapportage"),
        _r(
            "Bevoegdheden",
            "Beschrijving\nDe structuren die binnen de Vlaamse overheid werden opgezet om tot een "
            "gecoördineerd en afgestemd beleid te",
            "Budget",
            page=2,
        ),
        _r("Bevoegdheden", "Beschrijving\nkomen zijn nog steeds aanwezig.", "Budget", page=3),
    )
    [entry] = shared.actions()[0].entries
    assert entry.competences == [] and entry.budget_text == ""
    assert norm(entry.description) == (
        "De structuren die binnen de Vlaamse overheid werden opgezet om tot een gecoördineerd en afgestemd beleid "
        "te komen zijn nog steeds aanwezig."
    )
    assert not any("Bevoegdheden" in w.message for w in shared.warnings)


def test_table_header_as_a_paragraph_mid_page():
    report = _one_action(
        _p("Actie 1.3: Opstarten evaluatie."),
        _p("Status actie: Opgestart"),
        _p("Beleidsdomeinen: KB"),
        _p("Rapportage"),
        _p("Bevoegdheden Beschrijving Budget"),
        _r("Binnenlands Bestuur", "Op de ronde tafel werden de academici bevraagd.", ""),
    )
    a = report.actions()[0]
    assert a.policy_domains == ["KB"] and [e.competences for e in a.entries] == [["Binnenlands Bestuur"]]


def test_measure_heading_wrapped_onto_a_second_paragraph():
    # w06-2018-06-SYNTHETISCH-weasyprint-full-colon.pdf, blocks 57-59.
    report = _one_action(
        _p("Actie 1.1: Coördinatie.", page=8),
        _p("Status actie: Lopende", page=8),
        _p("Maatregel 2: Samenwerking met federale", page=8),
        _p("overheidsdiensten", page=8),
        _p("Actie 2.1: Betrokkenheid en afstemming vanuit de Vlaamse bevoegdheden.", page=8),
        _p("Status actie: Lopende", page=8),
        measure="Maatregel 1: Coördinatie op Vlaams niveau",
    )
    measures = [(m.measure_no, m.title) for pl in report.policy_lines for m in pl.measures]
    assert measures == [(1, "Coördinatie op Vlaams niveau"), (2, "Samenwerking met federale overheidsdiensten")]
    assert [a.action_id for a in report.actions()] == ["1.1", "2.1"]
    assert report.actions()[0].status == "Lopende" and not report.actions()[0].description.endswith("federale")


def test_label_wrapped_over_two_paragraphs():
    # l05-2018-06-SYNTHETISCH-libreoffice-none-colon.pdf, blocks 23-26 (and r04's "Label value" form).
    for sep in (": ", " "):
        report = _one_action(
            _p("Actie 1.2: Terugkoppeling en reflectie over het gevoerde beleid met experts."),
            _p(f"Status actie{sep}Lopende"),
            _p("Verantwoordelijke"),
            _p(f"ministers{sep}" + _MINISTERS_1_2),
            _p(f"Beleidsdomeinen{sep}KB OV WVG CJSM WSE"),
        )
        a = report.actions()[0]
        assert a.status == "Lopende", sep
        assert len(a.ministers) == 5 and a.ministers[-1] == "Minister van Werk", sep
        assert a.policy_domains == ["KB", "OV", "WVG", "CJSM", "WSE"], sep


def test_table_text_without_column_geometry():
    # r04-2018-06-SYNTHETISCH-reportlab-full-lines.pdf, blocks 29-35: the first row (empty competence
    # cell) read as paragraphs, the header repeated over the rest of the cut row, which came without
    # its empty competence cell (f03-2017-12-chromium-full-table.pdf, block 29); and a paragraph
    # "Onderwijs Sinds 2007 …" where the competence and description columns ran together.
    report = _one_action(
        _p("Actie 1.1 Coördinatie via het Vlaams Platform Radicalisering.", page=2),
        _p("Status actie Lopende", page=2),
        _p("Rapportage", page=2),
        _r("Bevoegdheden", "Beschrijving", "Budget", page=2),
        _p("De structuren die binnen de Vlaamse overheid", page=2),
        _p("werden opgezet om tot een gecoördineerd en", page=2),
        _p("afgestemd beleid te komen zijn nog steeds aanwezig, zijnde:", page=2),
        _r("Bevoegdheden", "Beschrijving", "Budget", page=3),
        _r("een netwerk van aanspreekpunten binnen de verschillende relevante beleidsdomeinen;", "", page=3),
        _p("Actie 1.2 Terugkoppeling.", page=3),
        _p("Status actie Lopende", page=3),
        _p("Rapportage", page=3),
        _r("Bevoegdheden", "Beschrijving", "Budget", page=3),
        _p("Onderwijs Sinds 2007 bestaan er samenwerkingsakkoorden.", page=3),
    )
    first, second = report.actions()
    [entry] = first.entries
    assert entry.competences == [] and entry.budget_text == ""
    assert norm(entry.description) == (
        "De structuren die binnen de Vlaamse overheid werden opgezet om tot een gecoördineerd en afgestemd beleid "
        "te komen zijn nog steeds aanwezig, zijnde: een netwerk van aanspreekpunten binnen de verschillende "
        "relevante beleidsdomeinen;"
    )
    [entry] = second.entries
    assert (entry.competences, entry.description) == (["Onderwijs"], "Sinds 2007 bestaan er samenwerkingsakkoorden.")


def test_measure_heading_ending_its_sentence_takes_no_next_line():
    # r01-2017-12-reportlab-frame-table.pdf: the action's first description line came out of its row
    # between the measure heading and "Actie 1.1"; it is not part of the heading (which, not followed by
    # its action, is then not read as one: a warning says so).
    report = _one_action(
        _p("Coördinatie via het Vlaams Platform Radicalisering – een netwerk van aanspreekpunten."),
        _r("Actie 1.1", "afstemming met de federale overheid."),
        _r("Status actie", "Lopende"),
    )
    assert [m.title for pl in report.policy_lines for m in pl.measures] == [""]
    assert any("without its measure heading 1" in w.message for w in report.warnings)
